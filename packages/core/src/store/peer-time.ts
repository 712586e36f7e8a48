import { big, type gossip } from '../proto/index.js';

/** Fabric's PeerTime: inc_num grows on every restart, seq_num with every message of one run. */
export interface PeerTime {
  incNum: bigint;
  seqNum: bigint;
}

export function peerTimeOf(ts: gossip.PeerTime.$Properties | null | undefined): PeerTime {
  return { incNum: big(ts?.incNum), seqNum: big(ts?.seqNum) };
}

/** Negative when a is older than b, zero when equal, positive when newer. */
export function comparePeerTime(a: PeerTime, b: PeerTime): number {
  if (a.incNum !== b.incNum) return a.incNum < b.incNum ? -1 : 1;
  if (a.seqNum !== b.seqNum) return a.seqNum < b.seqNum ? -1 : 1;
  return 0;
}

/** Why a signed, PeerTime-stamped message (alive, StateInfo, leadership) was not news. */
export type UpdateRefusal = 'duplicate' | 'stale' | 'unknown-identity' | 'bad-signature';

/**
 * Whether a message stamped `time` is news: newer than the last one held
 * from its author (`known`), and signed by that author. The cheap time check
 * comes first, so repeats cost no signature check. Returns why not, or
 * undefined when the message is to be taken. `verify` may name a refusal of
 * its own (for example an identity that does not match).
 */
export function refuseUpdate<Other extends string = never>(
  time: PeerTime,
  known: PeerTime | undefined,
  verify: () => boolean | 'unknown' | NoInfer<Other>,
): UpdateRefusal | Other | undefined {
  if (known) {
    const order = comparePeerTime(time, known);
    if (order <= 0) return order === 0 ? 'duplicate' : 'stale';
  }
  const verdict = verify();
  if (verdict === true) return undefined;
  if (verdict === false) return 'bad-signature';
  return verdict === 'unknown' ? 'unknown-identity' : verdict;
}
