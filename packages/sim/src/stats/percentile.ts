/**
 * Order statistics over measured samples. Percentiles use the nearest-rank
 * definition: the p-th percentile is the smallest sample such that at least
 * p% of all samples are at or below it, so every reported figure is a value
 * that was actually observed (no interpolation between two peers).
 */

/** The nearest-rank percentile of `values` (p in [0, 100]); undefined for no samples. */
export function percentile(values: readonly number[], p: number): number | undefined {
  if (!(p >= 0 && p <= 100)) throw new RangeError(`percentile must be within 0..100, got ${p}`);
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  return nearestRank(sorted, p);
}

/** Several percentiles of the same samples, sorting once. */
export function percentiles<P extends number>(
  values: readonly number[],
  ps: readonly P[],
): Record<P, number | undefined> {
  const sorted = [...values].sort((a, b) => a - b);
  const out = {} as Record<P, number | undefined>;
  for (const p of ps) {
    if (!(p >= 0 && p <= 100)) throw new RangeError(`percentile must be within 0..100, got ${p}`);
    out[p] = sorted.length === 0 ? undefined : nearestRank(sorted, p);
  }
  return out;
}

function nearestRank(sorted: readonly number[], p: number): number {
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1] as number;
}

/** The median (the 50th nearest-rank percentile). */
export function median(values: readonly number[]): number | undefined {
  return percentile(values, 50);
}

export function mean(values: readonly number[]): number | undefined {
  if (values.length === 0) return undefined;
  let sum = 0;
  for (const v of values) sum += v;
  return sum / values.length;
}

export function max(values: readonly number[]): number | undefined {
  if (values.length === 0) return undefined;
  let best = Number.NEGATIVE_INFINITY;
  for (const v of values) if (v > best) best = v;
  return best;
}

export function min(values: readonly number[]): number | undefined {
  if (values.length === 0) return undefined;
  let best = Number.POSITIVE_INFINITY;
  for (const v of values) if (v < best) best = v;
  return best;
}

/**
 * The gossip lower bound: with fanout f every informed peer can inform at most
 * f new ones per hop, so reaching n peers takes at least ceil(log_(f+1) n)
 * hops of one-hop latency each.
 */
export function lowerBoundHops(peers: number, fanout: number): number {
  if (!(peers >= 1) || !Number.isInteger(peers))
    throw new RangeError(`peers must be a whole number >= 1, got ${peers}`);
  if (!(fanout >= 1)) throw new RangeError(`fanout must be >= 1, got ${fanout}`);
  if (peers === 1) return 0;
  // Counting hops avoids floating-point surprises of log(n)/log(f+1) at exact powers.
  let reached = 1;
  let hops = 0;
  while (reached < peers) {
    reached *= fanout + 1;
    hops++;
  }
  return hops;
}
