import { describe, expect, it } from 'vitest';
import type { PropertyName } from '../src/faults/properties.js';
import { runCase } from '../src/faults/run-case.js';
import type { FaultSchedule } from '../src/faults/schedule.js';

/**
 * One shrunk schedule per class of failure the fault suite found, each
 * named for what it protects. Each asserts only the property that names
 * its class, so fixing one class does not wait on another. Replay any of
 * them with `npm run faults -- --preset P --seed S --cases 1` for the
 * original (unshrunk) case of the seed given.
 */
async function violationsOf(schedule: FaultSchedule, properties: readonly PropertyName[]) {
  const result = await runCase(schedule);
  return result.violations.filter((v) => properties.includes(v.property));
}

describe('fault regressions', () => {
  // Found as seed 2006 (webgossip): each side of a 3 s partition elects a leader and cuts its own
  // block 0; after the heal the two chains never merge.
  it('a fork cut on both sides of a healed partition settles on one chain', async () => {
    const schedule: FaultSchedule = {
      preset: 'webgossip',
      seed: 1,
      peers: 5,
      channelB: [],
      loss: 0.01,
      faults: [
        { kind: 'partition', atMs: 0, durationMs: 3027, groups: 2, salt: 0 },
        { kind: 'leave-channel', atMs: 24, peer: 0, channel: 0, downMs: 200, rejoin: false },
      ],
      txs: [
        { atMs: 1743, peer: 47, channel: 0 },
        { atMs: 4284, peer: 56, channel: 1 },
      ],
    };
    expect(await violationsOf(schedule, ['chains-agree'])).toEqual([]);
  });

  // Found as seed 2007 (webgossip): a three-way partition; peers store block 1 of the other side's
  // branch on top of their own block 0.
  it('a peer never stores a block on a parent it does not hold', async () => {
    const schedule: FaultSchedule = {
      preset: 'webgossip',
      seed: 1,
      peers: 5,
      channelB: [],
      loss: 0.01,
      faults: [
        { kind: 'partition', atMs: 1720, durationMs: 3103, groups: 3, salt: 0 },
        { kind: 'crash', atMs: 0, peer: 2, downMs: 821, comeback: 'with-blocks' },
      ],
      txs: [
        { atMs: 4661, peer: 7, channel: 1 },
        { atMs: 7273, peer: 58, channel: 0 },
        { atMs: 7572, peer: 3, channel: 0 },
      ],
    };
    expect(await violationsOf(schedule, ['chain-linked'])).toEqual([]);
  });

  // Found as seed 1036 (webgossip): the leader crashes and is back with its blocks 200 ms later, under
  // the same PKI-ID; the transaction sent to it meanwhile is never cut, by it or anyone.
  it('a transaction sent while the leader restarts is still committed everywhere', async () => {
    const schedule: FaultSchedule = {
      preset: 'webgossip',
      seed: 1,
      peers: 9,
      channelB: [1, 0],
      loss: 0.01,
      faults: [{ kind: 'leader-kill', atMs: 0, channel: 0, downMs: 200, comeback: 'with-blocks' }],
      txs: [{ atMs: 0, peer: 0, channel: 0 }],
    };
    expect(await violationsOf(schedule, ['tx-committed'])).toEqual([]);
  });

  // Found as seed 2040 (webgossip), no loss: a follower crashes and is back with its blocks 200 ms
  // later; a transaction it submits 4 s after that is never committed, not even in its own ledger,
  // while the leader keeps cutting the others' transactions.
  it('a transaction of a peer restarted after a crash is committed everywhere', async () => {
    const schedule: FaultSchedule = {
      preset: 'webgossip',
      seed: 8,
      peers: 5,
      channelB: [],
      loss: 0,
      faults: [{ kind: 'crash', atMs: 0, peer: 0, downMs: 200, comeback: 'with-blocks' }],
      txs: [
        { atMs: 4150, peer: 0, channel: 0 },
        { atMs: 4498, peer: 1, channel: 0 },
      ],
    };
    expect(await violationsOf(schedule, ['tx-committed'])).toEqual([]);
  });
});
