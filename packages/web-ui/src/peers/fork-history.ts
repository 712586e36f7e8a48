import type { BlockInfo, ChannelId, GossipEvent, PkiId } from '@webgossip/core';

type ForkDetected = Extract<GossipEvent, { type: 'fork-detected' }>;
type ForkResolved = Extract<GossipEvent, { type: 'fork-resolved' }>;

/** A competing block this peer heard of, for a seq it already holds. */
export interface ForkSighting {
  channel: ChannelId;
  seq: number;
  /** Hash of this peer's block at `seq`. */
  ours: string;
  /** Hash of the competing block. */
  theirs: string;
  from: PkiId;
  atMs: number;
}

/** A settled fork: the winner's hash and this peer's blocks that lost (empty when its branch won). */
export interface Reorg {
  channel: ChannelId;
  seq: number;
  winner: string;
  removed: BlockInfo[];
  atMs: number;
}

/** How many settled forks are remembered per peer. */
const KEPT = 50;

/**
 * What a peer saw of forks: competing blocks not yet settled, and the forks
 * the fork-choice rule settled, newest first. Fed the engine's fork events.
 */
export class ForkHistory {
  private readonly open = new Map<string, ForkSighting>();
  private settled: Reorg[] = [];

  detected(event: ForkDetected, atMs: number): void {
    const { channel, seq, ours, theirs, from } = event;
    this.open.set(`${channel}/${seq}/${theirs}`, { channel, seq, ours, theirs, from, atMs });
  }

  /** Records the outcome; every sighting at or above `seq` in the channel is settled by it. */
  resolved(event: ForkResolved, atMs: number): Reorg {
    const { channel, seq, winner, removed } = event;
    for (const [key, sighting] of this.open) {
      if (sighting.channel === channel && sighting.seq >= seq) this.open.delete(key);
    }
    const reorg: Reorg = { channel, seq, winner, removed: [...removed], atMs };
    this.settled = [reorg, ...this.settled].slice(0, KEPT);
    return reorg;
  }

  /** Competing blocks seen and not yet settled, oldest first. */
  unresolved(): ForkSighting[] {
    return [...this.open.values()];
  }

  /** Settled forks, newest first; those where this peer's branch won have no removed blocks. */
  reorgs(): readonly Reorg[] {
    return this.settled;
  }
}

/** A channel's blocks as they stand after a reorg at `seq`: everything from `seq` up is gone. */
export function rolledBack(blocks: readonly BlockInfo[], seq: number): BlockInfo[] {
  return blocks.filter((block) => block.seq < seq);
}
