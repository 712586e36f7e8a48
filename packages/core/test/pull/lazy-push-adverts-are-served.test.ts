import { createVirtualRuntime, type PkiId } from '@webgossip/core';
import { describe, expect, it } from 'vitest';
import { ADVERT_RETRIES, PullEngine } from '../../src/pull/engine-index.js';
import { peerId, pullConfig, recordingAdapter } from './pull-net.js';

const [A, B, C] = [peerId(1), peerId(2), peerId(3)] as [PkiId, PkiId, PkiId];

function engineOf(peers: PkiId[]) {
  const runtime = createVirtualRuntime({ seed: 9 });
  const rec = recordingAdapter(peers);
  return { runtime, engine: new PullEngine({ runtime, config: pullConfig, adapter: rec.adapter }), ...rec };
}

describe('lazy push', () => {
  it('an advert is answered by a request under its nonce, and that request is served', () => {
    const advertiser = engineOf([B]);
    advertiser.engine.add('b7');
    advertiser.engine.advertise(B, ['b7']);
    const advert = advertiser.sent.at(-1);
    expect(advert).toMatchObject({ to: B, kind: 'digest', items: ['b7'] });

    const receiver = engineOf([A]);
    expect(receiver.engine.awaitsDigest(A, advert?.nonce as bigint)).toBe(false);
    receiver.engine.requestNow(A, ['b7'], advert?.nonce as bigint);
    const request = receiver.sent.at(-1);
    expect(request).toEqual({ to: A, kind: 'request', nonce: advert?.nonce, items: ['b7'] });

    advertiser.engine.onRequest(B, request?.nonce as bigint, ['b7']);
    expect(advertiser.sent.at(-1)).toEqual({ to: B, kind: 'response', nonce: advert?.nonce, items: ['b7'] });
    expect(advertiser.drops).toEqual([]);
    expect(receiver.engine.onResponse(A, advert?.nonce as bigint)).toBe(true);
  });

  it('an advert nonce serves only the peer it was made for, and only while a second-source request may come', () => {
    const advertiser = engineOf([B, C]);
    advertiser.engine.add('b7');
    advertiser.engine.advertise(B, ['b7']);
    const nonce = advertiser.sent.at(-1)?.nonce as bigint;
    advertiser.engine.onRequest(C, nonce, ['b7']);
    expect(advertiser.drops).toEqual([{ from: C, kind: 'request' }]);
    const live = pullConfig.requestWaitTime + ADVERT_RETRIES * pullConfig.responseWaitTime;
    advertiser.runtime.advance(live + 1);
    advertiser.engine.onRequest(B, nonce, ['b7']);
    expect(advertiser.drops).toEqual([
      { from: C, kind: 'request' },
      { from: B, kind: 'request' },
    ]);
    expect(advertiser.sent.filter((m) => m.kind === 'response')).toEqual([]);
  });

  it('nothing is advertised that the advertiser does not hold', () => {
    const advertiser = engineOf([B]);
    advertiser.engine.advertise(B, ['b7']);
    expect(advertiser.sent).toEqual([]);
  });
});
