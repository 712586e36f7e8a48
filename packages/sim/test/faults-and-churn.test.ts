import { describe, expect, it } from 'vitest';
import { runScenario } from '../src/harness/run-scenario.js';
import { validateScenario } from '../src/scenario/validate-scenario.js';

describe('faults and churn in the simulator', () => {
  it('blocks cut during a partition reach every live member after the heal, crashed peers aside', async () => {
    const result = await runScenario(
      validateScenario({
        name: 'faults',
        seed: 5,
        peers: 10,
        blocks: { count: 4, intervalMs: 1_000, settleMs: 20_000 },
        events: [
          { atMs: 500, action: 'crash', peers: 1 },
          { atMs: 600, action: 'leave', peers: 1 },
          { atMs: 700, action: 'partition', groups: 2 },
          { atMs: 2_600, action: 'heal' },
          { atMs: 2_700, action: 'join', peers: 2 },
        ],
      }),
    );
    expect(result.events.map((e) => e.action)).toEqual(['crash', 'leave', 'partition', 'heal', 'join']);
    expect(result.dissemination.blocks).toBe(4);
    // 10 - 1 crashed - 1 left = 8 members for the early blocks; the 2 joiners count from their join on.
    expect(result.blocks[0]?.eligible).toBe(8);
    expect(result.blocks[3]?.eligible).toBe(10);
    expect(result.dissemination.coverageMin).toBe(1);
  });

  it('times a crash without goodbye until every live peer has seen it dead', async () => {
    const result = await runScenario(
      validateScenario({
        name: 'crash',
        seed: 9,
        peers: 8,
        blocks: { count: 1 },
        measureFailureDetection: true,
      }),
    );
    const fd = result.failureDetection;
    expect(fd?.detectedShare).toBe(1);
    // Expiration counts from the last alive heard, which came at most one alive interval before the crash.
    const { aliveExpirationTimeout, aliveTimeInterval } = result.engine;
    expect(fd?.detectedByAllMs).toBeGreaterThanOrEqual(aliveExpirationTimeout - aliveTimeInterval);
    expect(result.setup.membershipConvergedMs).toBeGreaterThan(0);
  });
});
