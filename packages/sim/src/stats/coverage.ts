import { max, mean, min, percentiles } from './percentile.js';

/** How a peer got a block (the engine's BlockVia). */
export type Via = 'push' | 'pull' | 'state' | 'self' | 'restored';

/** A zero count per way of arrival. */
export function noArrivals(): Record<Via, number> {
  return { push: 0, pull: 0, state: 0, self: 0, restored: 0 };
}

/** One block as the simulator saw it: when it was cut and when each eligible peer got it. */
export interface BlockArrivals {
  seq: number;
  createdAtMs: number;
  /** Live channel members that should hold the block. */
  eligible: number;
  /** Delay from creation to arrival (ms) for each eligible peer that got it. */
  delaysMs: number[];
  /** How the eligible peers got it. */
  via: Record<Via, number>;
}

export interface BlockFigures {
  seq: number;
  eligible: number;
  received: number;
  coverage: number;
  /** Time until the last eligible peer had the block; undefined when some never did. */
  lastMs: number | undefined;
  p50Ms: number | undefined;
  p99Ms: number | undefined;
  via: BlockArrivals['via'];
}

export function blockFigures(block: BlockArrivals): BlockFigures {
  const { delaysMs, eligible } = block;
  const ps = percentiles(delaysMs, [50, 99]);
  const complete = delaysMs.length >= eligible;
  return {
    seq: block.seq,
    eligible,
    received: delaysMs.length,
    coverage: eligible === 0 ? 1 : delaysMs.length / eligible,
    lastMs: complete ? (max(delaysMs) ?? 0) : undefined,
    p50Ms: ps[50],
    p99Ms: ps[99],
    via: { ...block.via },
  };
}

/** Dissemination figures over all blocks of a run. */
export interface DisseminationSummary {
  blocks: number;
  coverageMin: number;
  coverageMean: number;
  /** Blocks every eligible peer got. */
  completeBlocks: number;
  /** Median and worst, over complete blocks, of the time until the last peer had it. */
  lastMedianMs: number | undefined;
  lastWorstMs: number | undefined;
  /** Percentiles over every (block, peer) arrival. */
  p50Ms: number | undefined;
  p99Ms: number | undefined;
}

export function summarize(blocks: readonly BlockArrivals[]): DisseminationSummary {
  const figures = blocks.map(blockFigures);
  const lasts = figures.flatMap((f) => (f.lastMs === undefined ? [] : [f.lastMs]));
  const all = blocks.flatMap((b) => b.delaysMs);
  const ps = percentiles(all, [50, 99]);
  const lastPs = percentiles(lasts, [50]);
  return {
    blocks: blocks.length,
    coverageMin: min(figures.map((f) => f.coverage)) ?? 1,
    coverageMean: mean(figures.map((f) => f.coverage)) ?? 1,
    completeBlocks: lasts.length,
    lastMedianMs: lastPs[50],
    lastWorstMs: max(lasts),
    p50Ms: ps[50],
    p99Ms: ps[99],
  };
}

/**
 * The time grid coverage curves are sampled on: fine where push lands (tens
 * of ms), coarser where pull and state transfer land (seconds).
 */
export function coverageGrid(horizonMs: number): number[] {
  const grid: number[] = [];
  const steps: [number, number][] = [
    [500, 5],
    [5_000, 50],
    [60_000, 500],
    [Number.POSITIVE_INFINITY, 5_000],
  ];
  let t = 0;
  for (const [until, step] of steps) {
    while (t < until && t <= horizonMs) {
      grid.push(t);
      t += step;
    }
  }
  if (grid[grid.length - 1] !== horizonMs) grid.push(horizonMs);
  return grid;
}

/** Coverage after t ms for each t of `grid`: the mean and the worst over blocks. */
export interface CoverageCurve {
  tMs: number[];
  mean: number[];
  min: number[];
}

export function coverageCurve(blocks: readonly BlockArrivals[], grid: readonly number[]): CoverageCurve {
  const perBlock = blocks.map((block) => {
    const sorted = [...block.delaysMs].sort((a, b) => a - b);
    let k = 0;
    return grid.map((t) => {
      while (k < sorted.length && (sorted[k] as number) <= t) k++;
      return block.eligible === 0 ? 1 : k / block.eligible;
    });
  });
  const meanCurve = grid.map((_, i) => mean(perBlock.map((c) => c[i] as number)) ?? 1);
  const minCurve = grid.map((_, i) => min(perBlock.map((c) => c[i] as number)) ?? 1);
  return { tMs: [...grid], mean: meanCurve.map(round4), min: minCurve.map(round4) };
}

function round4(x: number): number {
  return Math.round(x * 10_000) / 10_000;
}
