import { type DropReason, emptyMetrics, type MessageKind, type Metrics } from '@webgossip/core';

/** Messages per interval for one series, oldest first. */
export type Series = number[];

const SAMPLES = 60;

/**
 * Per-kind message rates and per-reason drops over the last minute, from
 * periodic snapshots of the engine's counters (one sample a second).
 */
export class TrafficHistory {
  readonly in = new Map<MessageKind, Series>();
  readonly out = new Map<MessageKind, Series>();
  readonly dropped = new Map<DropReason, Series>();
  /** The counters at the last sample: totals since the peer started. */
  totals: Metrics = emptyMetrics();
  readonly bytesIn: Series = [];
  readonly bytesOut: Series = [];
  private samples = 0;

  sample(metrics: Metrics): void {
    const before = this.totals;
    const width = Math.min(this.samples, SAMPLES - 1);
    push(this.bytesIn, metrics.bytesIn - before.bytesIn);
    push(this.bytesOut, metrics.bytesOut - before.bytesOut);
    record(this.in, before.messagesIn, metrics.messagesIn, width);
    record(this.out, before.messagesOut, metrics.messagesOut, width);
    record(this.dropped, before.dropped, metrics.dropped, width);
    this.totals = metrics;
    this.samples++;
  }
}

function record<K extends string>(
  series: Map<K, Series>,
  before: Partial<Record<K, number>>,
  after: Partial<Record<K, number>>,
  width: number,
): void {
  const keys = new Set<K>([...series.keys(), ...(Object.keys(after) as K[])]);
  for (const key of keys) {
    let line = series.get(key);
    if (!line) {
      // A series that appears late starts with zeros, so every line spans the same window.
      line = new Array<number>(width).fill(0);
      series.set(key, line);
    }
    push(line, (after[key] ?? 0) - (before[key] ?? 0));
  }
}

function push(line: Series, value: number): void {
  line.push(Math.max(0, value));
  if (line.length > SAMPLES) line.shift();
}
