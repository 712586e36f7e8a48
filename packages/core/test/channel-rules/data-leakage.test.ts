import {
  type ChannelId,
  channelFromBytes,
  contentOf,
  type GossipMessage,
  gossip,
  type PkiId,
  pkiIdFromBytes,
  type ReceivedMessage,
} from '@webgossip/core';
import { afterEach, describe, expect, it } from 'vitest';
import { A, B, Cluster, type Peer } from '../helpers/cluster.js';

let cluster: Cluster;
afterEach(() => cluster?.stopAll());

const tx = (i: number) => new TextEncoder().encode(`tx-${i}`);

/** The PKI-IDs a message speaks for: StateInfo's owner, or every owner in a snapshot. */
function stateInfoOwners(message: GossipMessage): PkiId[] {
  const infos = message.stateInfo
    ? [message.stateInfo]
    : (message.stateSnapshot?.elements ?? []).map(
        (e) => gossip.GossipMessage.decode(e.payload ?? new Uint8Array(0)).stateInfo,
      );
  return infos.flatMap((info) => (info?.pkiId?.length === 32 ? [pkiIdFromBytes(info.pkiId)] : []));
}

/**
 * Everything of channel `channel` (whose members are `insiders`) that reaches `peer`: messages
 * naming the channel, and StateInfo of its members.
 */
function watchLeaks(peer: Peer, channel: ChannelId, insiders: PkiId[]): string[] {
  const leaks: string[] = [];
  const sub = peer.gossip.accept(() => true, true);
  sub.onMessage(({ message, sender }: ReceivedMessage) => {
    const named =
      message.channel && message.channel.length > 0 ? channelFromBytes(message.channel) : undefined;
    const kind = contentOf(message)?.case;
    if (named === channel) leaks.push(`${kind} of ${channel} from ${sender.slice(0, 8)}`);
    for (const owner of stateInfoOwners(message)) {
      if (insiders.includes(owner))
        leaks.push(`StateInfo of ${owner.slice(0, 8)} from ${sender.slice(0, 8)}`);
    }
  });
  return leaks;
}

async function network(): Promise<{ inA: Peer[]; inB: Peer[]; boot: Peer }> {
  cluster = new Cluster({ seed: Number(process.env.SEED ?? 71) });
  const boot = await cluster.add('boot');
  for (let i = 1; i <= 6; i++) await cluster.add(`p${i}`, ['mem://boot']);
  cluster.until(() => cluster.fullMembership());
  const inA = cluster.peers.slice(1, 4);
  const inB = cluster.peers.slice(4, 7);
  return { inA, inB, boot };
}

function join(peers: Peer[], channel: ChannelId): void {
  const members = peers.map((p) => p.gossip.self.pkiId);
  for (const peer of peers) peer.gossip.joinChan({ members }, channel);
}

const ids = (peers: Peer[]) => peers.map((p) => p.gossip.self.pkiId).sort();
const channelView = (peer: Peer, channel: ChannelId) =>
  peer.gossip
    .peersOfChannel(channel)
    .map((m) => m.pkiId)
    .sort();
const othersOf = (peer: Peer, peers: Peer[]) => ids(peers.filter((p) => p !== peer));

/** Submits transactions to both channels and waits until each channel's members hold them. */
function runBothChannels(inA: Peer[], inB: Peer[]): void {
  for (const [channel, peers] of [
    [A, inA],
    [B, inB],
  ] as const) {
    cluster.until(
      () => peers.every((p) => p.gossip.peersOfChannel(channel).length === peers.length - 1),
      10_000,
    );
    cluster.until(() => peers.every((p) => p.gossip.leaderOf(channel) !== undefined), 10_000);
  }
  for (let i = 0; i < 5; i++) {
    inA[1]?.gossip.submitTransaction(A, tx(i));
    inB[1]?.gossip.submitTransaction(B, tx(100 + i));
    cluster.run(200);
  }
  cluster.until(() =>
    [...inA.map((p) => p.gossip.ledgerHeight(A)), ...inB.map((p) => p.gossip.ledgerHeight(B))].every(
      (h) => h >= 1,
    ),
  );
  const heightA = Math.max(...inA.map((p) => p.gossip.ledgerHeight(A)));
  const heightB = Math.max(...inB.map((p) => p.gossip.ledgerHeight(B)));
  cluster.until(
    () =>
      inA.every((p) => p.gossip.ledgerHeight(A) === heightA) &&
      inB.every((p) => p.gossip.ledgerHeight(B) === heightB),
  );
  // Pull, StateInfo and anti-entropy rounds: time for anything that leaks to leak.
  cluster.run(5_000);
}

describe('restricted channels (Fabric TestDataLeakage)', () => {
  it('blocks and StateInfo of A never reach B-only peers or outsiders, and vice versa', async () => {
    const { inA, inB, boot } = await network();
    const leaks = new Map<string, string[]>();
    for (const peer of [...inB, boot]) leaks.set(`${peer.name} ← A`, watchLeaks(peer, A, ids(inA)));
    for (const peer of [...inA, boot]) leaks.set(`${peer.name} ← B`, watchLeaks(peer, B, ids(inB)));
    join(inA, A);
    join(inB, B);
    runBothChannels(inA, inB);

    for (const peer of inA) {
      expect.soft(peer.gossip.ledgerHeight(A)).toBeGreaterThan(0);
      expect.soft(peer.gossip.ledgerHeight(B)).toBe(0);
      expect.soft(channelView(peer, A)).toEqual(othersOf(peer, inA));
      expect.soft(peer.events.every((e) => e.type === 'block-added' && e.block.channel === A)).toBe(true);
    }
    for (const peer of inB) {
      expect.soft(peer.gossip.ledgerHeight(B)).toBeGreaterThan(0);
      expect.soft(peer.gossip.ledgerHeight(A)).toBe(0);
      expect.soft(channelView(peer, B)).toEqual(othersOf(peer, inB));
      expect.soft(peer.events.every((e) => e.type === 'block-added' && e.block.channel === B)).toBe(true);
    }
    expect.soft(boot.events).toEqual([]);
    const leaked = [...leaks]
      .filter(([, list]) => list.length > 0)
      .map(([who, list]) => `${who}: ${[...new Set(list)].join('; ')}`);
    expect.soft(leaked).toEqual([]);
  });

  it('a B peer that joins A on its own (unrestricted) still gets nothing of A, and A never lists it', async () => {
    const { inA, inB } = await network();
    const intruder = inB[0] as Peer;
    const intruderId = intruder.gossip.self.pkiId;
    join(inA, A);
    join(inB, B);
    intruder.gossip.joinChan({}, A);
    const heard: string[] = [];
    intruder.gossip.events.on('height-changed', (e) => {
      if (e.channel === A) heard.push(e.pkiId);
    });
    const listedBy: string[] = [];
    for (const peer of inA) {
      peer.gossip.events.on('height-changed', (e) => {
        if (e.channel === A && e.pkiId === intruderId) listedBy.push(peer.name);
      });
    }
    runBothChannels(inA, inB);

    expect.soft(intruder.gossip.ledgerHeight(A)).toBe(0);
    expect.soft(channelView(intruder, A)).toEqual([]);
    expect.soft(heard).toEqual([]);
    expect.soft(listedBy).toEqual([]);
    for (const peer of inA) expect.soft(channelView(peer, A)).toEqual(othersOf(peer, inA));
    // Its own channel is untouched.
    expect.soft(channelView(intruder, B)).toEqual(othersOf(intruder, inB));
    expect.soft(intruder.gossip.ledgerHeight(B)).toBeGreaterThan(0);
  });
});
