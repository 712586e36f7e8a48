import type { DropReason } from './drops.js';
import type { MessageKind } from './message-kind.js';

/** A peer's counters, as `Gossip.metrics()` hands them out. */
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

/** Where the parts count what happens (the node's MetricsRecorder implements it). */
export interface MetricsSink {
  received(kind: MessageKind, bytes: number): void;
  sent(kind: MessageKind, bytes: number): void;
  identityPullSent(kind: MessageKind): void;
  dropped(reason: DropReason): void;
  forkDetected(): void;
  forkResolved(blocksRolledBack: number): void;
  linkProbeTimedOut(): void;
  linkRedialed(): void;
  linkSilenced(): void;
  linkMisbehaved(): void;
}
