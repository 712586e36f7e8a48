import type { Runtime } from '../runtime/index.js';
import type { ChannelDeps, ChannelPeer } from './context.js';
import type { Ledger } from './ledger.js';

/** Anti-entropy rounds a leader waits on blocks ahead of a gap that no member announces before it drops them. */
const ORPHAN_ROUNDS = 3;

export interface CutReadinessDeps {
  ledger: Ledger;
  runtime: Runtime;
  config: { antiEntropyInterval: number };
  /** Channel members (this peer excluded) with the heights and heads they announced. */
  channelPeers(): ChannelPeer[];
  /** Whether a block (by hash) is on a branch that lost a fork. */
  isLost(hash: string): boolean;
  drop: ChannelDeps['drop'];
}

/**
 * Whether this peer may cut the next block: no member is known to be
 * ahead, and nothing waits ahead of a gap, unless what waits is orphaned:
 * it waited ORPHAN_ROUNDS anti-entropy rounds while no member announced a
 * chain that long, so none holds the branch it is of (a fork's loser) and
 * the gap under it never fills. Orphans are dropped (counted as fork-lost),
 * not remembered as lost: should their branch turn up after all, the fork
 * choice weighs it.
 */
export class CutReadiness {
  /** Since when blocks have waited ahead of a gap with no member ahead. */
  private orphansSince: number | undefined;

  constructor(private readonly deps: CutReadinessDeps) {}

  caughtUp(): boolean {
    const { ledger, runtime } = this.deps;
    const height = ledger.height;
    const ahead = this.deps
      .channelPeers()
      .some((peer) => peer.height > height && peer.head !== '' && !this.deps.isLost(peer.head));
    if (ahead || ledger.pendingCount === 0) {
      this.orphansSince = undefined;
      return !ahead;
    }
    const now = runtime.now();
    this.orphansSince ??= now;
    if (now - this.orphansSince < ORPHAN_ROUNDS * this.deps.config.antiEntropyInterval) return false;
    this.orphansSince = undefined;
    for (const { info } of ledger.clearPending())
      this.deps.drop('fork-lost', 'dataMsg', info.from, `block ${info.seq} orphaned ahead of a gap`);
    return true;
  }
}
