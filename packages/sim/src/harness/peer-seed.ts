import { Prng } from '@webgossip/core';

/**
 * The key seed of peer `index` in a run: a function of the run's seed and the
 * index only, so identities (and with them PKI-ID order, hence leaders) do
 * not shift when other parts of a scenario change.
 */
export function peerSeed(runSeed: number, index: number): Uint8Array {
  const prng = new Prng((Math.imul(runSeed >>> 0, 0x9e3779b1) ^ Math.imul(index + 1, 0x85ebca77)) >>> 0);
  return prng.bytes(32);
}
