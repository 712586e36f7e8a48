import 'fake-indexeddb/auto';
import {
  type BlockInfo,
  type ChannelId,
  channelId,
  EventBus,
  emptyMetrics,
  type Gossip,
  type GossipEvent,
  type PkiId,
} from '@webgossip/core';
import { describe, expect, it } from 'vitest';
import { LedgerStore } from '../src/boot/ledger-store.js';
import { PeerModel } from '../src/peers/peer-model.js';

const A = channelId('A');
const B = channelId('B');
const producer = 'ee'.repeat(32) as PkiId;

/** A block of branch `branch` at `seq`: its bytes and what the engine would report. */
function block(channel: ChannelId, seq: number, branch: string): { info: BlockInfo; bytes: Uint8Array } {
  const hash = `${branch}${seq}`.padEnd(64, '0');
  const info: BlockInfo = {
    channel,
    seq,
    producer,
    createdAtMs: 0,
    transactions: 1,
    size: 3,
    hash,
    previousHash: seq === 0 ? '' : `${branch}${seq - 1}`.padEnd(64, '0'),
    txIds: [`tx-${branch}-${seq}`],
    via: 'push',
    from: producer,
    receivedAtMs: seq,
  };
  return { info, bytes: new TextEncoder().encode(`${channel}:${branch}:${seq}`) };
}

/**
 * A peer whose engine is played by the test: it holds the chains the test
 * sets and reports the events the test emits, as the engine would.
 */
function scriptedPeer(pkiId: PkiId, ledger: LedgerStore) {
  const events = new EventBus<GossipEvent>();
  const chains = new Map<ChannelId, BlockInfo[]>();
  const gossip = {
    self: { pkiId, endpoint: 'mem://scripted', metadata: new Uint8Array(0), identity: new Uint8Array(0) },
    events,
    channels: () => [A, B],
    blocks: (channel: ChannelId) => chains.get(channel) ?? [],
    metrics: emptyMetrics,
    peers: () => [],
  } as unknown as Gossip;
  const model = new PeerModel({ gossip, crash() {} }, { label: 'you', main: true, ledger, onChange() {} });
  return {
    model,
    add(b: { info: BlockInfo; bytes: Uint8Array }) {
      const chain = (chains.get(b.info.channel) ?? []).filter((x) => x.seq < b.info.seq);
      chains.set(b.info.channel, [...chain, b.info]);
      events.emit({ type: 'block-added', block: b.info, bytes: b.bytes });
    },
    /** The engine's verdict: its chain drops everything from `seq` up that lost. */
    resolve(channel: ChannelId, seq: number, winner: string, removed: BlockInfo[]) {
      const lost = new Set(removed.map((r) => r.hash));
      chains.set(
        channel,
        (chains.get(channel) ?? []).filter((x) => !lost.has(x.hash)),
      );
      events.emit({ type: 'fork-resolved', channel, seq, winner, removed });
    },
  };
}

