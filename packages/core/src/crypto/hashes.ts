import { sha256 } from '@noble/hashes/sha2.js';
import { type ChannelId, channelToBytes, type PkiId, pkiIdFromBytes, pkiIdToBytes } from '../ids.js';

export { sha256 };

/** PKI-ID = SHA-256(identity). */
export function pkiIdOfIdentity(identity: Uint8Array): PkiId {
  return pkiIdFromBytes(sha256(identity));
}

/** MACs already hashed: every StateInfo received is checked against one, most of them repeats. */
const macs = new Map<string, Uint8Array>();
const MAC_MEMORY = 100_000;

/**
 * channel_MAC = SHA-256(pki_id ‖ channel id), as in Fabric's StateInfo. A pure
 * function, remembered (boundedly) per pair; callers must not modify the result.
 */
export function channelMac(pkiId: PkiId, channel: ChannelId): Uint8Array {
  const key = `${pkiId}/${channel}`;
  let mac = macs.get(key);
  if (!mac) {
    const id = pkiIdToBytes(pkiId);
    const name = channelToBytes(channel);
    const joined = new Uint8Array(id.length + name.length);
    joined.set(id, 0);
    joined.set(name, id.length);
    mac = sha256(joined);
    if (macs.size >= MAC_MEMORY) macs.clear();
    macs.set(key, mac);
  }
  return mac;
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
