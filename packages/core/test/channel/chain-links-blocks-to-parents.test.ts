import {
  type BlockInfo,
  channelId,
  createBlock,
  fromHex,
  keyPairFromSecret,
  parseBlock,
  sha256,
  toHex,
} from '@webgossip/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wins } from '../../src/channel/fork-choice.js';
import { Ledger } from '../../src/channel/ledger.js';
import { createNodeEd25519Crypto } from '../../src/node.js';

const A = channelId('A');
const producers = [1, 2].map((n) => createNodeEd25519Crypto(keyPairFromSecret(sha256(new Uint8Array([n])))));

/** A signed block on `parent` ('' for block 0), as the ledger is offered it. */
function block(seq: number, parent: string, tag = 0, producer = 0): { bytes: Uint8Array; info: BlockInfo } {
  const crypto = producers[producer] ?? (producers[0] as (typeof producers)[number]);
  const bytes = createBlock(crypto, {
    channel: A,
    number: seq,
    transactions: [{ txId: new Uint8Array([seq, tag]), data: new Uint8Array([tag]) }],
    previousHash: fromHex(parent),
    createdAtMs: 1000 + tag,
  });
  const parsed = parseBlock(bytes);
  if (!parsed) throw new Error('block does not parse');
  const info: BlockInfo = {
    channel: A,
    seq,
    producer: parsed.producer,
    createdAtMs: parsed.createdAtMs,
    transactions: 1,
    size: bytes.length,
    hash: toHex(sha256(parsed.headerBytes)),
    previousHash: toHex(parsed.previousHash),
    txIds: [],
    via: 'push',
    from: parsed.producer,
    receivedAtMs: 0,
  };
  return { bytes, info };
}

function chain(
  length: number,
  tag = 0,
  from: { info: BlockInfo }[] = [],
): { bytes: Uint8Array; info: BlockInfo }[] {
  const out = [...from] as { bytes: Uint8Array; info: BlockInfo }[];
  while (out.length < length) out.push(block(out.length, out[out.length - 1]?.info.hash ?? '', tag));
  return out;
}

describe('the ledger stores a block only on its parent', () => {
  it('commits a chain in order and refuses a block whose parent is another', () => {
    const ledger = new Ledger(8);
    const [b0, b1] = chain(2);
    expect(ledger.offer(b0?.bytes as Uint8Array, b0?.info as BlockInfo)).toMatchObject({ taken: true });
    const stranger = block(1, b0?.info.previousHash ?? '', 9);
    expect(ledger.offer(stranger.bytes, stranger.info)).toEqual({ taken: false, reason: 'wrong-parent' });
    expect(ledger.offer(b1?.bytes as Uint8Array, b1?.info as BlockInfo)).toMatchObject({ taken: true });
    expect(ledger.height).toBe(2);
    expect(ledger.headHash).toBe(b1?.info.hash);
  });

  it('a block waiting ahead of a gap commits only if its parent is the block that fills the gap', () => {
    const ledger = new Ledger(8);
    const ours = chain(3);
    const theirs = chain(3, 7, ours.slice(0, 1));
    ledger.offer(ours[0]?.bytes as Uint8Array, ours[0]?.info as BlockInfo);
    ledger.offer(theirs[2]?.bytes as Uint8Array, theirs[2]?.info as BlockInfo);
    const offer = ledger.offer(ours[1]?.bytes as Uint8Array, ours[1]?.info as BlockInfo);
    expect(offer).toMatchObject({ taken: true });
    if (!offer.taken) return;
    expect(offer.committed.map((b) => b.info.hash)).toEqual([ours[1]?.info.hash]);
    expect(offer.discarded.map((b) => b.info.hash)).toEqual([theirs[2]?.info.hash]);
    expect(ledger.height).toBe(2);
    expect(ledger.pendingCount).toBe(0);
  });

  it('says which block it holds when another claims its seq, and cuts the chain back on a fork', () => {
    const ledger = new Ledger(8);
    const ours = chain(4);
    for (const b of ours) ledger.offer(b.bytes, b.info);
    const rival = block(2, ours[1]?.info.hash ?? '', 5);
    expect(ledger.offer(rival.bytes, rival.info)).toMatchObject({ taken: false, reason: 'conflict' });
    expect(ledger.offer(ours[2]?.bytes as Uint8Array, ours[2]?.info as BlockInfo)).toEqual({
      taken: false,
      reason: 'duplicate',
    });
    expect(ledger.truncate(2).map((b) => b.info.seq)).toEqual([2, 3]);
    expect(ledger.offer(rival.bytes, rival.info)).toMatchObject({ taken: true });
    expect(ledger.height).toBe(3);
  });

  it('restores stored blocks up to the first that does not chain', () => {
    const ledger = new Ledger(8);
    const ours = chain(3);
    const broken = block(1, '', 3);
    expect(ledger.restore(ours[0]?.bytes as Uint8Array, ours[0]?.info as BlockInfo)).toBe(true);
    expect(ledger.restore(broken.bytes, broken.info)).toBe(false);
    expect(ledger.height).toBe(1);
  });
});

describe('the fork-choice rule', () => {
  const ids = fc.stringMatching(/^[0-9a-f]{8}$/);
  const blockKey = fc.record({ producer: ids, hash: ids });

  it('is a strict total order on distinct blocks: exactly one of two wins, and it is transitive', () => {
    fc.assert(
      fc.property(blockKey, blockKey, blockKey, (a, b, c) => {
        const pa = { producer: a.producer as never, hash: a.hash };
        const pb = { producer: b.producer as never, hash: b.hash };
        const pc = { producer: c.producer as never, hash: c.hash };
        const same = a.producer === b.producer && a.hash === b.hash;
        if (!same) expect(wins(pa, pb)).not.toBe(wins(pb, pa));
        if (wins(pa, pb) && wins(pb, pc)) expect(wins(pa, pc)).toBe(true);
      }),
    );
  });

  it('prefers the block of the lower producer PKI-ID, then the lower hash', () => {
    expect(wins({ producer: '01' as never, hash: 'ff' }, { producer: '02' as never, hash: '00' })).toBe(true);
    expect(wins({ producer: '02' as never, hash: '00' }, { producer: '02' as never, hash: '01' })).toBe(true);
  });
});
