import { describe, expect, it } from 'vitest';
import { encodeEnvelope, gossip, u64 } from '../../src/proto/index.js';
import { bareNetwork, LATENCY } from './bare-comms.js';

/** Two bare Comm instances on one memory network, not linked yet. */
function pair(seed: number) {
  const { runtime, make } = bareNetwork(seed);
  return { runtime, a: make('a'), b: make('b') };
}

describe('glare leaves one link that both peers use', () => {
  for (const seed of [1, 2, 3, 4]) {
    it(`two peers dialing each other at once keep the link the lower PKI-ID opened (seed ${seed})`, () => {
      const { runtime, a, b } = pair(seed);
      a.comm.connect(b.endpoint);
      b.comm.connect(a.endpoint);
      runtime.runUntil(() => a.comm.has(b.crypto.pkiId) && b.comm.has(a.crypto.pkiId), 5_000);
      runtime.advance(10 * LATENCY);
      // Each side dialed one link and accepted the other's: a real glare.
      expect([a.links.length, b.links.length]).toEqual([2, 2]);
      const lower = a.crypto.pkiId < b.crypto.pkiId ? a : b;
      const openA = a.links.filter(({ link }) => link.open);
      const openB = b.links.filter(({ link }) => link.open);
      expect(openA).toHaveLength(1);
      expect(openB).toHaveLength(1);
      // The surviving link is the one the lower side dialed (its first recorded link is its dial).
      expect(lower.links[0]?.link.open).toBe(true);
      // The other link was closed as a duplicate, and for nothing else.
      const reasons = [...a.links, ...b.links].flatMap((watched) => watched.closedBy);
      expect(reasons.length).toBeGreaterThan(0);
      expect(new Set(reasons)).toEqual(new Set(['duplicate link']));
      expect([...a.downs, ...b.downs]).toEqual([]);
      expect(a.comm.linked()).toEqual([b.crypto.pkiId]);
      expect(b.comm.linked()).toEqual([a.crypto.pkiId]);
    });
  }

  it('a second link dialed by the same side replaces the first without the peer going down', () => {
    const { runtime, a, b } = pair(5);
    a.comm.connect(b.endpoint);
    runtime.runUntil(() => a.comm.has(b.crypto.pkiId) && b.comm.has(a.crypto.pkiId), 5_000);
    // A send addressed by endpoint alone dials it, though a link to the peer behind it exists.
    const before = a.links.length;
    const probe = gossip.GossipMessage.encode({ nonce: u64(7n), empty: {} }).finish();
    expect(a.comm.send(encodeEnvelope({ payload: probe }), 'empty', { endpoint: b.endpoint })).toBe(true);
    runtime.runUntil(
      () => a.links.length > before && a.links.filter(({ link }) => link.open).length === 1,
      5_000,
    );
    runtime.advance(10 * LATENCY);
    expect(a.links.filter(({ link }) => link.open)).toEqual([a.links[before]]);
    expect(b.links.filter(({ link }) => link.open)).toHaveLength(1);
    expect([...a.downs, ...b.downs]).toEqual([]);
    expect(a.comm.has(b.crypto.pkiId) && b.comm.has(a.crypto.pkiId)).toBe(true);
  });
});
