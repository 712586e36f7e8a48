import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeFrame } from '../../src/comm/frame.js';
import { bytesEqual } from '../../src/ids.js';
import { encodeEnvelope, seal } from '../../src/proto/envelope.js';
import { type GossipMessage, gossip, u64 } from '../../src/proto/index.js';
import { ED25519_IMPLEMENTATIONS, flipBit } from './implementations.js';

const alive = (endpoint: string): GossipMessage => ({
  nonce: u64((1n << 64n) - 1n),
  tag: gossip.GossipMessage.Tag.EMPTY,
  aliveMsg: {
    membership: { endpoint, pkiId: new Uint8Array(32).fill(7) },
    timestamp: { incNum: u64((1n << 63n) + 12_345n), seqNum: u64(3n) },
  },
});

/** What a receiving peer does: guard the frame, then verify the payload bytes it received. */
function receive(frameBytes: Uint8Array) {
  const result = decodeFrame(frameBytes);
  if (!result.ok) throw result.error;
  return result.frame;
}

describe.each(ED25519_IMPLEMENTATIONS)('$name Ed25519 signatures', ({ create }) => {
  const sender = create();
  const receiver = create();
  const stranger = create();
  const frame = receive(encodeEnvelope(seal(alive('peer0:7051'), sender.sign)));

  it('verify succeeds on the payload and signature as received', () => {
    expect(receiver.verify(sender.identity, frame.envelope.signature, frame.payload)).toBe(true);
  });

  it('any flipped bit in the payload makes verify fail', () => {
    fc.assert(
      fc.property(fc.nat(frame.payload.length * 8 - 1), (bit) => {
        expect(receiver.verify(sender.identity, frame.envelope.signature, flipBit(frame.payload, bit))).toBe(
          false,
        );
      }),
      { numRuns: 300 },
    );
  });

  it('any flipped bit in the signature makes verify fail', () => {
    fc.assert(
      fc.property(fc.nat(64 * 8 - 1), (bit) => {
        expect(receiver.verify(sender.identity, flipBit(frame.envelope.signature, bit), frame.payload)).toBe(
          false,
        );
      }),
      { numRuns: 300 },
    );
  });

  it("another peer's key does not verify the signature", () => {
    expect(receiver.verify(stranger.identity, frame.envelope.signature, frame.payload)).toBe(false);
    const forged = stranger.sign(frame.payload);
    expect(receiver.verify(sender.identity, forged, frame.payload)).toBe(false);
  });

  it('malformed signatures and identities are refused without throwing', () => {
    const { signature } = frame.envelope;
    const { payload } = frame;
    expect(receiver.verify(sender.identity, signature.subarray(0, 63), payload)).toBe(false);
    expect(receiver.verify(sender.identity, new Uint8Array([...signature, 0]), payload)).toBe(false);
    expect(receiver.verify(sender.identity, new Uint8Array(), payload)).toBe(false);
    expect(receiver.verify(sender.identity.subarray(0, 31), signature, payload)).toBe(false);
    expect(receiver.verify(new Uint8Array(32), signature, payload)).toBe(false);
  });

  it("a payload in another encoder's field order verifies: the check runs on the bytes received, not a re-encoding", () => {
    const message = alive('peer1:7051');
    // Concatenated encodings are one valid message, here with its fields in reverse order.
    const reordered = new Uint8Array([
      ...gossip.GossipMessage.encode({ aliveMsg: message.aliveMsg ?? null }).finish(),
      ...gossip.GossipMessage.encode({ tag: message.tag ?? 0 }).finish(),
      ...gossip.GossipMessage.encode({ nonce: message.nonce ?? 0 }).finish(),
    ]);
    const received = receive(encodeEnvelope({ payload: reordered, signature: sender.sign(reordered) }));
    expect(bytesEqual(received.payload, reordered)).toBe(true);
    expect(receiver.verify(sender.identity, received.envelope.signature, received.payload)).toBe(true);

    const reencoded = gossip.GossipMessage.encode(received.message).finish();
    expect(bytesEqual(reencoded, reordered)).toBe(false);
    expect(receiver.verify(sender.identity, received.envelope.signature, reencoded)).toBe(false);
  });

  it('identity is the 32-byte public key and validates', () => {
    expect(sender.identity).toHaveLength(32);
    expect(sender.secure).toBe(true);
    expect(receiver.validateIdentity(sender.identity)).toBe(true);
    expect(receiver.validateIdentity(sender.identity.subarray(0, 31))).toBe(false);
    expect(receiver.validateIdentity(new Uint8Array(33))).toBe(false);
  });
});
