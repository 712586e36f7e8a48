import { createVirtualRuntime, type PkiId } from '@webgossip/core';
import { describe, expect, it } from 'vitest';
import { PullEngine } from '../../src/pull/engine-index.js';
import { peerId, pullConfig, receive, recordingAdapter } from './pull-net.js';

const [A, B, C] = [peerId(1), peerId(2), peerId(3)] as [PkiId, PkiId, PkiId];

function setup(peers: PkiId[] = [B]) {
  const runtime = createVirtualRuntime({ seed: 5 });
  const rec = recordingAdapter(peers);
  const engine = new PullEngine({ runtime, config: pullConfig, adapter: rec.adapter });
  return { runtime, engine, ...rec };
}

/** Runs a round against B up to the Request for `x`, returning its nonce. */
function requestFromB(s: ReturnType<typeof setup>): bigint {
  s.engine.initiatePull();
  const nonce = s.sent[0]?.nonce as bigint;
  s.engine.onDigest(B, nonce, ['x']);
  s.runtime.advance(pullConfig.digestWaitTime);
  expect(s.sent.at(-1)).toEqual({ to: B, kind: 'request', nonce, items: ['x'] });
  return nonce;
}

describe('pull messages need a live nonce', () => {
  it('ignores and reports responses from another peer or with a foreign nonce', () => {
    const s = setup();
    const nonce = requestFromB(s);

    receive(s.engine, C, 'response', nonce, ['x']);
    receive(s.engine, B, 'response', nonce ^ 1n, ['x']);

    expect(s.engine.has('x')).toBe(false);
    expect(s.drops).toEqual([
      { from: C, kind: 'response' },
      { from: B, kind: 'response' },
    ]);
    receive(s.engine, B, 'response', nonce, ['x']);
    expect(s.engine.has('x')).toBe(true);
  });

  it('ignores a response once responseWaitTime has passed', () => {
    const s = setup();
    const nonce = requestFromB(s);
    s.runtime.advance(pullConfig.responseWaitTime);

    receive(s.engine, B, 'response', nonce, ['x']);

    expect(s.engine.has('x')).toBe(false);
    expect(s.drops).toEqual([{ from: B, kind: 'response' }]);
  });

  it('ignores a response to a Hello that no Request followed', () => {
    const s = setup();
    s.engine.initiatePull();
    const nonce = s.sent[0]?.nonce as bigint;

    receive(s.engine, B, 'response', nonce, ['x']);

    expect(s.engine.has('x')).toBe(false);
    expect(s.drops).toEqual([{ from: B, kind: 'response' }]);
  });

  it('ignores digests that are foreign, from another peer, late, or unsolicited', () => {
    const s = setup();
    s.engine.initiatePull();
    const nonce = s.sent[0]?.nonce as bigint;

    expect(s.engine.onDigest(B, nonce + 1n, ['a'])).toBe(false);
    expect(s.engine.onDigest(C, nonce, ['b'])).toBe(false);
    expect(s.engine.onDigest(B, 0n, ['c'])).toBe(false);
    s.runtime.advance(pullConfig.digestWaitTime);
    expect(s.engine.onDigest(B, nonce, ['d'])).toBe(false);
    s.runtime.advance(pullConfig.responseWaitTime);

    expect(s.sent.filter((w) => w.kind === 'request')).toEqual([]);
    expect(s.drops.map((d) => d.kind)).toEqual(['digest', 'digest', 'digest', 'digest']);
  });

  it('answers a request only for a live incoming nonce of the same peer, once', () => {
    const s = setup();
    s.engine.add('x');

    s.engine.onRequest(A, 99n, ['x']);
    s.engine.onHello(A, 7n);
    expect(s.sent).toEqual([{ to: A, kind: 'digest', nonce: 7n, items: ['x'] }]);
    s.engine.onRequest(C, 7n, ['x']);
    s.engine.onRequest(A, 7n, ['x', 'missing']);
    s.engine.onRequest(A, 7n, ['x']);
    s.engine.onHello(A, 8n);
    s.runtime.advance(pullConfig.requestWaitTime);
    s.engine.onRequest(A, 8n, ['x']);

    expect(s.sent.filter((w) => w.kind === 'response')).toEqual([
      { to: A, kind: 'response', nonce: 7n, items: ['x'] },
    ]);
    expect(s.drops).toEqual([
      { from: A, kind: 'request' },
      { from: C, kind: 'request' },
      { from: A, kind: 'request' },
      { from: A, kind: 'request' },
    ]);
  });

  it('sends no digest when it has nothing to show', () => {
    const s = setup();
    s.engine.onHello(A, 7n);
    s.engine.onRequest(A, 7n, ['x']);
    expect(s.sent).toEqual([]);
  });
});
