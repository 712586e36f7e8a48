import { ed25519 } from '@noble/curves/ed25519.js';
import type { CryptoOptions, KeyPair, MessageCryptoService } from './crypto-service.js';
import { cachedPkiIdOf, pkiIdOfIdentity } from './hashes.js';
import { freshVerify, memoizedVerify } from './verification-memo.js';

const IDENTITY_LENGTH = 32;
const SIGNATURE_LENGTH = 64;

/** A fresh Ed25519 key pair from the platform's secure randomness. */
export function generateKeyPair(): KeyPair {
  const { secretKey, publicKey } = ed25519.keygen();
  return { secretKey, identity: publicKey };
}

/** The key pair for a stored 32-byte Ed25519 secret key. */
export function keyPairFromSecret(secretKey: Uint8Array): KeyPair {
  if (secretKey.length !== 32)
    throw new TypeError(`an Ed25519 secret key has 32 bytes, got ${secretKey.length}`);
  return { secretKey, identity: ed25519.getPublicKey(secretKey) };
}

/**
 * Real Ed25519 signatures (RFC 8032) in pure TypeScript: the same code and
 * bytes in Chromium and Node. Identity = the 32-byte public key.
 */
export function createEd25519Crypto(
  keys: KeyPair = generateKeyPair(),
  options: CryptoOptions = {},
): MessageCryptoService {
  const check = options.rememberVerdicts === false ? freshVerify : memoizedVerify;
  const pkiIdOf = cachedPkiIdOf();
  return {
    identity: keys.identity,
    pkiId: pkiIdOfIdentity(keys.identity),
    secure: true,
    sign: (payload) => ed25519.sign(payload, keys.secretKey),
    verify(identity, signature, payload) {
      if (identity.length !== IDENTITY_LENGTH || signature.length !== SIGNATURE_LENGTH) return false;
      return check(identity, signature, payload, () => {
        try {
          return ed25519.verify(signature, payload, identity);
        } catch {
          return false;
        }
      });
    },
    pkiIdOf,
    validateIdentity(identity) {
      if (identity.length !== IDENTITY_LENGTH) return false;
      try {
        ed25519.Point.fromBytes(identity);
        return true;
      } catch {
        return false;
      }
    },
  };
}
