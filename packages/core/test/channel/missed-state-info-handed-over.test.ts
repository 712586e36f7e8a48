import { presets } from '@webgossip/core';
import { afterEach, describe, expect, it } from 'vitest';
import { A, Cluster, type Peer } from '../helpers/cluster.js';

let cluster: Cluster;
afterEach(() => cluster?.stopAll());

function knows(peer: Peer, subject: Peer): boolean {
  return peer.gossip.peersOfChannel(A).some((m) => m.pkiId === subject.gossip.self.pkiId);
}

describe('a StateInfo that did not spread', () => {
  it('is handed to a peer whose snapshot lacks it, and spreads on from there', async () => {
    cluster = new Cluster({ seed: 71 });
    await cluster.add('boot', [], { maxConnections: 1000 });
    for (let i = 1; i < 24; i++) await cluster.add(`p${i}`, ['mem://boot']);
    cluster.until(() => cluster.fullMembership(), 60_000);
    const [early, ...late] = cluster.peers.slice(1) as [Peer, ...Peer[]];
    // The early peer announces itself while nobody else is in the channel: every copy is dropped.
    early.gossip.joinChan({}, A);
    cluster.run(2_000);
    expect(late.some((p) => knows(p, early))).toBe(false);
    for (const peer of late) peer.gossip.joinChan({}, A);
    // Its first pull after the others joined comes back without its StateInfo; it hands the
    // StateInfo to that peer, which forwards it as new, and it reaches them all within two pull
    // periods. Left to pulls alone, the others learn it one link further per second (about 3 s here).
    const took = cluster.until(() => late.every((p) => knows(p, early)), 30_000);
    expect(took).toBeLessThan(2 * presets.webgossip.requestStateInfoInterval);
  });
});
