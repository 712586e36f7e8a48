import { Prng } from './prng.js';
import type { Runtime, Timer } from './runtime.js';

interface Scheduled {
  at: number;
  seq: number;
  fn: () => void;
  period: number;
  cancelled: boolean;
}

export interface VirtualRuntimeOptions {
  seed?: number;
  /** The virtual clock's start, in ms (default 1,700,000,000,000, a plausible wall clock). */
  startMs?: number;
}

/**
 * Virtual time: nothing happens until the test or simulator advances the
 * clock; due timers then run in time order (ties in scheduling order), and
 * all randomness comes from one seeded generator, so a seed fixes the run.
 */
export class VirtualRuntime implements Runtime {
  private clock: number;
  private seq = 0;
  private readonly heap: Scheduled[] = [];
  private readonly prng: Prng;

  constructor(options: VirtualRuntimeOptions = {}) {
    this.clock = options.startMs ?? 1_700_000_000_000;
    this.prng = new Prng(options.seed ?? 1);
  }

  now(): number {
    return this.clock;
  }

  setTimeout(fn: () => void, delayMs: number): Timer {
    return this.schedule(fn, delayMs, 0);
  }

  setInterval(fn: () => void, periodMs: number): Timer {
    if (!(periodMs > 0)) throw new RangeError(`interval must be positive, got ${periodMs}`);
    return this.schedule(fn, periodMs, periodMs);
  }

  random(): number {
    return this.prng.next();
  }

  randomU64(): bigint {
    return this.prng.nextU64();
  }

  randomBytes(length: number): Uint8Array {
    return this.prng.bytes(length);
  }

  /** Timers scheduled and not yet run or cancelled. */
  pending(): number {
    return this.heap.filter((t) => !t.cancelled).length;
  }

  /** Runs every timer due within the next `ms` milliseconds, then sets the clock to now + ms. */
  advance(ms: number): void {
    if (Number.isNaN(ms)) throw new RangeError('cannot advance virtual time by NaN');
    const until = this.clock + Math.max(0, ms);
    for (;;) {
      const top = this.heap[0];
      if (!top || top.at > until) break;
      this.pop();
      if (top.cancelled) continue;
      this.clock = Math.max(this.clock, top.at);
      if (top.period > 0) {
        top.at += top.period;
        top.seq = this.seq++;
        this.push(top);
      }
      top.fn();
    }
    this.clock = until;
  }

  /**
   * Advances in steps until `done()` holds, returning the virtual time it took,
   * or throws once `timeoutMs` of virtual time pass without it.
   */
  runUntil(done: () => boolean, timeoutMs: number, stepMs = 10): number {
    const start = this.clock;
    while (!done()) {
      if (this.clock - start >= timeoutMs) {
        throw new Error(`condition not met within ${timeoutMs} ms of virtual time`);
      }
      this.advance(stepMs);
    }
    return this.clock - start;
  }

  private schedule(fn: () => void, delayMs: number, period: number): Timer {
    // As browsers do, a delay that is not a number means no delay.
    const delay = Number.isNaN(delayMs) ? 0 : Math.max(0, delayMs);
    const entry: Scheduled = { at: this.clock + delay, seq: this.seq++, fn, period, cancelled: false };
    this.push(entry);
    return {
      cancel: () => {
        entry.cancelled = true;
      },
    };
  }

  // A binary min-heap on (at, seq). Sifting moves a hole rather than swapping,
  // since the simulator pushes and pops a timer for every frame it delivers.
  private push(entry: Scheduled): void {
    const heap = this.heap;
    let i = heap.length;
    heap.push(entry);
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const above = heap[parent] as Scheduled;
      if (!before(entry, above)) break;
      heap[i] = above;
      i = parent;
    }
    heap[i] = entry;
  }

  private pop(): void {
    const heap = this.heap;
    const last = heap.pop();
    const size = heap.length;
    if (!last || size === 0) return;
    let i = 0;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= size) break;
      const right = child + 1;
      if (right < size && before(heap[right] as Scheduled, heap[child] as Scheduled)) child = right;
      const below = heap[child] as Scheduled;
      if (!before(below, last)) break;
      heap[i] = below;
      i = child;
    }
    heap[i] = last;
  }
}

function before(a: Scheduled, b: Scheduled): boolean {
  return a.at < b.at || (a.at === b.at && a.seq < b.seq);
}

export function createVirtualRuntime(options: VirtualRuntimeOptions = {}): VirtualRuntime {
  return new VirtualRuntime(options);
}
