import type { BlockInfo } from '../gossip/api.js';

interface Held {
  bytes: Uint8Array;
  info: BlockInfo;
}

/**
 * A channel's blocks in sequence order. Blocks that arrive ahead of a gap
 * wait (up to `maxPending`) and commit as soon as the gap fills, so the
 * height only ever counts a contiguous prefix.
 */
export class Ledger {
  private readonly committed: Held[] = [];
  private readonly pending = new Map<number, Held>();

  constructor(private readonly maxPending: number) {}

  get height(): number {
    return this.committed.length;
  }

  /** The highest sequence number held, committed or pending (-1 when none). */
  get highest(): number {
    let top = this.committed.length - 1;
    for (const seq of this.pending.keys()) top = Math.max(top, seq);
    return top;
  }

  has(seq: number): boolean {
    return seq < this.committed.length || this.pending.has(seq);
  }

  bytes(seq: number): Uint8Array | undefined {
    return (this.committed[seq] ?? this.pending.get(seq))?.bytes;
  }

  /** The committed blocks' bytes, seq 0 first. */
  rawBlocks(): Uint8Array[] {
    return this.committed.map((held) => held.bytes);
  }

  infos(): BlockInfo[] {
    return this.committed.map((held) => held.info);
  }

  /** Restores blocks already verified and stored earlier. */
  restore(bytes: Uint8Array, info: BlockInfo): void {
    this.committed.push({ bytes, info });
  }

  /**
   * Offers a verified block. Returns the blocks it committed (in order),
   * or 'duplicate' / 'out-of-window' when it was not taken.
   */
  offer(seq: number, bytes: Uint8Array, info: BlockInfo): Held[] | 'duplicate' | 'out-of-window' {
    if (this.has(seq)) return 'duplicate';
    if (seq > this.committed.length && seq - this.committed.length > this.maxPending) return 'out-of-window';
    this.pending.set(seq, { bytes, info });
    const done: Held[] = [];
    for (
      let next = this.pending.get(this.committed.length);
      next;
      next = this.pending.get(this.committed.length)
    ) {
      this.pending.delete(this.committed.length);
      this.committed.push(next);
      done.push(next);
    }
    return done;
  }
}
