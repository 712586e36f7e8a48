import { ed25519 } from '@noble/curves/ed25519.js';
import { boundedMemory } from '../memo.js';
import type { CryptoOptions, KeyPair, MessageCryptoService } from './crypto-service.js';
import { generateKeyPair } from './ed25519-crypto.js';
import { cachedPkiIdOf, pkiIdOfIdentity } from './hashes.js';
import { freshVerify, memoizedVerify } from './verification-memo.js';

/** The few calls of a platform's native Ed25519 that this service needs (Node's crypto module fits). */
export interface NativeEd25519 {
  importSecret(secretKey: Uint8Array): unknown;
  importPublic(identity: Uint8Array): unknown;
  sign(payload: Uint8Array, secret: unknown): Uint8Array;
  verify(payload: Uint8Array, key: unknown, signature: Uint8Array): boolean;
}

/**
 * Real Ed25519 (the same keys, signatures and identities as
 * createEd25519Crypto) through a platform's native implementation, which
 * is one to two orders of magnitude faster than portable TypeScript.
 */
export function createNativeEd25519Crypto(
  native: NativeEd25519,
  keys: KeyPair = generateKeyPair(),
  options: CryptoOptions = {},
): MessageCryptoService {
  const check = options.rememberVerdicts === false ? freshVerify : memoizedVerify;
  const secret = native.importSecret(keys.secretKey);
  const publicKeys = boundedMemory<unknown>(10_000);
  const keyOf = (identity: Uint8Array) =>
    publicKeys(String.fromCharCode(...identity), () => native.importPublic(identity));
  const pkiIdOf = cachedPkiIdOf();
  return {
    identity: keys.identity,
    pkiId: pkiIdOfIdentity(keys.identity),
    secure: true,
    sign: (payload) => native.sign(payload, secret),
    verify(identity, signature, payload) {
      if (identity.length !== 32 || signature.length !== 64) return false;
      return check(identity, signature, payload, () => {
        try {
          return native.verify(payload, keyOf(identity), signature);
        } catch {
          return false;
        }
      });
    },
    pkiIdOf,
    validateIdentity(identity) {
      if (identity.length !== 32) return false;
      try {
        // OpenSSL imports any 32 bytes; only a point on the curve is an identity.
        ed25519.Point.fromBytes(identity);
        keyOf(identity);
        return true;
      } catch {
        return false;
      }
    },
  };
}
