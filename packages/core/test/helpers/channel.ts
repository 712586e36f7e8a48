import type { ChannelId } from '@webgossip/core';
import type { Cluster, Peer } from './cluster.js';

/** Joins every peer to `channel` and waits for full membership, full channel views and one leader. */
export function convergeOn(cluster: Cluster, channel: ChannelId, timeoutMs = 30_000): void {
  for (const peer of cluster.peers) peer.gossip.joinChan({}, channel);
  const n = cluster.peers.length;
  cluster.until(() => cluster.fullMembership(), timeoutMs);
  cluster.until(
    () => cluster.peers.every((p) => p.gossip.peersOfChannel(channel).length === n - 1),
    timeoutMs,
  );
  cluster.until(() => commonLeader(cluster.peers, channel) !== undefined, timeoutMs);
}

export function commonLeader(peers: Peer[], channel: ChannelId): string | undefined {
  const leaders = new Set(peers.map((p) => p.gossip.leaderOf(channel)));
  return leaders.size === 1 ? [...leaders][0] : undefined;
}

/** Submits `count` transactions from `peer`, one every `everyMs` of virtual time. */
export function submitMany(
  cluster: Cluster,
  peer: Peer,
  channel: ChannelId,
  count: number,
  everyMs: number,
): void {
  for (let i = 0; i < count; i++) {
    peer.gossip.submitTransaction(channel, new TextEncoder().encode(`tx-${i}`));
    cluster.run(everyMs);
  }
}

export function vias(peer: Peer): string[] {
  return peer.events.flatMap((e) => (e.type === 'block-added' ? [e.block.via] : []));
}
