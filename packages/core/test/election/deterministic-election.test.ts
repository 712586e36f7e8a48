import { describe, expect, it } from 'vitest';
import { ElectionNet, electionConfig } from './election-net.js';

function trace(seed: number): string[] {
  const net = new ElectionNet({ peers: 6, seed });
  const period = 3 * electionConfig.leaderAliveThreshold;
  net.startAll();
  net.runtime.advance(period);
  const first = net.agreement(net.ids).agreed!;
  net.partition(net.ids.slice(0, 3), net.ids.slice(3));
  net.runtime.advance(period);
  net.heal();
  net.runtime.advance(period);
  net.stop(first);
  net.runtime.advance(period);
  return net.changes.map((c) => `${c.at} ${c.peer} ${c.leader ?? '-'} ${c.isSelf}`);
}

describe('determinism', () => {
  it('produces the same leader changes at the same times for the same seed', () => {
    const once = trace(77);
    expect(once.length).toBeGreaterThan(6);
    expect(trace(77)).toEqual(once);
  });
});
