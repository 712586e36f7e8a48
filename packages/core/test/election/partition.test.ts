import { describe, expect, it } from 'vitest';
import { ElectionNet, electionConfig } from './election-net.js';

const BUDGET_MS = 10_000;
/** After healing, the lower leader's next declaration settles everyone. */
const HEAL_MS = electionConfig.leaderAliveThreshold / 2 + 200;

describe('partitions', () => {
  it.each([11, 12, 13])(
    'gives one leader per side, and one again (the lowest) after healing (seed %i)',
    (seed) => {
      const net = new ElectionNet({ peers: 6, seed });
      net.startAll();
      net.runtime.runUntil(() => net.agreement(net.ids).agreed !== undefined, BUDGET_MS);
      const leader = net.agreement(net.ids).agreed!;
      const others = net.ids.filter((id) => id !== leader);
      const sideA = [leader, ...others.slice(0, 2)];
      const sideB = others.slice(2);

      net.partition(sideA, sideB);
      net.runtime.runUntil(
        () => net.agreement(sideA).agreed === leader && net.agreement(sideB).agreed === net.lowest(sideB),
        BUDGET_MS,
      );
      const bLeader = net.agreement(sideB).agreed!;
      expect(net.agreement(net.ids).leaders.sort()).toEqual([leader, bLeader].sort());

      net.heal();
      net.runtime.runUntil(() => net.agreement(net.ids).agreed !== undefined, HEAL_MS);

      expect(net.agreement(net.ids).agreed).toBe(net.lowest(net.ids));
      expect(net.node(bLeader).isLeader()).toBe(false);
    },
  );

  it('elects the lowest of a side that loses the leader, while the leader’s side keeps it', () => {
    const net = new ElectionNet({ peers: 7, seed: 21 });
    net.startAll();
    net.runtime.runUntil(() => net.agreement(net.ids).agreed !== undefined, BUDGET_MS);
    const leader = net.agreement(net.ids).agreed!;
    const rest = net.ids.filter((id) => id !== leader);

    net.partition([leader], rest);
    net.runtime.runUntil(() => net.agreement(rest).agreed !== undefined, BUDGET_MS);

    expect(net.agreement(rest).agreed).toBe(net.lowest(rest));
    expect(net.node(leader).isLeader()).toBe(true);
  });
});
