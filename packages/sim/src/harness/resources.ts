import { cpus, totalmem } from 'node:os';

/** What a run cost the machine: not part of the seeded figures. */
export interface ResourceFigures {
  wallMs: number;
  /** CPU time the process used (user + system): unlike wall time, not inflated by other load on the machine. */
  cpuMs: number;
  /** Peak resident set size of the process (resourceUsage().maxRSS). */
  peakRssBytes: number;
  /** Highest V8 heap use sampled during the run. */
  peakHeapBytes: number;
}

export interface MachineInfo {
  cpuModel: string;
  cores: number;
  memoryBytes: number;
  node: string;
  platform: string;
}

export function machineInfo(): MachineInfo {
  const list = cpus();
  return {
    cpuModel: list[0]?.model.trim() ?? 'unknown',
    cores: list.length,
    memoryBytes: totalmem(),
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
  };
}

/** Samples heap use while a run goes; reads the process's peak RSS at the end. */
export class ResourceMeter {
  private readonly started = performance.now();
  private readonly cpuStart = process.cpuUsage();
  private peakHeap = 0;

  sample(): { heapBytes: number; rssBytes: number } {
    const usage = process.memoryUsage();
    this.peakHeap = Math.max(this.peakHeap, usage.heapUsed);
    return { heapBytes: usage.heapUsed, rssBytes: usage.rss };
  }

  cpuMs(): number {
    return cpuMsSince(this.cpuStart);
  }

  elapsedMs(): number {
    return performance.now() - this.started;
  }

  finish(): ResourceFigures {
    this.sample();
    return {
      wallMs: Math.round(this.elapsedMs()),
      cpuMs: Math.round(cpuMsSince(this.cpuStart)),
      // maxRSS is in KiB.
      peakRssBytes: process.resourceUsage().maxRSS * 1024,
      peakHeapBytes: this.peakHeap,
    };
  }
}

export function formatBytes(bytes: number): string {
  const units = ['B', 'KiB', 'MiB', 'GiB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${value.toFixed(unit === 0 ? 0 : 1)} ${units[unit]}`;
}

export function formatMs(ms: number | undefined): string {
  if (ms === undefined) return '—';
  if (ms >= 10_000) return `${(ms / 1000).toFixed(1)} s`;
  if (ms >= 1_000) return `${(ms / 1000).toFixed(2)} s`;
  return `${Math.round(ms)} ms`;
}

function cpuMsSince(start: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}
