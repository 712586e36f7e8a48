import { describe, expect, it } from 'vitest';
import {
  type BlockArrivals,
  blockFigures,
  coverageCurve,
  coverageGrid,
  noArrivals,
  summarize,
} from '../src/stats/coverage.js';

const block = (seq: number, eligible: number, delaysMs: number[]): BlockArrivals => ({
  seq,
  createdAtMs: 1000 * seq,
  eligible,
  delaysMs,
  via: { ...noArrivals(), push: delaysMs.length },
});

describe('block figures', () => {
  it('reports the last arrival only when every eligible peer got the block', () => {
    expect(blockFigures(block(1, 4, [0, 20, 40, 60])).lastMs).toBe(60);
    const partial = blockFigures(block(2, 4, [0, 20, 40]));
    expect(partial.lastMs).toBeUndefined();
    expect(partial.coverage).toBe(0.75);
  });

  it('summarizes over blocks: min coverage, median and worst of last arrivals, percentiles over all arrivals', () => {
    const s = summarize([block(1, 4, [0, 10, 20, 30]), block(2, 4, [0, 10, 20, 90]), block(3, 4, [0, 10])]);
    expect(s.coverageMin).toBe(0.5);
    expect(s.completeBlocks).toBe(2);
    expect(s.lastWorstMs).toBe(90);
    expect(s.lastMedianMs).toBe(30);
    expect(s.p50Ms).toBe(10);
    expect(s.p99Ms).toBe(90);
  });
});

describe('coverage over time', () => {
  it('rises as arrivals land and reaches the final coverage', () => {
    const grid = coverageGrid(100);
    const curve = coverageCurve([block(1, 4, [0, 10, 20, 30]), block(2, 4, [0, 50])], grid);
    const at = (t: number) => curve.tMs.indexOf(t);
    expect(curve.mean[at(0)]).toBe(0.25);
    expect(curve.min[at(10)]).toBe(0.25);
    expect(curve.mean[at(30)]).toBe(0.625);
    expect(curve.mean[at(100)]).toBe(0.75);
    expect(curve.min[at(100)]).toBe(0.5);
  });

  it('samples finely early and coarsely late, ending at the horizon', () => {
    const grid = coverageGrid(7_321);
    expect(grid.slice(0, 3)).toEqual([0, 5, 10]);
    expect(grid).toContain(500);
    expect(grid).toContain(5_000);
    expect(grid[grid.length - 1]).toBe(7_321);
    expect([...grid].sort((a, b) => a - b)).toEqual(grid);
  });
});
