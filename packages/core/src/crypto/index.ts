export type { CryptoOptions, KeyPair, MessageCryptoService } from './crypto-service.js';
export { createEd25519Crypto, generateKeyPair, keyPairFromSecret } from './ed25519-crypto.js';
export { channelMac, pkiIdOfIdentity, sha256 } from './hashes.js';
export { IdentityStore } from './identity-store.js';
export { createInsecureSimCrypto } from './insecure-sim-crypto.js';
export { webCryptoEd25519, withWebCryptoVerify } from './webcrypto-ed25519.js';
