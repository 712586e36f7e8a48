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

/**
 * Picks up to `count` distinct elements uniformly, never `except` (as a set:
 * the order says nothing). Floyd's algorithm: O(count) whatever the length of
 * `items`, which matters when a peer pushes to 3 of 1,000 alive members many
 * times a second.
 */
export function sample<T>(runtime: Runtime, items: readonly T[], count: number, except?: T): T[] {
  const n = items.length;
  // One draw more when `except` may be drawn: it is then dropped, else one draw at random.
  const draws = Math.min(except === undefined ? count : count + 1, n);
  if (draws <= 0) return [];
  const picked = new Set<number>();
  for (let j = n - draws; j < n; j++) {
    const t = Math.floor(runtime.random() * (j + 1));
    picked.add(picked.has(t) ? j : t);
  }
  const out: T[] = [];
  for (const index of picked) if (items[index] !== except) out.push(items[index] as T);
  if (out.length > count) out.splice(Math.floor(runtime.random() * out.length), 1);
  return out;
}

/** The elements in a uniformly random order (Fisher–Yates). */
export function shuffle<T>(runtime: Runtime, items: readonly T[]): T[] {
  const pool = items.slice();
  for (let i = pool.length - 1; i > 0; i--) {
    const j = Math.floor(runtime.random() * (i + 1));
    const tmp = pool[i] as T;
    pool[i] = pool[j] as T;
    pool[j] = tmp;
  }
  return pool;
}
