import 'fake-indexeddb/auto';
import { type ChannelId, channelId, type PkiId } from '@webgossip/core';
import { describe, expect, it } from 'vitest';
import { LedgerStore } from '../src/boot/ledger-store.js';

const alice = 'aa'.repeat(32) as PkiId;
const bob = 'bb'.repeat(32) as PkiId;
const A = channelId('A');
const B = channelId('B');

const block = (seq: number) => new Uint8Array([seq, seq, seq]);

async function settled(store: LedgerStore, count: number): Promise<void> {
  const deadline = Date.now() + 5_000;
  while (store.persisted < count) {
    if (Date.now() > deadline) throw new Error(`only ${store.persisted} of ${count} blocks persisted`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

function writeAll(store: LedgerStore, channel: ChannelId, seqs: number[]): void {
  for (const seq of seqs) store.put(channel, seq, block(seq));
}

describe('the ledger store', () => {
  it('gives a reopened peer its blocks back, per channel, seq 0 first', async () => {
    const first = await LedgerStore.open(alice);
    writeAll(first, A, [0, 1, 2]);
    writeAll(first, B, [0]);
    await settled(first, 4);

    const again = await LedgerStore.open(alice);
    expect(again.blocksOf(A)).toEqual([block(0), block(1), block(2)]);
    expect(again.blocksOf(B)).toEqual([block(0)]);
    expect(again.persisted).toBe(4);
  });

  it('keeps each PKI-ID apart', async () => {
    const store = await LedgerStore.open(bob);
    expect(store.blocksOf(A)).toEqual([]);
  });

  it('restores only the gap-free run from seq 0', async () => {
    const peer = 'cc'.repeat(32) as PkiId;
    const store = await LedgerStore.open(peer);
    writeAll(store, A, [0, 1, 3, 4]);
    await settled(store, 4);
    expect((await LedgerStore.open(peer)).blocksOf(A)).toEqual([block(0), block(1)]);
  });

  it('writes a block once, however often it is offered', async () => {
    const peer = 'dd'.repeat(32) as PkiId;
    const store = await LedgerStore.open(peer);
    writeAll(store, A, [0, 0, 1, 1, 0]);
    await settled(store, 2);
    const reopened = await LedgerStore.open(peer);
    writeAll(reopened, A, [0, 1]);
    reopened.close();
    expect(reopened.persisted).toBe(2);
  });
});
