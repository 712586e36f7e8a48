import type { BlockInfo } from '../contracts/index.js';

export interface Held {
  bytes: Uint8Array;
  info: BlockInfo;
}

/** What became of a block offered to the ledger. */
export type Offer =
  /** Taken: the blocks it committed, in order (none when it waits ahead of a gap), and pending ones it showed wrong. */
  | { taken: true; committed: Held[]; discarded: Held[] }
  /** The very block is held already. */
  | { taken: false; reason: 'duplicate' }
  /** Too far ahead of the height to wait. */
  | { taken: false; reason: 'out-of-window' }
  /** Another block holds its seq: a fork. */
  | { taken: false; reason: 'conflict'; ours: Held }
  /** Its parent is not the block held before it: a fork below it. */
  | { taken: false; reason: 'wrong-parent' };

/**
 * A channel's chain. A block is committed only on top of its parent: block 0
 * names no parent, every other names the header hash of the block before it.
 * Blocks that arrive ahead of a gap wait (up to `maxPending`) and commit as
 * soon as the gap fills, when their parent checks out; so the height only
 * ever counts a contiguous, linked prefix. A fork's losing branch is cut off
 * with `truncate`.
 */
export class Ledger {
  private readonly committed: Held[] = [];
  private readonly pending = new Map<number, Held>();

  constructor(private readonly maxPending: number) {}

  get height(): number {
    return this.committed.length;
  }

  /** Blocks held ahead of a gap. */
  get pendingCount(): number {
    return this.pending.size;
  }

  has(seq: number): boolean {
    return seq < this.committed.length || this.pending.has(seq);
  }

  /** The committed block at `seq`. */
  at(seq: number): Held | undefined {
    return this.committed[seq];
  }

  bytes(seq: number): Uint8Array | undefined {
    return (this.committed[seq] ?? this.pending.get(seq))?.bytes;
  }

  /** The hash a block at `seq + 1` must name as its parent: '' before block 0, undefined beyond the height. */
  parentHashFor(seq: number): string | undefined {
    if (seq === 0) return '';
    return this.committed[seq - 1]?.info.hash;
  }

  /** The hash of the newest committed block ('' when none). */
  get headHash(): string {
    return this.committed[this.committed.length - 1]?.info.hash ?? '';
  }

  /** The committed blocks' bytes, seq 0 first. */
  rawBlocks(): Uint8Array[] {
    return this.committed.map((held) => held.bytes);
  }

  infos(): BlockInfo[] {
    return this.committed.map((held) => held.info);
  }

  /** Restores a block verified and stored earlier; false (and nothing stored) when it does not extend the chain. */
  restore(bytes: Uint8Array, info: BlockInfo): boolean {
    if (info.seq !== this.height || info.previousHash !== this.parentHashFor(info.seq)) return false;
    this.committed.push({ bytes, info });
    return true;
  }

  /** Offers a verified block (see Offer). */
  offer(bytes: Uint8Array, info: BlockInfo): Offer {
    const { seq } = info;
    const ours = this.committed[seq] ?? this.pending.get(seq);
    if (ours) return ours.info.hash === info.hash ? { taken: false, reason: 'duplicate' } : conflict(ours);
    if (seq === this.height && info.previousHash !== this.parentHashFor(seq))
      return { taken: false, reason: 'wrong-parent' };
    if (seq > this.height && seq - this.height > this.maxPending)
      return { taken: false, reason: 'out-of-window' };
    this.pending.set(seq, { bytes, info });
    const committed: Held[] = [];
    const discarded: Held[] = [];
    for (let next = this.pending.get(this.height); next; next = this.pending.get(this.height)) {
      this.pending.delete(this.height);
      if (next.info.previousHash !== this.parentHashFor(this.height)) {
        discarded.push(next);
        break;
      }
      this.committed.push(next);
      committed.push(next);
    }
    return { taken: true, committed, discarded };
  }

  /** Drops the blocks waiting ahead of a gap; returns them. */
  clearPending(): Held[] {
    const removed = [...this.pending.values()];
    this.pending.clear();
    return removed;
  }

  /** Cuts the chain back to `seq` blocks; returns the committed blocks removed, oldest first. Pending ones go too. */
  truncate(seq: number): Held[] {
    this.pending.clear();
    return this.committed.splice(seq);
  }
}

function conflict(ours: Held): Offer {
  return { taken: false, reason: 'conflict', ours };
}

/**
 * How far ahead of the height blocks may arrive and wait for a gap to fill:
 * four message-store windows of pushed and pulled blocks, and at least two
 * state-transfer batches.
 */
export function pendingBlockLimit(config: {
  maxBlockCountToStore: number;
  antiEntropyBatchSize: number;
}): number {
  return Math.max(4 * config.maxBlockCountToStore, 2 * config.antiEntropyBatchSize);
}
