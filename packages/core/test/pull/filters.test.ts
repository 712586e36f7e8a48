import { createVirtualRuntime, type PkiId } from '@webgossip/core';
import { describe, expect, it } from 'vitest';
import { type PullAdapter, PullEngine } from '../../src/pull/engine-index.js';
import { peerId, pullConfig, recordingAdapter } from './pull-net.js';

const [A, B, C] = [peerId(1), peerId(2), peerId(3)] as [PkiId, PkiId, PkiId];

function setup(extra: Partial<PullAdapter>) {
  const runtime = createVirtualRuntime({ seed: 9 });
  const rec = recordingAdapter([B]);
  const engine = new PullEngine({ runtime, config: pullConfig, adapter: { ...rec.adapter, ...extra } });
  return { runtime, engine, ...rec };
}

describe('digest filters', () => {
  it('requests only the items the ingress filter keeps (blocks at or above our height)', () => {
    const height = 10;
    const s = setup({ filterIngress: (_from, items) => items.filter((id) => Number(id) >= height) });
    s.engine.initiatePull();
    const nonce = s.sent[0]?.nonce as bigint;
    s.engine.onDigest(
      B,
      nonce,
      Array.from({ length: 11 }, (_, i) => String(i + 5)),
    );
    s.runtime.advance(pullConfig.digestWaitTime);

    expect(s.sent.at(-1)?.items.sort()).toEqual(['10', '11', '12', '13', '14', '15']);
    expect(s.engine.requestNow(C, ['3', '4'])).toBeUndefined();
  });

  it('shows a peer only what the egress filter allows, in digests and responses', () => {
    const s = setup({
      filterEgress: (to, items) => (to === C ? items.filter((id) => id !== 'secret') : items),
    });
    s.engine.add('public');
    s.engine.add('secret');

    s.engine.onHello(C, 1n);
    s.engine.onRequest(C, 1n, ['secret', 'public']);
    s.engine.onHello(A, 2n);
    s.engine.onRequest(A, 2n, ['secret']);

    expect(s.sent).toEqual([
      { to: C, kind: 'digest', nonce: 1n, items: ['public'] },
      { to: C, kind: 'response', nonce: 1n, items: ['public'] },
      { to: A, kind: 'digest', nonce: 2n, items: ['public', 'secret'] },
      { to: A, kind: 'response', nonce: 2n, items: ['secret'] },
    ]);
  });
});
