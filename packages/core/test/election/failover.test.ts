import { describe, expect, it } from 'vitest';
import { ElectionNet, electionConfig } from './election-net.js';

/** Latency of the declaration that ends the election, with room for jitter. */
const SLACK_MS = 200;

function settled(seed: number) {
  const net = new ElectionNet({ peers: 5, seed });
  net.startAll();
  net.runtime.runUntil(() => net.agreement(net.ids).agreed !== undefined, 10_000);
  return { net, leader: net.agreement(net.ids).agreed! };
}

describe('failover', () => {
  it.each([1, 2, 3])('elects a new leader after the leader falls silent (seed %i)', (seed) => {
    const { net, leader } = settled(seed);
    net.runtime.advance(seed * 333);

    net.stop(leader);
    const took = net.runtime.runUntil(
      () => net.agreement(net.running()).agreed !== undefined,
      electionConfig.leaderAliveThreshold + electionConfig.leaderElectionDuration + SLACK_MS,
    );

    expect(took).toBeGreaterThan(0);
    expect(net.agreement(net.running()).agreed).toBe(net.lowest(net.running()));
    net.runtime.advance(5 * electionConfig.leaderAliveThreshold);
    expect(net.agreement(net.running()).leaders).toHaveLength(1);
  });

  it('elects again at the next membership sample when the leader leaves the view, well before its declarations are overdue', () => {
    const { net, leader } = settled(5);
    const rest = net.ids.filter((id) => id !== leader);
    net.runtime.advance(123);

    // The leader goes from every other peer's view (it left the channel) while it still declares.
    net.partition([leader]);
    const took = net.runtime.runUntil(
      () => net.agreement(rest).agreed !== undefined,
      electionConfig.membershipSampleInterval + electionConfig.leaderElectionDuration + SLACK_MS,
    );

    expect(took).toBeLessThan(electionConfig.leaderAliveThreshold);
    expect(net.agreement(rest).agreed).toBe(net.lowest(rest));
  });

  it('hands leadership to another peer when the leader yields, and the yielder follows it', () => {
    const { net, leader } = settled(4);

    net.node(leader).yield();
    expect(net.node(leader).isLeader()).toBe(false);
    net.runtime.runUntil(() => {
      const { agreed } = net.agreement(net.ids);
      return agreed !== undefined && agreed !== leader;
    }, 10_000);

    const successor = net.agreement(net.ids).agreed;
    expect(successor).toBe(net.lowest(net.ids.filter((id) => id !== leader)));
    expect(net.node(leader).leader()).toBe(successor);
  });

  it('lets a peer that yielded lead again once another leader has been elected and died', () => {
    const net = new ElectionNet({ peers: 3, seed: 9 });
    net.startAll();
    net.runtime.runUntil(() => net.agreement(net.ids).agreed !== undefined, 10_000);
    const first = net.agreement(net.ids).agreed!;
    net.node(first).yield();
    net.runtime.runUntil(() => net.agreement(net.ids).agreed !== undefined, 10_000);
    const successor = net.agreement(net.ids).agreed!;

    net.stop(successor);
    net.runtime.runUntil(
      () => net.agreement(net.running()).agreed !== undefined,
      electionConfig.leaderAliveThreshold + electionConfig.leaderElectionDuration + SLACK_MS,
    );

    expect(net.agreement(net.running()).agreed).toBe(first);
  });

  it('sends nothing and reports nothing after stop', () => {
    const { net, leader } = settled(6);
    for (const id of net.ids) net.stop(id);
    const changes = net.changes.length;

    net.runtime.advance(10 * electionConfig.leaderAliveThreshold);
    net.node(leader).handleMessage(net.ids.find((id) => id !== leader)!, true);

    expect(net.runtime.pending()).toBe(0);
    expect(net.changes.length).toBe(changes);
    expect(net.node(leader).isLeader()).toBe(false);
  });
});
