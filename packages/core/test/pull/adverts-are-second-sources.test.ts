import { createVirtualRuntime, type PkiId } from '@webgossip/core';
import { describe, expect, it } from 'vitest';
import { ADVERT_RETRIES, PullEngine } from '../../src/pull/engine-index.js';
import { peerId, pullConfig, recordingAdapter } from './pull-net.js';

const [R, A, B, C, D] = [1, 2, 3, 4, 5].map(peerId) as [PkiId, PkiId, PkiId, PkiId, PkiId];
const { advertRetryTime, digestWaitTime, requestWaitTime, responseWaitTime } = pullConfig;

/** Engines on one virtual clock, each recording what it sends; nothing is delivered unless a test does it. */
function cluster(ids: PkiId[]) {
  const runtime = createVirtualRuntime({ seed: 4 });
  const peers = new Map(
    ids.map((id) => {
      const rec = recordingAdapter(ids.filter((other) => other !== id));
      return [id, { engine: new PullEngine({ runtime, config: pullConfig, adapter: rec.adapter }), ...rec }];
    }),
  );
  const peer = (id: PkiId) => peers.get(id) as NonNullable<ReturnType<typeof peers.get>>;
  /** `from` advertises items to `to`, and `to` reacts as the mediator does to an unsolicited digest. */
  const advert = (from: PkiId, to: PkiId, items: string[]) => {
    peer(from).engine.advertise(to, items);
    const digest = peer(from).sent.at(-1);
    peer(to).engine.requestNow(from, digest?.items ?? [], digest?.nonce);
    return digest?.nonce as bigint;
  };
  const requestsOf = (id: PkiId) => peer(id).sent.filter((m) => m.kind === 'request');
  return { runtime, peer, advert, requestsOf };
}

