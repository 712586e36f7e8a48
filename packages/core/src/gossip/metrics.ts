import type { MessageKind } from './api.js';

/** Why a frame or message was dropped; each reason is counted. */
export type DropReason =
  | 'oversize'
  | 'malformed-envelope'
  | 'malformed-message'
  | 'empty-content'
  | 'invalid'
  | 'bad-signature'
  | 'unknown-identity'
  | 'unauthenticated'
  | 'handshake-failed'
  | 'binding-mismatch'
  | 'spoofed'
  | 'stale'
  | 'duplicate'
  | 'unknown-nonce'
  | 'not-member'
  | 'not-joined'
  | 'out-of-window'
  | 'queue-full'
  | 'no-link'
  | 'unexpected'
  /** A block whose parent is not the block this peer holds before it (another branch of a fork). */
  | 'wrong-parent'
  /** A block of a branch that lost to this peer's under the fork-choice rule. */
  | 'fork-lost'
  /**
   * The link spent its budget (comm/link-budget.ts): a request beyond
   * answerBudgetBytes, or a signed message after badSignatureBudget bad
   * signatures, within budgetInterval.
   */
  | 'over-budget'
  /** A link of a peer closed for misbehaving, during its back-off (comm/violations.ts). */
  | 'backed-off';

export interface Metrics {
  messagesIn: Partial<Record<MessageKind, number>>;
  messagesOut: Partial<Record<MessageKind, number>>;
  /** Of messagesOut, those of the identity puller, whose pull messages share their kinds with block pulls. */
  identityPullOut: Partial<Record<MessageKind, number>>;
  bytesIn: number;
  bytesOut: number;
  dropped: Partial<Record<DropReason, number>>;
  /** Forks seen (a competing block for a seq this peer holds), forks settled, and own blocks rolled back. */
  forks: { detected: number; resolved: number; blocksRolledBack: number };
  /**
   * Links closed because nothing arrived after a probe within the deadline,
   * the redials of their peers, and links closed for carrying nothing but
   * probes for silentLinkTimeout, and links closed for misbehaving.
   */
  links: { probeTimeouts: number; redials: number; silenced: number; misbehaving: number };
}

/** Counters at zero. */
export function emptyMetrics(): Metrics {
  return {
    messagesIn: {},
    messagesOut: {},
    identityPullOut: {},
    bytesIn: 0,
    bytesOut: 0,
    dropped: {},
    forks: { detected: 0, resolved: 0, blocksRolledBack: 0 },
    links: { probeTimeouts: 0, redials: 0, silenced: 0, misbehaving: 0 },
  };
}

export class MetricsRecorder {
  private readonly data: Metrics = emptyMetrics();

  received(kind: MessageKind, bytes: number): void {
    this.data.messagesIn[kind] = (this.data.messagesIn[kind] ?? 0) + 1;
    this.data.bytesIn += bytes;
  }

  sent(kind: MessageKind, bytes: number): void {
    this.data.messagesOut[kind] = (this.data.messagesOut[kind] ?? 0) + 1;
    this.data.bytesOut += bytes;
  }

  identityPullSent(kind: MessageKind): void {
    this.data.identityPullOut[kind] = (this.data.identityPullOut[kind] ?? 0) + 1;
  }

  dropped(reason: DropReason): void {
    this.data.dropped[reason] = (this.data.dropped[reason] ?? 0) + 1;
  }

  forkDetected(): void {
    this.data.forks.detected++;
  }

  forkResolved(blocksRolledBack: number): void {
    this.data.forks.resolved++;
    this.data.forks.blocksRolledBack += blocksRolledBack;
  }

  linkProbeTimedOut(): void {
    this.data.links.probeTimeouts++;
  }

  linkRedialed(): void {
    this.data.links.redials++;
  }

  linkSilenced(): void {
    this.data.links.silenced++;
  }

  linkMisbehaved(): void {
    this.data.links.misbehaving++;
  }

  snapshot(): Metrics {
    return {
      messagesIn: { ...this.data.messagesIn },
      messagesOut: { ...this.data.messagesOut },
      identityPullOut: { ...this.data.identityPullOut },
      bytesIn: this.data.bytesIn,
      bytesOut: this.data.bytesOut,
      dropped: { ...this.data.dropped },
      forks: { ...this.data.forks },
      links: { ...this.data.links },
    };
  }
}
