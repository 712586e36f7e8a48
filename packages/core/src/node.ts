/// <reference types="node" />
/**
 * Node-only helpers: nothing here is part of the browser build.
 */
import { createPrivateKey, createPublicKey, sign, verify } from 'node:crypto';
import type { CryptoOptions, KeyPair, MessageCryptoService } from './crypto/index.js';
import { createNativeEd25519Crypto } from './crypto/native-ed25519.js';

const PKCS8_PREFIX = Buffer.from('302e020100300506032b657004220420', 'hex');
const SPKI_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');

/** Ed25519 through Node's crypto module (OpenSSL): the fast choice for servers, headless peers and tests. */
export function createNodeEd25519Crypto(keys?: KeyPair, options: CryptoOptions = {}): MessageCryptoService {
  return createNativeEd25519Crypto(
    {
      importSecret: (secretKey) =>
        createPrivateKey({ key: Buffer.concat([PKCS8_PREFIX, secretKey]), format: 'der', type: 'pkcs8' }),
      importPublic: (identity) =>
        createPublicKey({ key: Buffer.concat([SPKI_PREFIX, identity]), format: 'der', type: 'spki' }),
      sign: (payload, secret) =>
        new Uint8Array(sign(null, payload, secret as ReturnType<typeof createPrivateKey>)),
      verify: (payload, key, signature) =>
        verify(null, payload, key as ReturnType<typeof createPublicKey>, signature),
    },
    keys,
    options,
  );
}
