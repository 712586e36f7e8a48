import { type ChannelId, channelId, type GossipConfig, presets } from '@webgossip/core';
import { afterEach, describe, expect, it } from 'vitest';
import { commonLeader } from '../helpers/channel.js';
import { A, B, Cluster, type Peer } from '../helpers/cluster.js';

let cluster: Cluster;
afterEach(() => cluster?.stopAll());

const tx = (text: string) => new TextEncoder().encode(text);

/** A bootstrap node in no channel (as the signaling server) and `size` peers behind it. */
async function network(seed: number, size: number, config: Partial<GossipConfig> = {}): Promise<Peer[]> {
  cluster = new Cluster({ seed, config, network: { latencyMs: 55, jitterMs: 10 } });
  // The signaling server holds a link to every tab.
  await cluster.add('boot', [], { maxConnections: 1000 });
  for (let i = 1; i <= size; i++) await cluster.add(`p${i}`, ['mem://boot']);
  return cluster.peers.slice(1);
}

/** Every member sees every other in the channel's view. */
function viewsComplete(members: Peer[], channel: ChannelId): boolean {
  const ids = new Set(members.map((p) => p.gossip.self.pkiId));
  return members.every((p) => {
    const seen = p.gossip.peersOfChannel(channel).filter((m) => ids.has(m.pkiId));
    return seen.length === members.length - 1;
  });
}

/** One leader, a member, agreed by every member; and each member's ledger at `height`. */
function settled(members: Peer[], channel: ChannelId, height: number): boolean {
  const leader = commonLeader(members, channel);
  const isMember = members.some((p) => p.gossip.self.pkiId === leader);
  return isMember && members.every((p) => p.gossip.ledgerHeight(channel) === height);
}

/**
 * The channel converges: complete views, one agreed leader, and a block cut
 * from a member's transaction reaches every member; it stays so for a while.
 */
function converges(members: Peer[], channel: ChannelId, timeoutMs: number): void {
  cluster.until(() => viewsComplete(members, channel), timeoutMs);
  cluster.until(() => commonLeader(members, channel) !== undefined, timeoutMs);
  const submitter = members[members.length - 1] as Peer;
  submitter.gossip.submitTransaction(channel, tx(`to ${channel}`));
  cluster.until(() => settled(members, channel, 1), timeoutMs);
  cluster.run(5_000);
  expect(settled(members, channel, 1)).toBe(true);
}

/** The dashboard's lab peers keep fewer links. */
const LAB_LINKS = { maxConnections: 4, targetConnections: 3 };

function ordinaryLinks(peer: Peer): number {
  return peer.gossip.links().filter((l) => !l.bootstrap).length;
}

describe('a channel never splits while the network is connected', () => {
  // Seeds whose random links, without a per-channel mesh, left A's members unlinked to each other.
  const cases: { seed: number; links: Partial<GossipConfig> }[] = [
    { seed: 15, links: {} },
    { seed: 18, links: {} },
    { seed: 27, links: {} },
    { seed: 11, links: LAB_LINKS },
    { seed: 14, links: LAB_LINKS },
  ];
  for (const { seed, links } of cases) {
    const cap = links.maxConnections ?? presets.webgossip.maxConnections;
    it(`9 peers in B, 3 of them also in A, ${cap} links at most: both channels converge (seed ${seed})`, async () => {
      // Each peer joins its channels as it starts, as a tab does.
      const peers = await network(seed, 9, links);
      const inA = peers.slice(0, 3);
      for (const peer of peers) peer.gossip.joinChan({}, B);
      for (const peer of inA) peer.gossip.joinChan({}, A);
      converges(inA, A, 20_000);
      converges(peers, B, 20_000);
    });
  }

  it('4 members of a channel among 40 peers find each other, link up and converge', async () => {
    const peers = await network(11, 40);
    cluster.until(() => cluster.fullMembership(), 30_000);
    const inA = [peers[3], peers[17], peers[26], peers[38]] as Peer[];
    for (const peer of inA) peer.gossip.joinChan({}, A);
    converges(inA, A, 20_000);
    const ids = new Set(inA.map((p) => p.gossip.self.pkiId));
    for (const peer of inA) {
      const linkedMembers = peer.gossip.links().filter((l) => ids.has(l.pkiId)).length;
      expect(linkedMembers).toBe(inA.length - 1);
    }
  });

  it('a peer in three small channels and a large one links to each, within maxConnections and one mesh of young links and one mesh of young links', async () => {
    const peers = await network(21, 30);
    for (const peer of peers) peer.gossip.joinChan({}, B);
    const hub = peers[0] as Peer;
    const small = [0, 1, 2].map((i) => {
      const members = [hub, peers[1 + 2 * i], peers[2 + 2 * i]] as Peer[];
      return { id: channelId(`small-${i}`), members };
    });
    for (const { id, members } of small) for (const peer of members) peer.gossip.joinChan({}, id);
    for (const { id, members } of small) converges(members, id, 20_000);
    converges(peers, B, 20_000);
    // Young inbound links may exceed the cap by one channel mesh until they age into eviction.
    const { maxConnections, channelLinks } = presets.webgossip;
    for (let t = 0; t < 20; t++) {
      cluster.run(500);
      for (const peer of peers)
        expect(ordinaryLinks(peer)).toBeLessThanOrEqual(maxConnections + channelLinks);
      const linked = new Set(hub.gossip.links().map((l) => l.pkiId));
      for (const { members } of small) {
        expect(members.slice(1).every((p) => linked.has(p.gossip.self.pkiId))).toBe(true);
      }
    }
  });
});
