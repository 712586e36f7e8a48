import { createVirtualRuntime, type PkiId } from '@webgossip/core';
import { describe, expect, it } from 'vitest';
import { PullEngine } from '../../src/pull/engine-index.js';
import { peerId, pullConfig, recordingAdapter } from './pull-net.js';

const [A, B] = [peerId(1), peerId(2)] as [PkiId, PkiId];

describe('stop', () => {
  it('cancels every timer and silences the engine', () => {
    const runtime = createVirtualRuntime({ seed: 4 });
    const rec = recordingAdapter([B]);
    const engine = new PullEngine({ runtime, config: pullConfig, adapter: rec.adapter });
    engine.add('x');
    engine.start();
    engine.initiatePull();
    engine.onHello(A, 5n);
    engine.requestNow(B, ['y']);
    expect(runtime.pending()).toBeGreaterThan(0);

    engine.stop();

    expect(runtime.pending()).toBe(0);
    const before = rec.sent.length;
    runtime.advance(10 * pullConfig.pullInterval);
    engine.initiatePull();
    engine.onHello(A, 6n);
    engine.onRequest(A, 5n, ['x']);
    expect(engine.onResponse(B, rec.sent[0]?.nonce as bigint)).toBe(false);
    expect(engine.requestNow(B, ['z'])).toBeUndefined();
    expect(rec.sent.length).toBe(before);
    expect(rec.drops).toEqual([]);
    expect(runtime.pending()).toBe(0);
  });

  it('pulls periodically once started, and not before', () => {
    const runtime = createVirtualRuntime({ seed: 4 });
    const rec = recordingAdapter([B]);
    const engine = new PullEngine({ runtime, config: pullConfig, adapter: rec.adapter });
    runtime.advance(5 * pullConfig.pullInterval);
    expect(rec.sent).toEqual([]);

    engine.start();
    runtime.advance(5 * pullConfig.pullInterval);

    expect(rec.sent.filter((w) => w.kind === 'hello').length).toBe(5);
  });
});
