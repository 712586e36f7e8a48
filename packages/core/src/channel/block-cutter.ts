import type { gossip } from '../proto/index.js';
import type { Runtime, Timer } from '../runtime/index.js';

export interface BlockCutterDeps {
  runtime: Runtime;
  config: { blockMaxTransactions: number; blockTimeout: number };
  /** Whether the next block may be cut now (the chain is caught up); asked before every cut. */
  ready(): boolean;
  /** Cuts a block of these transactions (only called while this peer leads and is ready). */
  cut(transactions: gossip.TransactionMessage.$Properties[]): void;
}

/** How many committed transaction ids are remembered to keep them out of later blocks. */
const COMMITTED_MEMORY = 10_000;

/**
 * The leader's side of ordering: transactions wait in a pool until a block
 * is full (blockMaxTransactions) or the first of them has waited blockTimeout.
 * Every peer keeps the pool, so a new leader cuts what the old one left. A
 * leader whose chain is not caught up (a gap, members ahead) waits: the next
 * block must sit on the channel's newest, and its transactions must not be
 * in a block it has yet to fetch.
 */
export class BlockCutter {
  private readonly pool = new Map<string, gossip.TransactionMessage.$Properties>();
  private readonly committed = new Set<string>();
  private timer: Timer | undefined;
  private leading = false;

  constructor(private readonly deps: BlockCutterDeps) {}

  /** Adds a transaction; false when it is known already (pooled or committed). */
  add(txId: string, tx: gossip.TransactionMessage.$Properties): boolean {
    if (this.pool.has(txId) || this.committed.has(txId)) return false;
    this.pool.set(txId, tx);
    this.schedule();
    return true;
  }

  /** A transaction of a block that lost a fork: no longer committed, it waits in the pool again. */
  returned(txId: string, tx: gossip.TransactionMessage.$Properties): void {
    this.committed.delete(txId);
    this.add(txId, tx);
  }

  /** Whether a transaction is in a block of the chain (as far as the memory of committed ids reaches). */
  isCommitted(txId: string): boolean {
    return this.committed.has(txId);
  }

  /** A pooled transaction. */
  get(txId: string): gossip.TransactionMessage.$Properties | undefined {
    return this.pool.get(txId);
  }

  /** Transactions of a committed block leave the pool for good. */
  committedIds(txIds: string[]): void {
    for (const txId of txIds) {
      this.pool.delete(txId);
      this.committed.add(txId);
    }
    if (this.committed.size > COMMITTED_MEMORY) {
      const excess = this.committed.size - COMMITTED_MEMORY;
      let i = 0;
      for (const id of this.committed) {
        if (i++ >= excess) break;
        this.committed.delete(id);
      }
    }
  }

  setLeading(leading: boolean): void {
    this.leading = leading;
    if (leading) this.schedule();
    else {
      this.timer?.cancel();
      this.timer = undefined;
    }
  }

  stop(): void {
    this.setLeading(false);
  }

  private schedule(): void {
    if (!this.leading || this.pool.size === 0) return;
    if (this.pool.size >= this.deps.config.blockMaxTransactions) {
      this.cutNow();
      return;
    }
    this.timer ??= this.deps.runtime.setTimeout(() => {
      this.timer = undefined;
      this.cutNow();
    }, this.deps.config.blockTimeout);
  }

  private cutNow(): void {
    this.timer?.cancel();
    this.timer = undefined;
    if (!this.leading || this.pool.size === 0) return;
    if (!this.deps.ready()) {
      this.timer = this.deps.runtime.setTimeout(() => {
        this.timer = undefined;
        this.cutNow();
      }, this.deps.config.blockTimeout);
      return;
    }
    const batch = [...this.pool.entries()].slice(0, this.deps.config.blockMaxTransactions);
    for (const [txId] of batch) this.pool.delete(txId);
    this.deps.cut(batch.map(([, tx]) => tx));
    this.schedule();
  }
}
