import { presets } from '@webgossip/core';
import { afterEach, describe, expect, it } from 'vitest';
import { commonLeader, convergeOn } from '../helpers/channel.js';
import { A, Cluster, type Peer } from '../helpers/cluster.js';

let cluster: Cluster;
afterEach(() => cluster?.stopAll());

const heightsOf = (peers: Peer[]) => peers.map((p) => p.gossip.ledgerHeight(A));

async function convergedCluster(seed: number, blockTimeout: number): Promise<Peer> {
  cluster = new Cluster({ seed, config: { blockMaxTransactions: 10, blockTimeout } });
  await cluster.add('boot');
  for (let i = 1; i < 6; i++) await cluster.add(`p${i}`, ['mem://boot']);
  convergeOn(cluster, A);
  const leaderId = commonLeader(cluster.peers, A);
  return cluster.peers.find((p) => p.gossip.self.pkiId === leaderId) as Peer;
}

describe('transactions outlive the leader they were sent to, and the frames that carried them', () => {
  it('a transaction submitted after the leader left the channel becomes a block at every peer still in it', async () => {
    const leader = await convergedCluster(61, 100);
    const stayers = cluster.peers.filter((p) => p !== leader);
    // The highest PKI-ID will not lead next, so the block has to come from another peer.
    const submitter = [...stayers].sort((a, b) =>
      a.gossip.self.pkiId < b.gossip.self.pkiId ? 1 : -1,
    )[0] as Peer;
    leader.gossip.leaveChan(A);
    const leaderId = leader.gossip.self.pkiId;
    cluster.until(() => stayers.every((p) => !p.gossip.peersOfChannel(A).some((m) => m.pkiId === leaderId)));

    submitter.gossip.submitTransaction(A, new Uint8Array([7]));
    // The stayers elect a new leader at their next membership sample, without waiting for the old one's
    // declarations to be overdue, and it cuts the transaction.
    const took = cluster.until(() => heightsOf(stayers).every((h) => h === 1), 10_000);

    expect(took).toBeLessThan(presets.webgossip.leaderAliveThreshold);
    const next = commonLeader(stayers, A);
    expect(next).toBeDefined();
    expect(next).not.toBe(leaderId);
    expect(submitter.gossip.blocks(A)[0]?.producer).toBe(next);
    expect(leader.gossip.ledgerHeight(A)).toBe(0);
  });

  it('a transaction the leader received but had not cut when it crashed is sent again to the next leader', async () => {
    // The leader waits 3 s before cutting, and dies meanwhile with the transaction in its pool.
    const leader = await convergedCluster(62, 3_000);
    const others = cluster.peers.filter((p) => p !== leader);
    const submitter = others[0] as Peer;
    const received = leader.gossip.metrics().messagesIn.txMsg ?? 0;
    submitter.gossip.submitTransaction(A, new Uint8Array([8]));
    cluster.until(() => (leader.gossip.metrics().messagesIn.txMsg ?? 0) > received);
    cluster.kill(leader);

    cluster.until(() => heightsOf(others).every((h) => h === 1), 30_000);
    const blocks = submitter.gossip.blocks(A);
    expect(blocks).toHaveLength(1);
    expect(blocks[0]?.producer).toBe(commonLeader(others, A));
    expect(blocks[0]?.producer).not.toBe(leader.gossip.self.pkiId);
  });

  it('a transaction whose frame to the leader was lost is sent to the same leader again and becomes a block everywhere', async () => {
    const leader = await convergedCluster(71, 100);
    const leaderId = leader.gossip.self.pkiId;
    const others = cluster.peers.filter((p) => p !== leader);
    const submitter = others[0] as Peer;

    // The leader is cut off for the moment the transaction goes to it, then the network heals.
    cluster.net.partition(
      [leader.endpoint],
      others.map((p) => p.endpoint),
    );
    submitter.gossip.submitTransaction(A, new Uint8Array([9]));
    cluster.run(5);
    cluster.net.heal();
    expect(leader.gossip.metrics().messagesIn.txMsg ?? 0).toBe(0);

    const took = cluster.until(
      () => heightsOf(cluster.peers).every((h) => h === 1),
      4 * presets.webgossip.leaderAliveThreshold,
    );
    expect(took).toBeGreaterThanOrEqual(presets.webgossip.leaderAliveThreshold);
    expect(commonLeader(cluster.peers, A)).toBe(leaderId);
    const [block] = submitter.gossip.blocks(A);
    expect(block?.producer).toBe(leaderId);
    expect(block?.transactions).toBe(1);
  });
});