async function settled(store: LedgerStore, count: number): Promise<void> {
  const deadline = Date.now() + 5_000;
  while (store.persisted !== count) {
    if (Date.now() > deadline) throw new Error(`${store.persisted} blocks on disk, not ${count}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

const text = (bytes: readonly Uint8Array[]) => bytes.map((b) => new TextDecoder().decode(b));

/** What a reload would restore for `channel`, once it is `expected` (writes land in the background). */
async function restoredOnReload(pkiId: PkiId, channel: ChannelId, expected: string[]): Promise<string[]> {
  const deadline = Date.now() + 5_000;
  for (;;) {
    const restored = text((await LedgerStore.open(pkiId)).blocksOf(channel));
    if (JSON.stringify(restored) === JSON.stringify(expected) || Date.now() > deadline) return restored;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe('a reorg', () => {
  it('takes the losing blocks off disk, so a reload restores the winning chain', async () => {
    const pkiId = 'a1'.repeat(32) as PkiId;
    const ledger = await LedgerStore.open(pkiId);
    const peer = scriptedPeer(pkiId, ledger);
    for (const seq of [0, 1]) peer.add(block(A, seq, 'x'));
    const losers = [block(A, 2, 'y'), block(A, 3, 'y')];
    for (const loser of losers) peer.add(loser);
    peer.add(block(B, 0, 'x'));
    await settled(ledger, 5);

    peer.resolve(
      A,
      2,
      block(A, 2, 'x').info.hash,
      losers.map((l) => l.info),
    );
    peer.add(block(A, 2, 'x'));

    const winning = ['A:x:0', 'A:x:1', 'A:x:2'];
    expect(await restoredOnReload(pkiId, A, winning)).toEqual(winning);
    expect(text((await LedgerStore.open(pkiId)).blocksOf(B))).toEqual(['B:x:0']);
    await settled(ledger, 4);
  });

  it('keeps the winners that arrived before the verdict', async () => {
    const pkiId = 'a2'.repeat(32) as PkiId;
    const ledger = await LedgerStore.open(pkiId);
    const peer = scriptedPeer(pkiId, ledger);
    peer.add(block(A, 0, 'x'));
    const loser = block(A, 1, 'y');
    peer.add(loser);
    await settled(ledger, 2);

    // The winner replaces the loser in the engine first; the verdict follows.
    peer.add(block(A, 1, 'x'));
    peer.resolve(A, 1, block(A, 1, 'x').info.hash, [loser.info]);

    const winning = ['A:x:0', 'A:x:1'];
    expect(await restoredOnReload(pkiId, A, winning)).toEqual(winning);
    expect(ledger.persisted).toBe(2);
  });

  it('leaves storage alone when this peer was on the winning branch', async () => {
    const pkiId = 'a3'.repeat(32) as PkiId;
    const ledger = await LedgerStore.open(pkiId);
    const peer = scriptedPeer(pkiId, ledger);
    for (const seq of [0, 1, 2]) peer.add(block(A, seq, 'x'));
    await settled(ledger, 3);
    peer.resolve(A, 1, block(A, 1, 'x').info.hash, []);
    // A later block goes through the same queue: once it is on disk, any rollback would have been too.
    peer.add(block(B, 0, 'x'));
    await settled(ledger, 4);
    expect(text((await LedgerStore.open(pkiId)).blocksOf(A))).toEqual(['A:x:0', 'A:x:1', 'A:x:2']);
  });

  it('is listed with the blocks it replaced, and settles the forks seen above its seq', async () => {
    const pkiId = 'a4'.repeat(32) as PkiId;
    const peer = scriptedPeer(pkiId, await LedgerStore.open(pkiId));
    peer.add(block(A, 0, 'x'));
    const loser = block(A, 1, 'y');
    peer.add(loser);
    const theirs = block(A, 1, 'x').info.hash;
    const from = 'f0'.repeat(32) as PkiId;
    const events = peer.model.gossip.events as EventBus<GossipEvent>;
    events.emit({ type: 'fork-detected', channel: A, seq: 1, ours: loser.info.hash, theirs, from });
    events.emit({ type: 'fork-detected', channel: B, seq: 4, ours: 'b'.repeat(64), theirs, from });
    expect(peer.model.forks.unresolved().map((f) => `${f.channel}/${f.seq}`)).toEqual(['A/1', 'B/4']);

    peer.resolve(A, 1, theirs, [loser.info]);
    expect(peer.model.forks.unresolved().map((f) => `${f.channel}/${f.seq}`)).toEqual(['B/4']);
    const [reorg] = peer.model.forks.reorgs();
    expect(reorg).toMatchObject({ channel: A, seq: 1, winner: theirs });
    expect(reorg?.removed.map((r) => r.hash)).toEqual([loser.info.hash]);
    expect(peer.model.blocks(A).map((b) => b.hash)).toEqual([block(A, 0, 'x').info.hash]);
  });
});
