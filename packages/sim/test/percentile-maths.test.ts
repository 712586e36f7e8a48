import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lowerBoundHops, median, percentile, percentiles } from '../src/stats/percentile.js';

describe('nearest-rank percentiles', () => {
  it('picks observed values by rank', () => {
    const values = [15, 20, 35, 40, 50];
    expect(percentile(values, 5)).toBe(15);
    expect(percentile(values, 30)).toBe(20);
    expect(percentile(values, 40)).toBe(20);
    expect(percentile(values, 50)).toBe(35);
    expect(percentile(values, 100)).toBe(50);
    expect(percentile(values, 0)).toBe(15);
  });

  it('p99 of 100 samples is the 99th smallest, not the largest', () => {
    const values = Array.from({ length: 100 }, (_, i) => 100 - i);
    expect(percentile(values, 99)).toBe(99);
    expect(median(values)).toBe(50);
  });

  it('has no figure for no samples and refuses a p outside 0..100', () => {
    expect(percentile([], 50)).toBeUndefined();
    expect(() => percentile([1], 101)).toThrow(RangeError);
    expect(() => percentiles([1], [-1])).toThrow(RangeError);
  });

  it('is an observed value with at least p% of samples at or below it', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -1000, max: 1000 }), { minLength: 1 }),
        fc.integer({ min: 1, max: 100 }),
        (xs, p) => {
          const v = percentile(xs, p) as number;
          expect(xs).toContain(v);
          const atOrBelow = xs.filter((x) => x <= v).length;
          const below = xs.filter((x) => x < v).length;
          expect(atOrBelow / xs.length).toBeGreaterThanOrEqual(p / 100);
          expect(below / xs.length).toBeLessThan(p / 100);
        },
      ),
    );
  });

  it('percentiles agree with percentile', () => {
    const xs = [5, 1, 9, 3, 7, 2];
    const many = percentiles(xs, [50, 99]);
    expect(many[50]).toBe(percentile(xs, 50));
    expect(many[99]).toBe(percentile(xs, 99));
  });
});

describe('lower bound ceil(log_(f+1) N)', () => {
  it('matches the issue figures for fanout 3 at 20 ms a hop', () => {
    expect(lowerBoundHops(1_000, 3) * 20).toBe(100);
    expect(lowerBoundHops(10_000, 3) * 20).toBe(140);
    expect(lowerBoundHops(100, 3)).toBe(4);
  });

  it('is exact at powers of f+1', () => {
    expect(lowerBoundHops(64, 3)).toBe(3);
    expect(lowerBoundHops(65, 3)).toBe(4);
    expect(lowerBoundHops(1, 3)).toBe(0);
    expect(lowerBoundHops(1000, 999)).toBe(1);
  });

  it('refuses nonsense', () => {
    expect(() => lowerBoundHops(0, 3)).toThrow(RangeError);
    expect(() => lowerBoundHops(10, 0)).toThrow(RangeError);
  });
});
