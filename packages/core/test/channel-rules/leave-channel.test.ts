import { afterEach, describe, expect, it } from 'vitest';
import { convergeOn } from '../helpers/channel.js';
import { A, B, Cluster, type Peer } from '../helpers/cluster.js';

let cluster: Cluster;
afterEach(() => cluster?.stopAll());

const tx = (i: number) => new TextEncoder().encode(`tx-${i}`);

async function channelOf(size: number): Promise<Peer[]> {
  cluster = new Cluster({ seed: Number(process.env.SEED ?? 61) });
  await cluster.add('boot');
  for (let i = 1; i < size; i++) await cluster.add(`p${i}`, ['mem://boot']);
  convergeOn(cluster, A);
  return cluster.peers;
}

describe('leaving a channel', () => {
  it('drops the peer from everyone’s peersOfChannel but not from peers(), and its height stops', async () => {
    const peers = await channelOf(6);
    const leader = peers[0]?.gossip.leaderOf(A);
    const leaver = peers.find((p) => p.gossip.self.pkiId !== leader && p.name !== 'boot') as Peer;
    const stayers = peers.filter((p) => p !== leaver);
    const submitter = stayers.find((p) => p.gossip.self.pkiId !== leader) as Peer;
    submitter.gossip.submitTransaction(A, tx(0));
    cluster.until(() => peers.every((p) => p.gossip.ledgerHeight(A) === 1), 10_000);

    leaver.gossip.leaveChan(A);
    const id = leaver.gossip.self.pkiId;
    cluster.until(
      () => stayers.every((p) => !p.gossip.peersOfChannel(A).some((m) => m.pkiId === id)),
      10_000,
    );
    expect(leaver.gossip.peersOfChannel(A)).toEqual([]);
    expect(leaver.gossip.channels()).not.toContain(A);
    for (const peer of stayers) {
      expect(peer.gossip.peers().map((m) => m.pkiId)).toContain(id);
      expect(peer.gossip.peersOfChannel(A)).toHaveLength(stayers.length - 1);
    }

    const blocksBefore = leaver.events.length;
    const framesBefore = { ...leaver.gossip.metrics().messagesIn };
    for (let i = 1; i <= 3; i++) submitter.gossip.submitTransaction(A, tx(i));
    cluster.until(() => stayers.every((p) => p.gossip.ledgerHeight(A) >= 2), 10_000);
    cluster.until(
      () => stayers.every((p) => p.gossip.ledgerHeight(A) === stayers[0]?.gossip.ledgerHeight(A)),
      10_000,
    );
    // Several pull and anti-entropy rounds: none of them may bring the leaver a block.
    cluster.run(5_000);
    expect(stayers.every((p) => p.gossip.ledgerHeight(A) >= 2)).toBe(true);
    expect(leaver.gossip.ledgerHeight(A)).toBe(1);
    expect(leaver.events.slice(blocksBefore)).toEqual([]);
    // No peer even sends it a block any more.
    expect(leaver.gossip.metrics().messagesIn.dataMsg ?? 0).toBe(framesBefore.dataMsg ?? 0);
    // It remains a full member of the network and of no channel it left.
    expect(leaver.gossip.peers()).toHaveLength(peers.length - 1);
    expect(leaver.gossip.peersOfChannel(A)).toEqual([]);
  });

  it('of one channel leaves the peer in its other channels', async () => {
    const peers = await channelOf(4);
    for (const peer of peers) peer.gossip.joinChan({}, B);
    cluster.until(() => peers.every((p) => p.gossip.peersOfChannel(B).length === peers.length - 1));
    const leaver = peers[peers.length - 1] as Peer;
    leaver.gossip.leaveChan(A);
    const id = leaver.gossip.self.pkiId;
    const others = peers.filter((p) => p !== leaver);
    cluster.until(() => others.every((p) => !p.gossip.peersOfChannel(A).some((m) => m.pkiId === id)), 10_000);
    cluster.run(2_000);
    expect(others.every((p) => p.gossip.peersOfChannel(B).some((m) => m.pkiId === id))).toBe(true);
    expect(leaver.gossip.peersOfChannel(B)).toHaveLength(peers.length - 1);
    expect(leaver.gossip.channels()).toEqual([B]);
  });
});
