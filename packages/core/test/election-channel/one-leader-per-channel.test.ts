import { afterEach, describe, expect, it } from 'vitest';
import { commonLeader, convergeOn } from '../helpers/channel.js';
import { A, B, Cluster } from '../helpers/cluster.js';

let cluster: Cluster;
afterEach(() => cluster?.stopAll());

const leadersOf = (c: Cluster, channel = A) =>
  new Set(c.peers.map((p) => p.gossip.leaderOf(channel)).filter((l) => l !== undefined));

describe('leader election on channels', () => {
  it('each channel agrees on exactly one leader, and the two channels elect independently', async () => {
    cluster = new Cluster({ seed: 41 });
    await cluster.add('boot');
    for (let i = 1; i < 8; i++) await cluster.add(`p${i}`, ['mem://boot']);
    convergeOn(cluster, A);
    const inB = cluster.peers.slice(4);
    for (const peer of inB) peer.gossip.joinChan({}, B);
    cluster.until(() => commonLeader(inB, B) !== undefined);
    expect(leadersOf(cluster)).toHaveProperty('size', 1);
    const leaderB = commonLeader(inB, B);
    expect(inB.map((p) => p.gossip.self.pkiId)).toContain(leaderB);
    cluster.run(5_000);
    expect(leadersOf(cluster)).toHaveProperty('size', 1);
    expect(commonLeader(inB, B)).toBe(leaderB);
  });

  it('when the leader is killed the others elect a new one, which cuts the next block', async () => {
    cluster = new Cluster({ seed: 42, config: { blockMaxTransactions: 1 } });
    await cluster.add('boot');
    for (let i = 1; i < 6; i++) await cluster.add(`p${i}`, ['mem://boot']);
    convergeOn(cluster, A);
    const old = commonLeader(cluster.peers, A);
    const leader = cluster.peers.find((p) => p.gossip.self.pkiId === old)!;
    cluster.kill(leader);
    cluster.until(() => {
      const next = commonLeader(cluster.peers, A);
      return next !== undefined && next !== old;
    }, 20_000);
    const submitter = cluster.peers[0]!;
    submitter.gossip.submitTransaction(A, new Uint8Array([1]));
    cluster.until(() => cluster.peers.every((p) => p.gossip.ledgerHeight(A) === 1));
    expect(cluster.peers[0]!.gossip.blocks(A)[0]?.producer).toBe(commonLeader(cluster.peers, A));
  });

  it('a partition gives one leader per side, and healing brings it back to one', async () => {
    cluster = new Cluster({ seed: 43 });
    await cluster.add('boot');
    for (let i = 1; i < 8; i++) await cluster.add(`p${i}`, ['mem://boot']);
    convergeOn(cluster, A);
    const left = cluster.peers.slice(0, 4);
    const right = cluster.peers.slice(4);
    cluster.net.partition(
      left.map((p) => p.endpoint),
      right.map((p) => p.endpoint),
    );
    cluster.until(() => {
      const l = commonLeader(left, A);
      const r = commonLeader(right, A);
      return l !== undefined && r !== undefined && l !== r;
    }, 30_000);
    expect(left.map((p) => p.gossip.self.pkiId)).toContain(commonLeader(left, A));
    expect(right.map((p) => p.gossip.self.pkiId)).toContain(commonLeader(right, A));
    cluster.net.heal();
    cluster.until(() => cluster.fullMembership(), 30_000);
    cluster.until(() => commonLeader(cluster.peers, A) !== undefined, 30_000);
    cluster.run(3_000);
    expect(leadersOf(cluster)).toHaveProperty('size', 1);
  });
});
