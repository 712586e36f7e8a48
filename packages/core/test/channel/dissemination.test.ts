import { afterEach, describe, expect, it } from 'vitest';
import { convergeOn } from '../helpers/channel.js';
import { A, Cluster, type Peer } from '../helpers/cluster.js';

let cluster: Cluster;
afterEach(() => cluster?.stopAll());

const data = (i: number) => new TextEncoder().encode(`tx-${i}`);

async function channelOf(size: number, seed: number, config = {}): Promise<Peer[]> {
  cluster = new Cluster({ seed, config });
  await cluster.add('boot');
  for (let i = 1; i < size; i++) await cluster.add(`p${i}`, ['mem://boot']);
  convergeOn(cluster, A);
  return cluster.peers;
}

describe('dissemination', () => {
  it('10 blocks cut by the leader reach all 10 other peers, and heights show everywhere', async () => {
    const peers = await channelOf(11, Number(process.env.SEED ?? 5));
    const submitter = peers[3] as Peer;
    for (let i = 0; i < 10; i++) {
      submitter.gossip.submitTransaction(A, data(i));
      cluster.until(() => peers.every((p) => p.gossip.ledgerHeight(A) === i + 1), 10_000);
    }
    expect(peers.map((p) => p.gossip.ledgerHeight(A))).toEqual(peers.map(() => 10));
    cluster.until(() => peers.every((p) => p.gossip.peersOfChannel(A).every((m) => m.ledgerHeight === 10)));
    const vias = new Set(
      peers.flatMap((p) => p.events.flatMap((e) => (e.type === 'block-added' ? [e.block.via] : []))),
    );
    expect(vias.has('push')).toBe(true);
  });

  it('with push switched off (propagateIterations 0) every block still arrives by pull', async () => {
    const peers = await channelOf(8, 6, { propagateIterations: 0 });
    for (let i = 0; i < 5; i++) peers[2]?.gossip.submitTransaction(A, data(i));
    cluster.until(() => peers.every((p) => p.gossip.ledgerHeight(A) >= 1), 30_000);
    const vias = new Set(
      peers.flatMap((p) => p.events.flatMap((e) => (e.type === 'block-added' ? [e.block.via] : []))),
    );
    expect(vias.has('push')).toBe(false);
    expect([...vias].some((v) => v === 'pull' || v === 'state')).toBe(true);
  });
});
