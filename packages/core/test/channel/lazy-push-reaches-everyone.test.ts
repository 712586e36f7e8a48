import { afterEach, describe, expect, it } from 'vitest';
import { commonLeader, convergeOn, submitMany, vias } from '../helpers/channel.js';
import { A, Cluster } from '../helpers/cluster.js';

let cluster: Cluster;
afterEach(() => cluster?.stopAll());

describe('lazy push', () => {
  it('with a push fanout of 2, adverts to the other neighbours still deliver every block within a second', async () => {
    cluster = new Cluster({
      seed: 51,
      config: {
        propagatePeerNum: 2,
        lazyPushPeerNum: 8,
        blockMaxTransactions: 1,
        // Periodic pull and state transfer far too slow to be what delivers the blocks here.
        pullInterval: 60_000,
        antiEntropyInterval: 60_000,
      },
    });
    await cluster.add('boot', [], { maxConnections: 1000 });
    for (let i = 1; i < 30; i++) await cluster.add(`p${i}`, ['mem://boot']);
    convergeOn(cluster, A, 60_000);
    const leader = cluster.peers.find((p) => p.gossip.self.pkiId === commonLeader(cluster.peers, A))!;
    submitMany(cluster, leader, A, 5, 20);
    const took = cluster.until(() => cluster.peers.every((p) => p.gossip.ledgerHeight(A) === 5), 1_000);
    expect(took).toBeLessThan(1_000);
    const how = cluster.peers.flatMap(vias);
    expect(how.filter((v) => v === 'pull').length).toBeGreaterThan(0);
    expect(how.every((v) => v === 'push' || v === 'pull' || v === 'self')).toBe(true);
  });
});
