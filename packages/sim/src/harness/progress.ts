import { formatBytes, type ResourceMeter } from './resources.js';

/** Receives one line now and then while a run goes. */
export type ProgressSink = (line: string) => void;

/**
 * Prints a status line at most every `everyMs` of wall time, so long runs
 * show they are alive without flooding short ones.
 */
export class Progress {
  private lastAt = Number.NEGATIVE_INFINITY;

  constructor(
    private readonly sink: ProgressSink | undefined,
    private readonly meter: ResourceMeter,
    private readonly label: string,
    private readonly everyMs = 2_000,
  ) {}

  private lastSampleAt = Number.NEGATIVE_INFINITY;

  tick(status: () => string, force = false): void {
    const wall = this.meter.elapsedMs();
    // Reading memory use costs a system call: a few samples per second suffice for the peak.
    if (wall - this.lastSampleAt < 250 && !force) return;
    this.lastSampleAt = wall;
    const sample = this.meter.sample();
    if (!this.sink) return;
    if (!force && wall - this.lastAt < this.everyMs) return;
    this.lastAt = wall;
    this.sink(
      `[${this.label}] ${status()} | wall ${(wall / 1000).toFixed(1)} s, cpu ${(this.meter.cpuMs() / 1000).toFixed(1)} s, rss ${formatBytes(sample.rssBytes)}, heap ${formatBytes(sample.heapBytes)}`,
    );
  }
}
