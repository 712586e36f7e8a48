import { presets } from '@webgossip/core';
import { afterEach, describe, expect, it } from 'vitest';
import { commonLeader, convergeOn } from '../helpers/channel.js';
import { A, Cluster, type Peer } from '../helpers/cluster.js';

let cluster: Cluster;
afterEach(() => cluster?.stopAll());

describe('a transaction whose frame to the leader is lost', () => {
  it('is sent to the same leader again and becomes a block everywhere', async () => {
    cluster = new Cluster({ seed: 71 });
    await cluster.add('boot');
    for (let i = 1; i < 6; i++) await cluster.add(`p${i}`, ['mem://boot']);
    convergeOn(cluster, A);
    const leaderId = commonLeader(cluster.peers, A) as string;
    const leader = cluster.peers.find((p) => p.gossip.self.pkiId === leaderId) as Peer;
    const submitter = cluster.peers.find((p) => p !== leader) as Peer;

    // The leader is cut off for the moment the transaction goes to it, then the network heals.
    cluster.net.partition(
      [leader.endpoint],
      cluster.peers.filter((p) => p !== leader).map((p) => p.endpoint),
    );
    submitter.gossip.submitTransaction(A, new Uint8Array([9]));
    cluster.run(5);
    cluster.net.heal();
    expect(leader.gossip.metrics().messagesIn.txMsg ?? 0).toBe(0);

    const took = cluster.until(
      () => cluster.peers.every((p) => p.gossip.ledgerHeight(A) === 1),
      4 * presets.webgossip.leaderAliveThreshold,
    );
    expect(took).toBeGreaterThanOrEqual(presets.webgossip.leaderAliveThreshold);
    expect(commonLeader(cluster.peers, A)).toBe(leaderId);
    const [block] = submitter.gossip.blocks(A);
    expect(block?.producer).toBe(leaderId);
    expect(block?.transactions).toBe(1);
  });
});
