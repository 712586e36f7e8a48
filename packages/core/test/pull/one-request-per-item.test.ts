import type { PkiId } from '@webgossip/core';
import { createVirtualRuntime } from '@webgossip/core';
import { describe, expect, it } from 'vitest';
import { PullEngine } from '../../src/pull/engine-index.js';
import { PullNet, peerId, pullConfig, recordingAdapter } from './pull-net.js';

const [B, C, D] = [peerId(2), peerId(3), peerId(4)] as [PkiId, PkiId, PkiId];

function engineWith(peers: PkiId[], ownersPerItem = 1) {
  const runtime = createVirtualRuntime({ seed: 3 });
  const rec = recordingAdapter(peers);
  const config = { ...pullConfig, pullOwnersPerItem: ownersPerItem };
  const engine = new PullEngine({ runtime, config, adapter: rec.adapter });
  return { runtime, engine, ...rec };
}

describe('each missing item is requested of pullOwnersPerItem peers (Fabric: one), and once at a time', () => {
  it.each([1, 2])('asks %i of the peers that offered each item, under each one’s Hello nonce', (perItem) => {
    const { runtime, engine, sent } = engineWith([B, C, D], perItem);
    const advertised = Array.from({ length: 30 }, (_, i) => `x${i}`);
    engine.add('x5');
    engine.initiatePull();
    const hellos = new Map(sent.filter((w) => w.kind === 'hello').map((w) => [w.to, w.nonce]));
    expect([...hellos.keys()].sort()).toEqual([B, C, D]);
    for (const [peer, nonce] of hellos) expect(engine.onDigest(peer, nonce, advertised)).toBe(true);

    runtime.advance(pullConfig.digestWaitTime);

    const requests = sent.filter((w) => w.kind === 'request');
    const askedOf = new Map<string, PkiId[]>();
    for (const request of requests) {
      expect(request.nonce).toBe(hellos.get(request.to));
      for (const item of request.items) askedOf.set(item, [...(askedOf.get(item) ?? []), request.to]);
    }
    expect([...askedOf.keys()].sort()).toEqual(advertised.filter((item) => item !== 'x5').sort());
    for (const peers of askedOf.values()) {
      expect(peers).toHaveLength(perItem);
      expect(new Set(peers).size).toBe(perItem);
    }
    expect(new Set(requests.map((w) => w.to)).size).toBeGreaterThan(1);
  });

  it.each([1, 2])(
    'with %i owner(s) per item, never has more requests for one item in flight in a running network',
    (perItem) => {
      const net = new PullNet({ peers: 10, seed: 21, fanout: 4, ownersPerItem: perItem });
      const items = Array.from({ length: 20 }, (_, i) => `b${i}`);
      for (const item of items) net.engine(net.ids[0]!).add(item);
      for (const item of items.slice(0, 10)) net.engine(net.ids[1]!).add(item);
      for (const engine of net.engines.values()) engine.start();
      net.runtime.runUntil(() => net.everyoneHas(items), 30 * pullConfig.pullInterval);
      expect(net.everyoneHas(items)).toBe(true);

      const askedAt = new Map<string, number[]>();
      for (const wire of net.wires.filter((w) => w.kind === 'request')) {
        for (const item of wire.items) {
          const key = `${wire.from}:${item}`;
          askedAt.set(key, [...(askedAt.get(key) ?? []), wire.at]);
        }
      }
      expect(askedAt.size).toBeGreaterThan(0);
      let most = 0;
      for (const times of askedAt.values()) {
        for (const t of times) {
          const inFlight = times.filter((u) => u >= t && u < t + pullConfig.responseWaitTime).length;
          most = Math.max(most, inFlight);
        }
      }
      expect(most).toBe(perItem);
    },
  );

  it('does not ask a pull round for an item a lazy request already awaits', () => {
    const { runtime, engine, sent } = engineWith([C]);
    engine.requestNow(B, ['lazy']);
    engine.initiatePull();
    const hello = sent.find((w) => w.kind === 'hello');
    engine.onDigest(C, hello?.nonce as bigint, ['lazy', 'other']);

    runtime.advance(pullConfig.digestWaitTime);

    const requests = sent.filter((w) => w.kind === 'request');
    expect(requests.map((w) => [w.to, w.items])).toEqual([
      [B, ['lazy']],
      [C, ['other']],
    ]);
  });

  it('requests an advertised item at once, once, until the request expires', () => {
    const { runtime, engine, sent } = engineWith([]);
    engine.add('have');

    expect(engine.requestNow(B, ['new', 'have'])).toBeTypeOf('bigint');
    expect(engine.requestNow(C, ['new'])).toBeUndefined();
    expect(engine.requestNow(D, ['have'])).toBeUndefined();
    expect(sent).toEqual([{ to: B, kind: 'request', nonce: sent[0]?.nonce, items: ['new'] }]);

    runtime.advance(pullConfig.responseWaitTime);
    const nonce = engine.requestNow(C, ['new']);
    expect(sent.at(-1)).toEqual({ to: C, kind: 'request', nonce, items: ['new'] });
    expect(engine.onResponse(C, nonce as bigint)).toBe(true);
  });
});
