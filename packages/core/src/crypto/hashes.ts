import { sha256 } from '@noble/hashes/sha2.js';
import { type ChannelId, channelToBytes, type PkiId, pkiIdFromBytes, pkiIdToBytes } from '../ids.js';
import { boundedMemory } from '../memo.js';

export { sha256 };

/** PKI-ID = SHA-256(identity). */
export function pkiIdOfIdentity(identity: Uint8Array): PkiId {
  return pkiIdFromBytes(sha256(identity));
}

/** MACs already hashed: every StateInfo received is checked against one, most of them repeats. */
const macs = boundedMemory<Uint8Array>(100_000);

/**
 * channel_MAC = SHA-256(pki_id ‖ channel id), as in Fabric's StateInfo. A pure
 * function, remembered (boundedly) per pair; callers must not modify the result.
 */
export function channelMac(pkiId: PkiId, channel: ChannelId): Uint8Array {
  return macs(`${pkiId}/${channel}`, () => {
    const id = pkiIdToBytes(pkiId);
    const name = channelToBytes(channel);
    const joined = new Uint8Array(id.length + name.length);
    joined.set(id, 0);
    joined.set(name, id.length);
    return sha256(joined);
  });
}

/** pkiIdOfIdentity with a bounded memory of identities already hashed. */
export function cachedPkiIdOf(): (identity: Uint8Array) => PkiId {
  const known = boundedMemory<PkiId>(10_000);
  return (identity) => known(String.fromCharCode(...identity), () => pkiIdOfIdentity(identity));
}
