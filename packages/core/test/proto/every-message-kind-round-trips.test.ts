import { describe, expect, it } from 'vitest';
import { big, CONTENT_CASES, contentOf, gossip } from '../../src/proto/index.js';
import { plain } from './plain-view.js';
import { BIG, block, blockData, blockHeader, envelopeOf, sampleMessage, secret } from './sample-messages.js';

const roundTrip = (kind: (typeof CONTENT_CASES)[number]) =>
  gossip.GossipMessage.decode(gossip.GossipMessage.encode(sampleMessage(kind)).finish());

describe('every GossipMessage content case round-trips with all fields set', () => {
  it.each(CONTENT_CASES)('%s', (kind) => {
    const sent = sampleMessage(kind);
    const bytes = gossip.GossipMessage.encode(sent).finish();
    const received = gossip.GossipMessage.decode(bytes);

    expect(plain(received)).toEqual(plain(sent));
    expect(contentOf(received)?.case).toBe(kind);
    expect(received.content).toBe(kind);
    // Re-encoding what was decoded gives the same bytes: nothing was dropped or reshaped.
    expect(gossip.GossipMessage.encode(received).finish()).toEqual(bytes);
  });
});

describe('uint64 fields keep all 64 bits through the codec', () => {
  it('nonce 2^64-1 on every message', () => {
    for (const kind of CONTENT_CASES) expect(big(roundTrip(kind).nonce)).toBe(BIG.nonce);
  });

  it('PeerTime in alive, state info and leadership messages', () => {
    const alive = roundTrip('aliveMsg').aliveMsg?.timestamp;
    expect(big(alive?.incNum)).toBe((1n << 63n) + 12_345n);
    expect(big(alive?.seqNum)).toBe((1n << 53n) + 1n);
    expect(big(roundTrip('stateInfo').stateInfo?.timestamp?.incNum)).toBe(BIG.incNum + 1n);
    expect(big(roundTrip('leadershipMsg').leadershipMsg?.timestamp?.seqNum)).toBe(BIG.seqNum + 2n);
  });

  it('pull nonces, ledger height, block and state-transfer sequence numbers', () => {
    expect(big(roundTrip('hello').hello?.nonce)).toBe(BIG.helloNonce);
    expect(big(roundTrip('dataDig').dataDig?.nonce)).toBe(BIG.digestNonce);
    expect(big(roundTrip('dataReq').dataReq?.nonce)).toBe(BIG.requestNonce);
    expect(big(roundTrip('dataUpdate').dataUpdate?.nonce)).toBe(BIG.updateNonce);
    expect(big(roundTrip('stateInfo').stateInfo?.properties?.ledgerHeight)).toBe(BIG.ledgerHeight);
    expect(big(roundTrip('dataMsg').dataMsg?.payload?.seqNum)).toBe(BIG.blockSeq);
    const request = roundTrip('stateRequest').stateRequest;
    expect([big(request?.startSeqNum), big(request?.endSeqNum)]).toEqual([BIG.startSeq, BIG.endSeq]);
    const payloads = roundTrip('stateResponse').stateResponse?.payloads ?? [];
    expect(payloads.map((p) => big(p.seqNum))).toEqual([BIG.blockSeq + 1n, BIG.blockSeq + 2n]);
    expect(big(roundTrip('txMsg').txMsg?.createdAtMs)).toBe(BIG.createdAt);
  });
});

describe('messages carried inside bytes fields round-trip too', () => {
  it('Envelope with its SecretEnvelope, whose payload is a Secret', () => {
    const sent = envelopeOf('outer');
    const received = gossip.Envelope.decode(gossip.Envelope.encode(sent).finish());
    expect(plain(received)).toEqual(plain(sent));
    const inner = gossip.Secret.decode(received.secretEnvelope?.payload ?? new Uint8Array());
    expect(inner.internalEndpoint).toBe('outer.internal:7051');
  });

  it('Secret', () => {
    expect(plain(gossip.Secret.decode(gossip.Secret.encode(secret).finish()))).toEqual(plain(secret));
  });

  it('Block, BlockHeader and BlockData (with its transactions)', () => {
    const received = gossip.Block.decode(gossip.Block.encode(block).finish());
    expect(plain(received)).toEqual(plain(block));
    expect(plain(gossip.BlockHeader.decode(received.header))).toEqual(plain(blockHeader));
    const data = gossip.BlockData.decode(received.data);
    expect(plain(data)).toEqual(plain(blockData));
    expect(big(gossip.BlockHeader.decode(received.header).number)).toBe(BIG.blockSeq);
  });
});
