import type { PkiId } from '../ids.js';
import type { ContentCase } from '../proto/index.js';

/** Budgets kept at most; beyond it the fullest (the least indebted) are forgotten first. */
const MAX_TRACKED = 4096;

interface Bucket {
  tokens: number;
  at: number;
}

/**
 * A token bucket per link: `capacity` units, refilled at `capacity` per
 * `interval` ms. A peer is within its budget while its bucket holds anything;
 * `charge` may take more than is left (an answer's size is known only once it
 * is built), so a large answer leaves its asker in debt until the bucket
 * refills. Work an authenticated peer can make this peer do (signatures to
 * check, answers to send) is bounded by this per link, however fast it sends.
 * A link never charged has a full bucket, so the map holds only peers that
 * spent lately.
 */
export class LinkBudget {
  private readonly buckets = new Map<PkiId, Bucket>();

  constructor(
    private readonly capacity: number,
    private readonly interval: number,
    private readonly now: () => number,
  ) {}

  /** Whether `pkiId` has anything left to spend now (always, with an infinite capacity). */
  allows(pkiId: PkiId): boolean {
    return this.level(pkiId) > 0;
  }

  /** Spends `cost` of `pkiId`'s budget, into debt if need be. */
  charge(pkiId: PkiId, cost: number): void {
    if (!Number.isFinite(this.capacity)) return;
    const tokens = this.level(pkiId) - cost;
    this.buckets.delete(pkiId);
    this.buckets.set(pkiId, { tokens, at: this.now() });
    if (this.buckets.size > MAX_TRACKED) this.forgetOne();
  }

  /** Takes one unit when there is one; false (and nothing taken) when the budget is spent. */
  take(pkiId: PkiId): boolean {
    if (!this.allows(pkiId)) return false;
    this.charge(pkiId, 1);
    return true;
  }

  private level(pkiId: PkiId): number {
    const bucket = this.buckets.get(pkiId);
    if (!bucket) return this.capacity;
    const refill = ((this.now() - bucket.at) / this.interval) * this.capacity;
    return Math.min(this.capacity, bucket.tokens + refill);
  }

  /** Forgets the least recently charged bucket that is full again, else the least recently charged. */
  private forgetOne(): void {
    for (const pkiId of this.buckets.keys()) {
      if (this.level(pkiId) >= this.capacity) {
        this.buckets.delete(pkiId);
        return;
      }
    }
    const oldest = this.buckets.keys().next();
    if (!oldest.done) this.buckets.delete(oldest.value);
  }
}

/** The kinds sent only as answers to a peer's request, charged to its answer budget. */
export function isAnswer(kind: ContentCase): boolean {
  return kind === 'memRes' || kind === 'stateSnapshot';
}
