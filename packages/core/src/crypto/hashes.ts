import { sha256 } from '@noble/hashes/sha2.js';
import { type ChannelId, channelToBytes, type PkiId, pkiIdFromBytes, pkiIdToBytes } from '../ids.js';

export { sha256 };

/** PKI-ID = SHA-256(identity). */
export function pkiIdOfIdentity(identity: Uint8Array): PkiId {
  return pkiIdFromBytes(sha256(identity));
}

/** channel_MAC = SHA-256(pki_id ‖ channel id), as in Fabric's StateInfo. */
export function channelMac(pkiId: PkiId, channel: ChannelId): Uint8Array {
  const id = pkiIdToBytes(pkiId);
  const name = channelToBytes(channel);
  const joined = new Uint8Array(id.length + name.length);
  joined.set(id, 0);
  joined.set(name, id.length);
  return sha256(joined);
}

/** pkiIdOfIdentity with a bounded memory of identities already hashed. */
export function cachedPkiIdOf(): (identity: Uint8Array) => PkiId {
  const known = new Map<string, PkiId>();
  return (identity) => {
    const key = String.fromCharCode(...identity);
    let id = known.get(key);
    if (!id) {
      id = pkiIdOfIdentity(identity);
      if (known.size > 10_000) known.clear();
      known.set(key, id);
    }
    return id;
  };
}
