import { describe, expect, it } from 'vitest';
import { StateInfoPulls } from '../../src/channel/channel-mesh.js';
import { presets } from '../../src/config.js';
import type { PkiId } from '../../src/ids.js';
import { createVirtualRuntime } from '../../src/runtime/index.js';

const ids = (n: number) => Array.from({ length: n }, (_, i) => `${i}`.padStart(64, '0') as PkiId);

/** A peer in a 31-peer network that knows no member of its channel yet. */
function lonelyMember() {
  const alive = ids(30);
  const pulls = new StateInfoPulls({
    config: presets.webgossip,
    runtime: createVirtualRuntime({ seed: 3 }),
    isLinked: () => false,
  });
  // The first sweep asks every alive peer once (one a round, each needing a dial) and finds no member.
  for (let round = 0; round < 40; round++) pulls.targets([], alive);
  return { pulls, alive };
}

describe('where StateInfo pull requests go', () => {
  it('asks a peer that asked for the channel every round until its StateInfo arrives', () => {
    const { pulls, alive } = lonelyMember();
    const asker = alive[17] as PkiId;
    pulls.askedBy(asker);
    for (let round = 0; round < 5; round++) expect(pulls.targets([], alive)).toContain(asker);
    // Its StateInfo arrived: a member now, asked as members are, no longer as an asker.
    const rounds = Array.from({ length: 10 }, () => pulls.targets([asker], alive));
    expect(rounds.every((targets) => targets.filter((id) => id === asker).length === 1)).toBe(true);
  });

  it('forgets an asker that died', () => {
    const { pulls, alive } = lonelyMember();
    const asker = alive[4] as PkiId;
    pulls.askedBy(asker);
    const without = alive.filter((id) => id !== asker);
    expect(pulls.targets([], without)).not.toContain(asker);
    expect(pulls.targets([], alive).filter((id) => id === asker).length).toBeLessThanOrEqual(1);
  });

  it('after the first sweep, explores beyond known members only now and then', () => {
    const { pulls, alive } = lonelyMember();
    const asked = Array.from({ length: 10 }, () => pulls.targets([], alive).length);
    // One every channelExploreInterval (5 s) at one round a requestStateInfoInterval (1 s).
    expect(asked.reduce((a, b) => a + b, 0)).toBe(2);
  });
});
