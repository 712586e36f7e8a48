import { createVirtualRuntime, type PkiId } from '@webgossip/core';
import { describe, expect, it } from 'vitest';
import { LeaderElection } from '../../src/election/index.js';
import { electionConfig } from './election-net.js';

const [LOW, SELF, HIGH] = ['10', '20', '30'].map((p) => p.repeat(8)) as [PkiId, PkiId, PkiId];

/** One election driven by hand: a view of two peers that never speak unless the test says so. */
function leaderAlone() {
  const runtime = createVirtualRuntime({ seed: 1 });
  const gossiped: boolean[] = [];
  const changes: [PkiId | undefined, boolean][] = [];
  const node = new LeaderElection({
    self: SELF,
    runtime,
    config: electionConfig,
    adapter: { gossip: (isDeclaration) => gossiped.push(isDeclaration), peers: () => [LOW, HIGH] },
    onChange: (leader, isSelf) => changes.push([leader, isSelf]),
  });
  node.start();
  runtime.runUntil(() => node.isLeader(), 10_000, 1);
  gossiped.length = 0;
  return { runtime, node, gossiped, changes };
}

describe('a leader and its rivals', () => {
  it('answers a proposal with a declaration at once', () => {
    const { node, gossiped } = leaderAlone();
    node.handleMessage(LOW, false);
    expect(gossiped).toEqual([true]);
    expect(node.isLeader()).toBe(true);
  });

  it('answers a rival leader with a higher PKI-ID at once, and keeps leading', () => {
    const { node, gossiped } = leaderAlone();
    node.handleMessage(HIGH, true);
    expect(gossiped).toEqual([true]);
    expect(node.leader()).toBe(SELF);
  });

  it('steps down for a rival leader with a lower PKI-ID', () => {
    const { runtime, node, gossiped, changes } = leaderAlone();
    node.handleMessage(LOW, true);
    runtime.advance(electionConfig.leaderAliveThreshold / 2);

    expect(node.isLeader()).toBe(false);
    expect(node.leader()).toBe(LOW);
    expect(gossiped).toEqual([]);
    expect(changes).toEqual([
      [SELF, true],
      [LOW, false],
    ]);
  });
});
