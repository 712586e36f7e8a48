import {
  CONTENT_CASES,
  type ContentCase,
  channelToBytes,
  decodeFrame,
  encodeEnvelope,
  gossip,
} from '@webgossip/core';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Attacker } from '../helpers/attacker.js';
import { A, Cluster, type Peer } from '../helpers/cluster.js';
import { sampleMessage } from '../proto/sample-messages.js';

/** FUZZ_RUNS=1000000 for a benchmark run; the default keeps `npm test` quick. */
const RUNS = Number(process.env.FUZZ_RUNS ?? 2000);
/** Handled by comm itself (the handshake and probes) or by the transport (signals), not by a message handler. */
const OUTSIDE: ContentCase[] = ['conn', 'empty', 'ack', 'signal'];
const KINDS = CONTENT_CASES.filter((kind) => !OUTSIDE.includes(kind));

let cluster: Cluster;
let victim: Peer;
let honest: Peer;
let evil: Attacker;
/** Messages of the fuzzer's that reached the victim's handlers. */
let fromFuzzer = 0;

beforeAll(async () => {
  cluster = new Cluster({ seed: Number(process.env.SEED ?? 71) });
  await cluster.add('boot');
  honest = await cluster.add('p1', ['mem://boot']);
  // The violation score would close the fuzzer's link within 51 cases: here every handler is under test.
  victim = await cluster.add('victim', ['mem://boot'], { violationLimit: Number.MAX_SAFE_INTEGER });
  cluster.until(() => cluster.fullMembership());
  for (const peer of cluster.peers) peer.gossip.joinChan({}, A);
  cluster.until(() => cluster.peers.every((p) => p.gossip.peersOfChannel(A).length === 2));
  evil = new Attacker(cluster, 'fuzzer').connect(victim);
  victim.gossip.events.on('message-in', (event) => {
    if (event.from === evil.pkiId) fromFuzzer++;
  });
});
afterAll(() => {
  evil?.close();
  cluster?.stopAll();
});

/** A sample message of `kind` (every field set), on channel A or not, its payload bytes mutated at random. */
const fuzzed = fc
  .record({
    kind: fc.constantFrom(...KINDS),
    onA: fc.boolean(),
    flips: fc.array(fc.record({ at: fc.nat(), value: fc.integer({ min: 0, max: 255 }) }), { maxLength: 6 }),
    cut: fc.option(fc.nat(), { nil: undefined }),
  })
  .map(({ kind, onA, flips, cut }) => {
    const message = { ...sampleMessage(kind), ...(onA ? { channel: channelToBytes(A) } : {}) };
    const payload = gossip.GossipMessage.encode(message).finish();
    for (const { at, value } of flips) payload[at % payload.length] = value;
    const bytes = cut === undefined ? payload : payload.slice(0, 1 + (cut % payload.length));
    return encodeEnvelope({ payload: bytes, signature: new Uint8Array(64).fill(1) });
  })
  .filter((frame) => decodeFrame(frame).ok);

describe('every message handler, fed fuzzed messages over an authenticated link', () => {
  it(`takes ${RUNS} of them without a throw escaping, and keeps serving honest peers`, () => {
    fc.assert(
      fc.property(fuzzed, (frame) => {
        const before = fromFuzzer;
        evil.sendBytes(frame);
        // A throw inside a handler surfaces here: frames are delivered inside the runtime's advance().
        cluster.until(() => fromFuzzer > before, 1_000);
      }),
      { numRuns: RUNS, seed: Number(process.env.SEED ?? 71) },
    );
    expect(evil.open).toBe(true);
    const dropped = Object.values(victim.gossip.metrics().dropped).reduce((sum, n) => sum + (n ?? 0), 0);
    expect(dropped).toBeGreaterThan(0);
    // Nothing forged was stored: the victim knows the same members as before, and blocks still flow.
    expect(victim.gossip.peers().length).toBeLessThanOrEqual(cluster.peers.length + 1);
    const height = victim.gossip.ledgerHeight(A);
    honest.gossip.submitTransaction(A, new TextEncoder().encode('after the fuzz'));
    cluster.until(() => victim.gossip.ledgerHeight(A) > height, 10_000);
  });
});
