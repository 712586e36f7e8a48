import { afterEach, describe, expect, it } from 'vitest';
import { commonLeader, convergeOn } from '../helpers/channel.js';
import { A, Cluster, type Peer } from '../helpers/cluster.js';

let cluster: Cluster;
afterEach(() => cluster?.stopAll());

/** Starts 16 peers on one channel, cuts one block at the leader and counts the leader's DataMessages. */
async function publishOne(publishPeerNum: number): Promise<{ sent: number; linkedMembers: number }> {
  cluster = new Cluster({ seed: 61, record: true, config: { publishPeerNum, blockMaxTransactions: 1 } });
  await cluster.add('boot', [], { maxConnections: 1000 });
  for (let i = 1; i < 16; i++) await cluster.add(`p${i}`, ['mem://boot']);
  convergeOn(cluster, A, 60_000);
  const leader = cluster.peers.find((p) => p.gossip.self.pkiId === commonLeader(cluster.peers, A)) as Peer;
  const linked = new Set(leader.gossip.links().map((l) => l.pkiId));
  const linkedMembers = leader.gossip.peersOfChannel(A).filter((m) => linked.has(m.pkiId)).length;
  const before = leader.events.length;
  leader.gossip.submitTransaction(A, new TextEncoder().encode('tx'));
  cluster.until(() => cluster.peers.every((p) => p.gossip.ledgerHeight(A) === 1), 5_000);
  const sent = leader.events
    .slice(before)
    .filter((e) => e.type === 'message-out' && e.kind === 'dataMsg').length;
  return { sent, linkedMembers };
}

describe("a block's producer", () => {
  it('pushes its own block to publishPeerNum linked channel peers at once', async () => {
    const { sent, linkedMembers } = await publishOne(8);
    expect(linkedMembers).toBeGreaterThan(3);
    expect(sent).toBe(Math.min(8, linkedMembers));
  });

  it('with publishPeerNum 0 pushes to propagatePeerNum peers, as every other peer does', async () => {
    const { sent } = await publishOne(0);
    expect(sent).toBe(3);
  });
});
