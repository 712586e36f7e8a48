import { describe, expect, it } from 'vitest';
import { HOSTILE_ID } from '../src/faults/hostile-peer.js';
import { runCase } from '../src/faults/run-case.js';
import type { FaultSchedule } from '../src/faults/schedule.js';

/**
 * A hostile peer (packages/sim/src/faults/hostile-peer.ts) against real
 * engines on virtual time: honest peers keep every guarantee of the fault
 * suite (chains, transactions, leaders, views), and the victim closes the
 * offender as misbehaving, counted in its metrics.
 */
describe('a hostile peer inside the network', () => {
  it('leaves honest peers their guarantees and is closed as misbehaving by its victim', async () => {
    const schedule: FaultSchedule = {
      preset: 'webgossip',
      seed: 7,
      peers: 6,
      channelB: [],
      loss: 0.01,
      faults: [{ kind: 'hostile', atMs: 500, peer: 2, durationMs: 4_000 }],
      txs: [
        { atMs: 1_000, peer: 1, channel: 0 },
        { atMs: 3_000, peer: 4, channel: 0 },
      ],
    };
    let misbehaving = 0;
    let backedOff = 0;
    let hostileInViews = 0;
    const result = await runCase(schedule, (world) => {
      for (const peer of world.live()) {
        const metrics = peer.gossip.metrics();
        misbehaving += metrics.links.misbehaving;
        backedOff += metrics.dropped['backed-off'] ?? 0;
        if (peer.gossip.peers().some((m) => m.pkiId === HOSTILE_ID)) hostileInViews++;
      }
    });
    console.log(
      `hostile peer: closed as misbehaving ${misbehaving}×, refused in back-off ${backedOff}×, converged ${result.convergedAfterMs} ms after the heal`,
    );
    expect(result.applied.hostile).toBe(1);
    expect(result.violations).toEqual([]);
    expect(misbehaving).toBeGreaterThanOrEqual(1);
    // It tried again every second and was refused during its back-off.
    expect(backedOff).toBeGreaterThanOrEqual(1);
    expect(hostileInViews).toBe(0);
  });
});
