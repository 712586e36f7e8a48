import type { GossipConfig } from '../config.js';
import type { DropReason } from '../contracts/index.js';
import type { PkiId } from '../ids.js';
import { LinkBudget } from './link-budget.js';

/**
 * What each drop weighs against the link it came from. Only what an honest
 * peer never sends counts in full; what an honest peer sends now and then (a
 * late pull answer, a burst of requests) counts a little; repeats, stale
 * times, other branches of a fork and other channels' messages not at all.
 */
const WEIGHTS: Partial<Record<DropReason, number>> = {
  'malformed-envelope': 1,
  'malformed-message': 1,
  'empty-content': 1,
  invalid: 1,
  'bad-signature': 1,
  spoofed: 1,
  unexpected: 1,
  'over-budget': 0.1,
  'unknown-nonce': 0.1,
};

/** Peers backed off at most; the oldest back-offs are forgotten first. */
const MAX_BACKED_OFF = 4096;

/**
 * A violation score per link: each drop charges its weight to a budget of
 * violationLimit per budgetInterval. A peer that spends it is disconnected
 * ('misbehaving') and backed off: for misbehaviourBackoff no link of its
 * PKI-ID is accepted or dialed, and each new offence doubles the back-off
 * (up to 16×).
 */
export class Violations {
  private readonly score: LinkBudget;
  private readonly until = new Map<PkiId, { until: number; strikes: number }>();

  constructor(
    private readonly config: GossipConfig,
    private readonly now: () => number,
  ) {
    this.score = new LinkBudget(config.violationLimit, config.budgetInterval, now);
  }

  /** Counts a drop from `pkiId`; true when that made it a misbehaving peer, now backed off. */
  note(pkiId: PkiId, reason: DropReason): boolean {
    const weight = WEIGHTS[reason];
    if (!weight || this.backedOff(pkiId)) return false;
    this.score.charge(pkiId, weight);
    if (this.score.allows(pkiId)) return false;
    const strikes = Math.min(5, (this.until.get(pkiId)?.strikes ?? 0) + 1);
    this.until.delete(pkiId);
    this.until.set(pkiId, {
      until: this.now() + this.config.misbehaviourBackoff * 2 ** (strikes - 1),
      strikes,
    });
    if (this.until.size > MAX_BACKED_OFF) this.until.delete(this.until.keys().next().value as PkiId);
    // The score starts afresh once the back-off is over.
    this.score.charge(pkiId, -this.config.violationLimit * 2);
    return true;
  }

  backedOff(pkiId: PkiId): boolean {
    return (this.until.get(pkiId)?.until ?? 0) > this.now();
  }
}
