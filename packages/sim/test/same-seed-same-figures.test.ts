import { describe, expect, it } from 'vitest';
import { runScenario } from '../src/harness/run-scenario.js';
import { seededPart } from '../src/harness/sim-result.js';
import { validateScenario } from '../src/scenario/validate-scenario.js';

const small = (seed: number) =>
  validateScenario({ name: 'tiny', seed, peers: 8, blocks: { count: 2, intervalMs: 500, settleMs: 10_000 } });

describe('a seeded simulation of real engines', () => {
  it('gives the same figures for the same seed, and every live member gets every block', async () => {
    const a = await runScenario(small(3));
    const b = await runScenario(small(3));
    expect(seededPart(b)).toEqual(seededPart(a));
    expect(a.dissemination.blocks).toBe(2);
    expect(a.dissemination.coverageMin).toBe(1);
    expect(a.setup.timedOut).toBe(false);
    expect(a.crypto).toMatch(/signatures are NOT real/);
    expect(a.resources.wallMs).toBeGreaterThan(0);
    expect(a.resources.peakRssBytes).toBeGreaterThan(0);
  });

  it('gives other arrival times for another seed', async () => {
    const a = await runScenario(small(3));
    const c = await runScenario(small(4));
    expect(c.dissemination.coverageMin).toBe(1);
    expect(c.blocks.map((block) => block.p99Ms)).not.toEqual(a.blocks.map((block) => block.p99Ms));
  });
});
