import {
  createVirtualRuntime,
  type Envelope,
  gossip,
  IdentityStore,
  type MessageCryptoService,
  type PkiId,
  presets,
} from '@webgossip/core';
import { describe, expect, it } from 'vitest';
import { decodeFrame } from '../../src/comm/frame.js';
import { createNodeEd25519Crypto } from '../../src/node.js';
import { encodeEnvelope } from '../../src/proto/envelope.js';
import { IdentityPuller } from '../../src/pull/index.js';

describe('identity puller', () => {
  it('spreads every peer’s signed PeerIdentity by pull alone, with PKI-IDs as raw digest bytes', () => {
    const runtime = createVirtualRuntime({ seed: 71 });
    const cryptos: MessageCryptoService[] = Array.from({ length: 6 }, () => createNodeEd25519Crypto());
    const stores = cryptos.map((crypto) => new IdentityStore(crypto));
    const pullers = new Map<PkiId, IdentityPuller>();
    const digestSizes = new Set<number>();
    cryptos.forEach((crypto, i) => {
      const puller = new IdentityPuller({
        runtime,
        config: presets.webgossip,
        crypto,
        identities: stores[i] as IdentityStore,
        metadata: new Uint8Array(0),
        aliveIds: () => cryptos.map((c) => c.pkiId).filter((id) => id !== crypto.pkiId),
        isAlive: (id) => id !== crypto.pkiId && cryptos.some((c) => c.pkiId === id),
        prefer: (ids) => ids,
        send: (envelope: Envelope, _kind, to) => {
          // Through the real codec, as on a link.
          const frame = decodeFrame(encodeEnvelope(envelope));
          if (!frame.ok) throw frame.error;
          for (const digest of frame.frame.message.dataDig?.digests ?? []) digestSizes.add(digest.length);
          runtime.setTimeout(() => pullers.get(to)?.mediator.handle(frame.frame.message, crypto.pkiId), 10);
        },
        drop: (reason) => {
          throw new Error(`unexpected drop: ${reason}`);
        },
      });
      pullers.set(crypto.pkiId, puller);
      puller.mediator.engine.start();
    });
    runtime.runUntil(() => stores.every((store) => cryptos.every((c) => store.has(c.pkiId))), 20_000);
    for (const store of stores) {
      for (const c of cryptos)
        expect(Uint8Array.from(store.get(c.pkiId) ?? [])).toEqual(Uint8Array.from(c.identity));
    }
    expect([...digestSizes]).toEqual([32]);
    for (const puller of pullers.values()) puller.mediator.engine.stop();
    expect(gossip.PullMsgType.IDENTITY_MSG).toBe(2);
  });
});
