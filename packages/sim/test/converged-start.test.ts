import { describe, expect, it } from 'vitest';
import { ConvergedView, viewSizeFor } from '../src/harness/converged-view.js';
import { runScenario } from '../src/harness/run-scenario.js';
import { endpointOf } from '../src/harness/sim-world.js';
import { validateScenario } from '../src/scenario/validate-scenario.js';

describe('converged start', () => {
  it('seeds a symmetric partial view of about the asked size, the same for the same seed', () => {
    const view = new ConvergedView(9, 200, 10, endpointOf);
    const again = new ConvergedView(9, 200, 10, endpointOf);
    for (let i = 0; i < 200; i++) {
      const mine = view.membersOf(i);
      expect(mine.map((m) => m.pkiId)).toEqual(again.membersOf(i).map((m) => m.pkiId));
      expect(mine.some((m) => m.endpoint === endpointOf(i))).toBe(false);
      for (const member of mine) {
        const j = view.members.findIndex((m) => m.pkiId === member.pkiId);
        expect(view.membersOf(j).some((m) => m.endpoint === endpointOf(i))).toBe(true);
      }
    }
    expect(view.meanView()).toBeGreaterThanOrEqual(9);
    expect(view.meanView()).toBeLessThanOrEqual(14);
    expect(viewSizeFor(50, 0)).toBe(49);
    expect(viewSizeFor(10_000, 0)).toBe(40);
  });

  it('delivers every block to every peer when peers start knowing only part of the network', async () => {
    const result = await runScenario(
      validateScenario({
        name: 'converged',
        seed: 4,
        peers: 24,
        start: 'converged',
        knownPeers: 6,
        heartbeatScale: 20,
        blocks: { count: 2, intervalMs: 500, settleMs: 10_000 },
      }),
    );
    expect(result.setup.start).toBe('converged');
    expect(result.setup.initialView).toBeGreaterThanOrEqual(5);
    expect(result.setup.timedOut).toBe(false);
    expect(result.dissemination.blocks).toBe(2);
    expect(result.dissemination.coverageMin).toBe(1);
  });
});
