/** A scheduled callback that can be cancelled; cancelling twice is harmless. */
export interface Timer {
  cancel(): void;
}

/**
 * Time, timers and randomness, injected into every module so the engine runs
 * on real time in a tab and on virtual time in tests and the simulator.
 */
export interface Runtime {
  /** Milliseconds since an arbitrary epoch (wall-clock epoch in real time). */
  now(): number;
  setTimeout(fn: () => void, delayMs: number): Timer;
  setInterval(fn: () => void, periodMs: number): Timer;
  /** Uniform in [0, 1). */
  random(): number;
  /** Uniform over all 64-bit unsigned values. */
  randomU64(): bigint;
  randomBytes(length: number): Uint8Array;
}

/** Picks up to `count` distinct elements uniformly (partial Fisher–Yates). */
export function sample<T>(runtime: Runtime, items: readonly T[], count: number): T[] {
  const pool = items.slice();
  const n = Math.min(count, pool.length);
  for (let i = 0; i < n; i++) {
    const j = i + Math.floor(runtime.random() * (pool.length - i));
    const tmp = pool[i] as T;
    pool[i] = pool[j] as T;
    pool[j] = tmp;
  }
  return pool.slice(0, n);
}
