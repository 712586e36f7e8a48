import { createGossip, createVirtualRuntime, MemoryNetwork } from '@webgossip/core';
import { afterEach, describe, expect, it } from 'vitest';
import { A, Cluster } from '../helpers/cluster.js';

let cluster: Cluster;
afterEach(() => cluster?.stopAll());

describe("a static leader (Fabric's useLeaderElection false, orgLeader)", () => {
  it('leads from the start, nobody sends a LeadershipMessage, and a transaction from any peer becomes its block', async () => {
    cluster = new Cluster({ seed: 71, config: { blockMaxTransactions: 1 } });
    await cluster.add('boot', [], { useLeaderElection: false });
    const leader = await cluster.add('p1', ['mem://boot'], { useLeaderElection: false, orgLeader: true });
    for (let i = 2; i < 6; i++) await cluster.add(`p${i}`, ['mem://boot'], { useLeaderElection: false });
    for (const peer of cluster.peers) peer.gossip.joinChan({}, A);
    const n = cluster.peers.length;
    cluster.until(() => cluster.peers.every((p) => p.gossip.peersOfChannel(A).length === n - 1));

    expect(leader.gossip.leaderOf(A)).toBe(leader.gossip.self.pkiId);
    for (const peer of cluster.peers.filter((p) => p !== leader))
      expect(peer.gossip.leaderOf(A)).toBeUndefined();

    const submitter = cluster.peers.find((p) => p.name === 'p4');
    submitter?.gossip.submitTransaction(A, new Uint8Array([4]));
    cluster.until(() => cluster.peers.every((p) => p.gossip.ledgerHeight(A) === 1));
    for (const peer of cluster.peers)
      expect(peer.gossip.blocks(A)[0]?.producer).toBe(leader.gossip.self.pkiId);
    cluster.run(5_000);
    for (const peer of cluster.peers) expect(peer.gossip.metrics().messagesOut.leadershipMsg ?? 0).toBe(0);
  });

  it('refuses a peer configured both to elect and to be the static leader', async () => {
    const runtime = createVirtualRuntime({ seed: 1 });
    const net = new MemoryNetwork(runtime, { latencyMs: 1 });
    await expect(
      createGossip({ runtime, transport: net.transport('mem://x'), endpoint: 'mem://x', orgLeader: true }),
    ).rejects.toThrow(/useLeaderElection and orgLeader/);
  });
});
