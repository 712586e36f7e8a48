import { afterEach, describe, expect, it } from 'vitest';
import { commonLeader, convergeOn, submitMany } from '../helpers/channel.js';
import { A, Cluster } from '../helpers/cluster.js';

let cluster: Cluster;
afterEach(() => cluster?.stopAll());

describe('dissemination under loss', () => {
  it('50 peers, 100 blocks, 20% of all frames lost: every block reaches every peer', async () => {
    cluster = new Cluster({ seed: 21, config: { blockMaxTransactions: 1 } });
    // The bootstrap peer serves everyone, as the signaling server does: its links are not capped.
    await cluster.add('boot', [], { maxConnections: 1000 });
    for (let i = 1; i < 50; i++) await cluster.add(`p${i}`, ['mem://boot']);
    convergeOn(cluster, A);
    cluster.net.configure({ loss: 0.2 });
    // The leader cuts the blocks itself, so this measures dissemination, not transaction delivery.
    const leader = cluster.peers.find((p) => p.gossip.self.pkiId === commonLeader(cluster.peers, A))!;
    submitMany(cluster, leader, A, 100, 50);
    cluster.until(() => cluster.peers.every((p) => p.gossip.ledgerHeight(A) === 100), 60_000);
    for (const peer of cluster.peers) {
      expect(peer.gossip.blocks(A).map((b) => b.seq)).toEqual([...Array(100).keys()]);
    }
    expect(cluster.net.stats.lost).toBeGreaterThan(0);
    // Fifty engines with real signatures are heavy for two busy cores; the deadlines above are virtual time.
  }, 300_000);
});
