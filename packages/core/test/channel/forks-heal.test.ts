import { type GossipConfig, type GossipEvent, presets } from '@webgossip/core';
import { afterEach, describe, expect, it } from 'vitest';
import { commonLeader, convergeOn } from '../helpers/channel.js';
import { A, Cluster, type Peer } from '../helpers/cluster.js';

let cluster: Cluster;
afterEach(() => cluster?.stopAll());

const chainOf = (peer: Peer) => peer.gossip.blocks(A).map((b) => b.hash);
const sameChain = (peers: Peer[]) => {
  const first = chainOf(peers[0] as Peer).join();
  return peers.every((p) => chainOf(p).join() === first);
};
const txIdsOf = (peer: Peer) => peer.gossip.blocks(A).flatMap((b) => b.txIds);

async function convergedCluster(
  seed: number,
  preset: GossipConfig,
  n = 6,
  config: Partial<GossipConfig> = {},
): Promise<void> {
  cluster = new Cluster({ seed, preset, config, record: true });
  await cluster.add('boot');
  for (let i = 1; i < n; i++) await cluster.add(`p${i}`, ['mem://boot']);
  convergeOn(cluster, A);
}

/** Splits the peers in two halves, each with peers on both sides of the leader's PKI-ID. */
function halves(): [Peer[], Peer[]] {
  const sorted = [...cluster.peers].sort((a, b) => (a.gossip.self.pkiId < b.gossip.self.pkiId ? -1 : 1));
  const left = sorted.filter((_, i) => i % 2 === 0);
  return [left, sorted.filter((p) => !left.includes(p))];
}

/** Partitions the peers in halves and waits until each side holds the other dead and has a leader of its own. */
function splitInHalves(preset: GossipConfig): [Peer[], Peer[]] {
  const [left, right] = halves();
  cluster.net.partition(
    left.map((p) => p.endpoint),
    right.map((p) => p.endpoint),
  );
  cluster.run(preset.aliveExpirationTimeout + 2 * preset.leaderAliveThreshold);
  return [left, right];
}

function eventsOf(peer: Peer, type: GossipEvent['type']) {
  return peer.events.filter((e) => e.type === type);
}

describe('forks heal: after a partition every peer holds the same chain and no transaction is lost', () => {
  for (const [name, preset] of [
    ['webgossip', presets.webgossip],
    ['fabric', presets.fabric],
  ] as const) {
    it(`both sides of a partition cut blocks; once healed, one chain wins everywhere (${name} preset)`, async () => {
      await convergedCluster(301, preset);
      const [left, right] = splitInHalves(preset);
      const submitted: string[] = [];
      for (let i = 0; i < 4; i++) {
        for (const side of [left, right]) {
          submitted.push(side[i % side.length]?.gossip.submitTransaction(A, new Uint8Array([i])) as string);
        }
        cluster.run(preset.blockTimeout * 3);
      }
      cluster.until(
        () =>
          left.every((p) => p.gossip.ledgerHeight(A) > 0) && right.every((p) => p.gossip.ledgerHeight(A) > 0),
        60_000,
      );
      expect(chainOf(left[0] as Peer)[0]).not.toBe(chainOf(right[0] as Peer)[0]);

      cluster.net.heal();
      cluster.until(
        () =>
          sameChain(cluster.peers) &&
          submitted.every((tx) => cluster.peers.every((p) => txIdsOf(p).includes(tx))),
        10 * preset.aliveExpirationTimeout,
      );

      for (const peer of cluster.peers) {
        const blocks = peer.gossip.blocks(A);
        blocks.forEach((block, seq) => {
          expect(block.seq).toBe(seq);
          expect(block.previousHash).toBe(seq === 0 ? '' : blocks[seq - 1]?.hash);
        });
        const ids = txIdsOf(peer);
        expect(new Set(ids).size).toBe(ids.length);
      }
      const rolledBack = cluster.peers.filter((p) => p.gossip.metrics().forks.blocksRolledBack > 0);
      expect(rolledBack.length).toBeGreaterThan(0);
      for (const peer of rolledBack) {
        expect(eventsOf(peer, 'fork-detected').length).toBeGreaterThan(0);
        expect(
          eventsOf(peer, 'fork-resolved').some((e) => e.type === 'fork-resolved' && e.removed.length > 0),
        ).toBe(true);
      }
      cluster.until(() => commonLeader(cluster.peers, A) !== undefined, 10 * preset.leaderAliveThreshold);
    });
  }

  it('a fork deeper than one state-transfer batch is found by probing further down, and heals', async () => {
    const preset = presets.webgossip;
    await convergedCluster(303, preset, 6, { antiEntropyBatchSize: 2, maxBlockCountToStore: 2 });
    const submitter = cluster.peers[0] as Peer;
    submitter.gossip.submitTransaction(A, new Uint8Array([1]));
    cluster.until(() => cluster.peers.every((p) => p.gossip.ledgerHeight(A) === 1));
    const [left, right] = splitInHalves(preset);
    const submitted: string[] = [];
    for (let i = 0; i < 7; i++) {
      for (const side of [left, right])
        submitted.push((side[0] as Peer).gossip.submitTransaction(A, new Uint8Array([i])));
      cluster.run(preset.blockTimeout * 4);
    }
    cluster.until(() => cluster.peers.every((p) => p.gossip.ledgerHeight(A) >= 6));

    cluster.net.heal();
    cluster.until(
      () =>
        sameChain(cluster.peers) &&
        submitted.every((tx) => cluster.peers.every((p) => txIdsOf(p).includes(tx))),
      60_000,
    );
    const deepest = Math.max(...cluster.peers.map((p) => p.gossip.metrics().forks.blocksRolledBack));
    expect(deepest).toBeGreaterThan(2);
    const ids = txIdsOf(submitter);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('a leader restarted without its blocks catches up before it cuts, so block 0 stays the one everyone holds', async () => {
    const preset = presets.webgossip;
    await convergedCluster(302, preset);
    const leaderId = commonLeader(cluster.peers, A) as string;
    const leader = cluster.peers.find((p) => p.gossip.self.pkiId === leaderId) as Peer;
    const submitter = cluster.peers.find((p) => p !== leader) as Peer;
    for (let i = 0; i < 3; i++) {
      submitter.gossip.submitTransaction(A, new Uint8Array([i]));
      cluster.run(preset.blockTimeout * 3);
    }
    cluster.until(() => cluster.peers.every((p) => p.gossip.ledgerHeight(A) === 3));
    const chain = chainOf(submitter);

    cluster.kill(leader);
    const restarted = await cluster.add(leader.name, ['mem://boot']);
    restarted.gossip.joinChan({}, A);
    restarted.gossip.submitTransaction(A, new Uint8Array([42]));
    cluster.until(() => cluster.peers.every((p) => p.gossip.ledgerHeight(A) === 4), 30_000);

    expect(sameChain(cluster.peers)).toBe(true);
    expect(chainOf(restarted).slice(0, 3)).toEqual(chain);
    expect(cluster.peers.every((p) => p.gossip.metrics().forks.detected === 0)).toBe(true);
  });
});
