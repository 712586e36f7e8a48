import type { PkiId } from '../ids.js';
import type { MessageCryptoService } from './crypto-service.js';
import { pkiIdOfIdentity, sha256 } from './hashes.js';

/**
 * FOR THE SIMULATOR ONLY. Signs nothing: a "signature" is a 16-byte tag any
 * peer can forge. It exists so 10,000 peers fit in one process; it is never
 * the default anywhere a user runs a peer, and a peer using it says so
 * (`secure` is false).
 */
export function createInsecureSimCrypto(seed: Uint8Array): MessageCryptoService {
  const identity = sha256(seed);
  const pkiId = pkiIdOfIdentity(identity);
  return {
    identity,
    pkiId,
    secure: false,
    sign: (payload) => tag(identity, payload),
    verify: (id, signature, payload) => equal16(signature, tag(id, payload)),
    pkiIdOf: (id): PkiId => pkiIdOfIdentity(id),
    validateIdentity: (id) => id.length === 32,
  };
}

/** A cheap keyed checksum (FNV-1a over identity then payload), enough to catch corruption in tests. */
function tag(identity: Uint8Array, payload: Uint8Array): Uint8Array {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  for (const bytes of [identity, payload]) {
    for (let i = 0; i < bytes.length; i++) {
      const b = bytes[i] as number;
      h1 = Math.imul(h1 ^ b, 0x01000193);
      h2 = Math.imul(h2 ^ b ^ (h1 >>> 7), 0x01000193);
    }
  }
  const out = new Uint8Array(16);
  const view = new DataView(out.buffer);
  view.setUint32(0, h1 >>> 0);
  view.setUint32(4, h2 >>> 0);
  view.setUint32(8, payload.length);
  view.setUint32(12, identity.length);
  return out;
}

function equal16(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== 16) return false;
  for (let i = 0; i < 16; i++) if (a[i] !== b[i]) return false;
  return true;
}