describe('adverts of an item already asked for are second sources', () => {
  it('a request still unanswered after advertRetryTime is asked again of the next advertiser, under its advert nonce', () => {
    const net = cluster([R, A, B, C, D]);
    for (const id of [A, B, C, D]) net.peer(id).engine.add('b7');
    const nonces = [A, B, C, D].map((from) => net.advert(from, R, ['b7']));
    // Only the first advert is answered at once; the request to A is lost.
    expect(net.requestsOf(R)).toEqual([{ to: A, kind: 'request', nonce: nonces[0], items: ['b7'] }]);

    net.runtime.advance(advertRetryTime + 1);
    expect(net.requestsOf(R).at(-1)).toEqual({ to: B, kind: 'request', nonce: nonces[1], items: ['b7'] });
    net.runtime.advance(advertRetryTime);
    expect(net.requestsOf(R).at(-1)).toEqual({ to: C, kind: 'request', nonce: nonces[2], items: ['b7'] });
    // ADVERT_RETRIES second sources are kept: D's advert was one too many.
    net.runtime.advance(5 * responseWaitTime);
    expect(net.requestsOf(R).map((m) => m.to)).toEqual([A, ...[B, C].slice(0, ADVERT_RETRIES)]);
  });

  it('a late answer to the first request is still taken', () => {
    const net = cluster([R, A, B]);
    for (const id of [A, B]) net.peer(id).engine.add('b7');
    const nonceA = net.advert(A, R, ['b7']);
    net.advert(B, R, ['b7']);
    net.runtime.advance(advertRetryTime + 1);
    expect(net.requestsOf(R).map((m) => m.to)).toEqual([A, B]);
    expect(advertRetryTime).toBeLessThan(responseWaitTime);
    expect(net.peer(R).engine.onResponse(A, nonceA)).toBe(true);
    expect(net.peer(R).drops).toEqual([]);
  });

  it('an advert kept while a pull round asks for the item serves the request made when the round fails', () => {
    const net = cluster([R, A, B]);
    for (const id of [A, B]) net.peer(id).engine.add('b7');
    net.peer(R).engine.initiatePull();
    const hello = net.peer(R).sent.find((m) => m.kind === 'hello' && m.to === A);
    net.peer(A).engine.onHello(R, hello?.nonce as bigint);
    net.peer(R).engine.onDigest(A, hello?.nonce as bigint, ['b7']);
    net.runtime.advance(digestWaitTime + 1);
    expect(net.requestsOf(R)).toMatchObject([{ to: A, items: ['b7'] }]);

    // B's advert comes while the round's request is out; that request is lost.
    const nonceB = net.advert(B, R, ['b7']);
    net.runtime.advance(responseWaitTime);
    const retry = net.requestsOf(R).at(-1);
    expect(retry).toEqual({ to: B, kind: 'request', nonce: nonceB, items: ['b7'] });
    // B made its advert nonce live longer than requestWaitTime for this request.
    expect(responseWaitTime).toBeGreaterThan(requestWaitTime);
    net.peer(B).engine.onRequest(R, nonceB, ['b7']);
    expect(net.peer(B).sent.at(-1)).toEqual({ to: R, kind: 'response', nonce: nonceB, items: ['b7'] });
    expect(net.peer(B).drops).toEqual([]);
    expect(net.peer(R).engine.onResponse(B, nonceB)).toBe(true);
  });

  it('nothing is asked again once the item arrived', () => {
    const net = cluster([R, A, B]);
    for (const id of [A, B]) net.peer(id).engine.add('b7');
    const nonceA = net.advert(A, R, ['b7']);
    net.advert(B, R, ['b7']);
    expect(net.peer(R).engine.onResponse(A, nonceA)).toBe(true);
    net.peer(R).engine.add('b7');
    net.runtime.advance(3 * responseWaitTime);
    expect(net.requestsOf(R).map((m) => m.to)).toEqual([A]);
  });

  it('an advert that comes while the second source is being asked is a source for the next try', () => {
    const net = cluster([R, A, B, C]);
    for (const id of [A, B, C]) net.peer(id).engine.add('b7');
    net.advert(A, R, ['b7']);
    net.advert(B, R, ['b7']);
    net.runtime.advance(advertRetryTime + 1);
    net.advert(C, R, ['b7']);
    expect(net.requestsOf(R).map((m) => m.to)).toEqual([A, B]);
    net.runtime.advance(advertRetryTime);
    expect(net.requestsOf(R).map((m) => m.to)).toEqual([A, B, C]);
    net.runtime.advance(5 * responseWaitTime);
    expect(net.requestsOf(R).map((m) => m.to)).toEqual([A, B, C]);
  });

  it('when no advertiser delivered, a pull round starts at once instead of at the next interval', () => {
    const net = cluster([R, A, B]);
    net.peer(A).engine.add('b7');
    net.advert(A, R, ['b7']);
    const hellos = () => net.peer(R).sent.filter((m) => m.kind === 'hello');
    net.runtime.advance(responseWaitTime - 1);
    expect(hellos()).toEqual([]);
    net.runtime.advance(1);
    expect(
      hellos()
        .map((m) => m.to)
        .sort(),
    ).toEqual([A, B]);
  });

  it('a round still collecting digests, or a round request that dies, starts no extra round', () => {
    const net = cluster([R, A, B]);
    net.peer(A).engine.add('b7');
    net.advert(A, R, ['b7']);
    net.runtime.advance(responseWaitTime - digestWaitTime / 2);
    net.peer(R).engine.initiatePull();
    net.runtime.advance(digestWaitTime / 2);
    // The advert's request died while the round collected digests: that round asks for the block.
    expect(net.peer(R).sent.filter((m) => m.kind === 'hello')).toHaveLength(2);

    const hello = net.peer(R).sent.find((m) => m.kind === 'hello' && m.to === A);
    net.peer(R).engine.onDigest(A, hello?.nonce as bigint, ['b7']);
    net.runtime.advance(digestWaitTime);
    expect(net.requestsOf(R).at(-1)).toMatchObject({ to: A, nonce: hello?.nonce, items: ['b7'] });
    // That request dies too: pull rounds keep their own pace, as in Fabric.
    net.runtime.advance(responseWaitTime + 1);
    expect(net.peer(R).sent.filter((m) => m.kind === 'hello')).toHaveLength(2);
  });
});
