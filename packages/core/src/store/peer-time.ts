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
