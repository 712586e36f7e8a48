import { afterEach, describe, expect, it } from 'vitest';
import { Cluster } from '../helpers/cluster.js';

let cluster: Cluster;
afterEach(() => cluster?.stopAll());

describe('membership', () => {
  it('a bootstrap peer and 10 others reach full views', async () => {
    cluster = new Cluster({ seed: 3 });
    await cluster.add('boot');
    for (let i = 0; i < 10; i++) await cluster.add(`p${i}`, ['mem://boot']);
    const took = cluster.until(() => cluster.fullMembership(), 20_000);
    expect(cluster.peers.every((p) => p.gossip.peers().length === 10)).toBe(true);
    expect(took).toBeLessThan(20_000);
  });
});
