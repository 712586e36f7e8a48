import { describe, expect, it } from 'vitest';
import {
  DEFAULT_MAX_MESSAGE_SIZE,
  decodeFrame,
  FrameError,
  type FrameErrorKind,
  type FrameResult,
} from '../../src/comm/frame.js';
import { bytesEqual } from '../../src/ids.js';
import { encodeEnvelope, seal } from '../../src/proto/envelope.js';
import { CONTENT_CASES, gossip, u64 } from '../../src/proto/index.js';
import { sampleMessage, tagged } from '../proto/sample-messages.js';

const signature = tagged('a 64-byte signature would sit here');
const frameOf = (payload: Uint8Array) => encodeEnvelope({ payload, signature });
const aliveFrame = encodeEnvelope(seal(sampleMessage('aliveMsg'), () => signature));

function errorKind(result: FrameResult): FrameErrorKind | 'ok' {
  if (result.ok) return 'ok';
  expect(result.error).toBeInstanceOf(FrameError);
  expect(result.error.message.startsWith(`${result.error.kind}: `)).toBe(true);
  return result.error.kind;
}

describe('frames that pass the guard', () => {
  it.each(CONTENT_CASES)('a signed %s frame decodes with its payload bytes untouched', (kind) => {
    const sealed = seal(sampleMessage(kind), () => signature);
    const result = decodeFrame(encodeEnvelope(sealed));
    if (!result.ok) throw result.error;
    expect(result.frame.content.case).toBe(kind);
    expect(bytesEqual(result.frame.payload, sealed.payload ?? new Uint8Array())).toBe(true);
    expect(bytesEqual(result.frame.envelope.signature, signature)).toBe(true);
  });
});

describe('oversize frames are refused before any decoding', () => {
  it('one byte over the default 256 KiB', () => {
    expect(DEFAULT_MAX_MESSAGE_SIZE).toBe(256 * 1024);
    expect(errorKind(decodeFrame(new Uint8Array(DEFAULT_MAX_MESSAGE_SIZE + 1)))).toBe('oversize');
  });

  it('a valid frame one byte over a smaller limit, but accepted at exactly the limit', () => {
    expect(errorKind(decodeFrame(aliveFrame, aliveFrame.length - 1))).toBe('oversize');
    expect(errorKind(decodeFrame(aliveFrame, aliveFrame.length))).toBe('ok');
  });

  it('garbage over the limit is reported as oversize, not as malformed: size is checked first', () => {
    const garbage = new Uint8Array(DEFAULT_MAX_MESSAGE_SIZE + 10).fill(0xff);
    expect(errorKind(decodeFrame(garbage.subarray(0, 100)))).toBe('malformed-envelope');
    expect(errorKind(decodeFrame(garbage))).toBe('oversize');
  });

  it('a 64 KiB block frame passes the default limit', () => {
    const block = {
      nonce: u64(1n),
      dataMsg: { payload: { seqNum: u64(9n), data: new Uint8Array(64 * 1024) } },
    };
    expect(errorKind(decodeFrame(encodeEnvelope(seal(block, () => signature))))).toBe('ok');
  });
});

describe('truncated frames', () => {
  it('every prefix that cuts into a field is a malformed envelope', () => {
    // The only whole-field boundary inside the frame is between payload and signature.
    const payloadEnd = gossip.Envelope.encode({
      payload: gossip.Envelope.decode(aliveFrame).payload,
    }).finish().length;
    for (let length = 0; length < aliveFrame.length; length++) {
      const kind = errorKind(decodeFrame(aliveFrame.subarray(0, length)));
      // A frame cut exactly after the payload is a well-formed unsigned envelope; signatures are checked later.
      expect(kind, `prefix of ${length} bytes`).toBe(length === payloadEnd ? 'ok' : 'malformed-envelope');
    }
  });

  it('a payload cut short is a malformed message, or empty content when the cut falls before the content', () => {
    const message = sampleMessage('stateInfo');
    const payload = gossip.GossipMessage.encode(message).finish();
    // Where the header fields (nonce, channel, tag) end; the content comes last.
    const headerEnds = [
      { nonce: message.nonce ?? null },
      { nonce: message.nonce ?? null, channel: message.channel ?? null },
      { ...message, stateInfo: null },
    ].map((header) => gossip.GossipMessage.encode(header).finish().length);
    for (let length = 1; length < payload.length; length++) {
      const kind = errorKind(decodeFrame(frameOf(payload.subarray(0, length))));
      const expected = headerEnds.includes(length) ? 'empty-content' : 'malformed-message';
      expect(kind, `payload prefix of ${length} bytes`).toBe(expected);
    }
  });
});

describe('messages with more than one content case on the wire', () => {
  it('the last one wins, as protobuf (and so Fabric) reads a oneof', () => {
    const alive = gossip.GossipMessage.encode({
      aliveMsg: sampleMessage('aliveMsg').aliveMsg ?? null,
    }).finish();
    const conn = gossip.GossipMessage.encode({ conn: sampleMessage('conn').conn ?? null }).finish();
    const aliveThenConn = decodeFrame(frameOf(new Uint8Array([...alive, ...conn])));
    const connThenAlive = decodeFrame(frameOf(new Uint8Array([...conn, ...alive])));
    expect(aliveThenConn.ok && aliveThenConn.frame.content.case).toBe('conn');
    expect(connThenAlive.ok && connThenAlive.frame.content.case).toBe('aliveMsg');
    // The case read first is gone from the decoded message, not only from its content.
    expect(aliveThenConn.ok && aliveThenConn.frame.message.aliveMsg).toBeFalsy();
    expect(connThenAlive.ok && connThenAlive.frame.message.conn).toBeFalsy();
  });
});

describe('envelopes without a usable message', () => {
  it('no payload at all', () => {
    expect(errorKind(decodeFrame(new Uint8Array()))).toBe('malformed-envelope');
    expect(errorKind(decodeFrame(encodeEnvelope({ signature })))).toBe('malformed-envelope');
  });

  it('a payload that is not a GossipMessage', () => {
    expect(errorKind(decodeFrame(frameOf(new Uint8Array([0xff, 0xff, 0xff]))))).toBe('malformed-message');
    expect(errorKind(decodeFrame(frameOf(new Uint8Array([0x2a, 0x10, 0x01]))))).toBe('malformed-message');
  });

  it('a GossipMessage with a header but no content is empty content', () => {
    const headerOnly = { nonce: u64((1n << 64n) - 1n), channel: tagged('mychannel'), tag: 3 };
    expect(errorKind(decodeFrame(encodeEnvelope(seal(headerOnly, () => signature))))).toBe('empty-content');
  });

  it('a GossipMessage whose only field is one this schema does not know is empty content', () => {
    // Field 99, length-delimited, 2 bytes: a content case from some other version.
    expect(errorKind(decodeFrame(frameOf(new Uint8Array([0x9a, 0x06, 0x02, 0x08, 0x01]))))).toBe(
      'empty-content',
    );
  });
});
