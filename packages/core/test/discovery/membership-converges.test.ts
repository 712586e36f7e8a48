import { presets } from '@webgossip/core';
import { afterEach, describe, expect, it } from 'vitest';
import { Cluster } from '../helpers/cluster.js';

let cluster: Cluster;
afterEach(() => cluster?.stopAll());

describe('membership', () => {
  it('a bootstrap peer and 10 others reach full views', async () => {
    cluster = new Cluster({ seed: 3 });
    await cluster.add('boot');
    for (let i = 0; i < 10; i++) await cluster.add(`p${i}`, ['mem://boot']);
    const took = cluster.until(() => cluster.fullMembership(), 20_000);
    expect(cluster.peers.every((p) => p.gossip.peers().length === 10)).toBe(true);
    expect(took).toBeLessThan(20_000);
  });
});

describe('membership across groups and restarts', () => {
  it('three bootstrap groups of four merge into one view of 15 once bridging peers join', async () => {
    cluster = new Cluster({ seed: 11 });
    for (const g of [0, 1, 2]) {
      await cluster.add(`boot${g}`);
      for (let i = 0; i < 3; i++) await cluster.add(`g${g}p${i}`, [`mem://boot${g}`]);
    }
    const group = (g: number) =>
      cluster.peers.filter((p) => p.name === `boot${g}` || p.name.startsWith(`g${g}`));
    cluster.until(() => [0, 1, 2].every((g) => group(g).every((p) => p.gossip.peers().length === 3)));
    expect(cluster.peers.every((p) => p.gossip.peers().length === 3)).toBe(true);
    await cluster.add('bridge01', ['mem://boot0', 'mem://boot1']);
    await cluster.add('bridge12', ['mem://boot1', 'mem://boot2']);
    await cluster.add('bridge20', ['mem://boot2', 'mem://boot0']);
    cluster.until(() => cluster.fullMembership(), 30_000);
    expect(cluster.peers.every((p) => p.gossip.peers().length === 14)).toBe(true);
  });

  it('a killed peer is seen dead by all, and alive again after a restart with a newer inc_num', async () => {
    cluster = new Cluster({ seed: 12 });
    await cluster.add('boot');
    for (let i = 0; i < 6; i++) await cluster.add(`p${i}`, ['mem://boot']);
    cluster.until(() => cluster.fullMembership());
    const victim = cluster.peers[3]!;
    const victimId = victim.gossip.self.pkiId;
    cluster.kill(victim);
    const others = () => cluster.peers;
    const deadAfter = cluster.until(() =>
      others().every((p) => p.gossip.deadPeers().some((m) => m.pkiId === victimId)),
    );
    const { aliveExpirationTimeout, aliveExpirationCheckInterval } = presets.webgossip;
    expect(deadAfter).toBeLessThanOrEqual(aliveExpirationTimeout + aliveExpirationCheckInterval + 1000);
    expect(others().every((p) => !p.gossip.peers().some((m) => m.pkiId === victimId))).toBe(true);
    cluster.net.revive(victim.endpoint);
    const back = await cluster.add(victim.name, ['mem://boot']);
    expect(back.gossip.self.pkiId).toBe(victimId);
    cluster.until(
      () => others().every((p) => p === back || p.gossip.peers().some((m) => m.pkiId === victimId)),
      20_000,
    );
    cluster.until(() => cluster.fullMembership());
  });
});
