import { afterEach, describe, expect, it } from 'vitest';
import { convergeOn, submitMany, vias } from '../helpers/channel.js';
import { A, Cluster } from '../helpers/cluster.js';

let cluster: Cluster;
afterEach(() => cluster?.stopAll());

describe('late joiner', () => {
  it('a peer joining at height 0 after 500 blocks reaches 500 by state transfer and pull', async () => {
    cluster = new Cluster({ seed: 31, config: { blockMaxTransactions: 1 } });
    await cluster.add('boot');
    for (let i = 1; i < 6; i++) await cluster.add(`p${i}`, ['mem://boot']);
    convergeOn(cluster, A);
    submitMany(cluster, cluster.peers[2]!, A, 500, 5);
    cluster.until(() => cluster.peers.every((p) => p.gossip.ledgerHeight(A) === 500), 60_000);

    const late = await cluster.add('late', ['mem://boot']);
    late.gossip.joinChan({}, A);
    const took = cluster.until(() => late.gossip.ledgerHeight(A) === 500, 60_000);
    expect(late.gossip.blocks(A).map((b) => b.seq)).toEqual([...Array(500).keys()]);
    const how = new Set(vias(late));
    expect(how.has('state')).toBe(true);
    expect([...how].every((v) => v === 'state' || v === 'pull')).toBe(true);
    expect(took).toBeLessThan(60_000);
  });
});
