import type { BlockInfo } from '@webgossip/core';
import { afterEach, describe, expect, it } from 'vitest';
import { convergeOn } from '../helpers/channel.js';
import { A, Cluster } from '../helpers/cluster.js';

let cluster: Cluster;
afterEach(() => cluster?.stopAll());

describe('a block is forwarded the moment it arrives', () => {
  it('on a zero-latency network every pushed block, relayed ones included, arrives at the virtual instant it was cut', async () => {
    // A batching latency far above zero would show in every hop, so this one is set high on purpose.
    cluster = new Cluster({
      seed: 41,
      network: { latencyMs: 0, jitterMs: 0 },
      config: { publishPeerNum: 2, propagatePeerNum: 2, maxPropagationBurstLatency: 50, lazyPushPeerNum: 0 },
    });
    await cluster.add('boot');
    for (let i = 1; i < 12; i++) await cluster.add(`p${i}`, ['mem://boot']);
    convergeOn(cluster, A);
    const arrivals: BlockInfo[] = [];
    for (const peer of cluster.peers)
      peer.gossip.events.on('block-added', (e) => {
        if (e.block.via === 'push') arrivals.push(e.block);
      });
    const peers = cluster.peers;
    for (let i = 0; i < 5; i++) {
      peers[1]?.gossip.submitTransaction(A, new TextEncoder().encode(`tx-${i}`));
      cluster.until(() => peers.every((p) => p.gossip.ledgerHeight(A) === i + 1), 10_000);
    }
    const relayed = arrivals.filter((b) => b.from !== b.producer);
    expect(relayed.length).toBeGreaterThan(0);
    expect(arrivals.map((b) => b.receivedAtMs - b.createdAtMs)).toEqual(arrivals.map(() => 0));
  });
});
