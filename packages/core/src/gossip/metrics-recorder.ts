import {
  type DropReason,
  emptyMetrics,
  type MessageKind,
  type Metrics,
  type MetricsSink,
} from '../contracts/index.js';

/** The node's counters, written by every part through MetricsSink. */
export class MetricsRecorder implements MetricsSink {
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
