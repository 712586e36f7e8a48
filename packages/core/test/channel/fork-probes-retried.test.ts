import { type BlockInfo, type PkiId, toHex } from '@webgossip/core';
import { describe, expect, it } from 'vitest';
import { ForkChoice } from '../../src/channel/fork-choice.js';
import { Ledger } from '../../src/channel/ledger.js';

const member = 'b'.repeat(64) as PkiId;

/** A held block: only what the ledger and the fork choice read of it. */
function held(seq: number, parent: string): { bytes: Uint8Array; info: BlockInfo } {
  const hash = toHex(new Uint8Array(32).fill(seq + 1));
  const info = { seq, hash, previousHash: parent, producer: member, txIds: [] } as unknown as BlockInfo;
  return { bytes: new Uint8Array([seq]), info };
}

/** A ledger of three blocks and a fork choice whose probes are recorded and never answered. */
function setUp(requestOut: () => boolean) {
  const ledger = new Ledger(8);
  let parent = '';
  for (let seq = 0; seq < 3; seq++) {
    const block = held(seq, parent);
    ledger.offer(block.bytes, block.info);
    parent = block.info.hash;
  }
  const probes: string[] = [];
  const forks = new ForkChoice({
    ledger,
    batchSize: 20,
    probe: (peer, start, end) => {
      if (requestOut()) return false;
      probes.push(`${peer.slice(0, 1)}:${start}-${end}`);
      return true;
    },
    verify: () => undefined,
    switchTo: () => [],
    kept: () => {},
    detected: () => {},
  });
  return { ledger, forks, probes };
}

describe('fork probes', () => {
  it('probe again a member whose differing head was probed and never answered', () => {
    const { forks, probes } = setUp(() => false);
    forks.headHeard(member, 3, 'f'.repeat(64));
    expect(probes).toEqual(['b:0-2']);
    // The answer was lost (a one-way cut): the member's StateInfo does not change, the retry goes out.
    forks.retry();
    forks.retry();
    expect(probes).toEqual(['b:0-2', 'b:0-2', 'b:0-2']);
  });

  it('probe a member whose probe could not go out once the request out is done', () => {
    let busy = true;
    const { forks, probes } = setUp(() => busy);
    forks.headHeard(member, 2, 'f'.repeat(64));
    expect(probes).toEqual([]);
    busy = false;
    forks.retry();
    expect(probes).toEqual(['b:0-1']);
  });

  it('stop suspecting a member once its head matches this chain', () => {
    const { ledger, forks, probes } = setUp(() => false);
    forks.headHeard(member, 3, 'f'.repeat(64));
    forks.headHeard(member, 3, ledger.headHash);
    forks.retry();
    expect(probes).toEqual(['b:0-2']);
  });
});
