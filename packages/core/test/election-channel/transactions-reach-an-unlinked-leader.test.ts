import { presets } from '@webgossip/core';
import { afterEach, describe, expect, it } from 'vitest';
import { commonLeader, convergeOn, submitMany } from '../helpers/channel.js';
import { A, Cluster, type Peer } from '../helpers/cluster.js';

let cluster: Cluster;
afterEach(() => cluster?.stopAll());

/** Longer than any test runs: a dial between the cut pair never completes, as a WebRTC dial with no signaling relay. */
const NEVER_MS = 24 * 3600 * 1000;
const LATENCY_MS = 20;

/**
 * Five peers on a memory network where one pair, the channel's leader and a
 * submitter, cannot dial each other (the dial hangs until the handshake
 * deadline, as a WebRTC dial does while the signaling server is down), while
 * both stay linked to the three others.
 */
async function clusterWithUnlinkablePair(seed: number): Promise<{ leader: Peer; submitter: Peer }> {
  const cut = new Set<string>();
  cluster = new Cluster({
    seed,
    network: { latency: (from, to) => (cut.has(from) && cut.has(to) ? NEVER_MS : LATENCY_MS) },
  });
  await cluster.add('boot');
  for (let i = 1; i < 5; i++) await cluster.add(`p${i}`, ['mem://boot']);
  // The election makes the lowest PKI-ID the leader; the cut is in place before any link opens.
  const byId = [...cluster.peers].sort((a, b) => (a.gossip.self.pkiId < b.gossip.self.pkiId ? -1 : 1));
  const leader = byId[0] as Peer;
  const submitter = byId.find((p) => p !== leader && p.name !== 'boot') as Peer;
  // Neither may be the bootstrap peer, or the cut would keep the other one out of the network.
  expect(leader.name).not.toBe('boot');
  cut.add(leader.endpoint).add(submitter.endpoint);
  convergeOn(cluster, A);
  expect(commonLeader(cluster.peers, A)).toBe(leader.gossip.self.pkiId);
  return { leader, submitter };
}

describe('transactions reach a leader the submitter holds no link to and cannot dial', () => {
  it('every transaction of a submitter that cannot dial the leader becomes a block at every peer', async () => {
    const { leader, submitter } = await clusterWithUnlinkablePair(5);
    const links = (p: Peer) => p.gossip.links().map((l) => l.pkiId);
    // The precondition of the fault: no link between the pair, and links from both to everyone else.
    expect(links(submitter)).not.toContain(leader.gossip.self.pkiId);
    expect(links(submitter)).toHaveLength(cluster.peers.length - 2);
    expect(links(leader)).toHaveLength(cluster.peers.length - 2);
    // The submitter sees the leader alive and in the channel, through the others.
    expect(submitter.gossip.peersOfChannel(A).map((m) => m.pkiId)).toContain(leader.gossip.self.pkiId);

    submitMany(cluster, submitter, A, 5, 300);
    // Two leaderAliveThresholds leave room for one resend of each transaction.
    cluster.until(
      () => cluster.peers.every((p) => p.gossip.blocks(A).reduce((n, b) => n + b.transactions, 0) === 5),
      2 * presets.webgossip.leaderAliveThreshold,
    );
    expect(leader.gossip.metrics().messagesIn.txMsg ?? 0).toBeGreaterThan(0);
    expect(new Set(submitter.gossip.blocks(A).map((b) => b.producer))).toEqual(
      new Set([leader.gossip.self.pkiId]),
    );
  });
});
