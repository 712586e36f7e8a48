import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeFrame, FrameError, type FrameErrorKind } from '../../src/comm/frame.js';
import { encodeEnvelope, seal } from '../../src/proto/envelope.js';
import { CONTENT_CASES, contentOf } from '../../src/proto/index.js';
import { sampleMessage, tagged } from '../proto/sample-messages.js';

const KINDS: readonly FrameErrorKind[] = [
  'oversize',
  'malformed-envelope',
  'malformed-message',
  'empty-content',
];
const RUNS = 5000;

/** decodeFrame must return, never throw, and say either ok with content or one typed kind. */
function expectWellBehaved(bytes: Uint8Array, maxMessageSize?: number): void {
  const result = decodeFrame(bytes, maxMessageSize);
  if (result.ok) {
    expect(CONTENT_CASES).toContain(result.frame.content.case);
    expect(contentOf(result.frame.message)?.case).toBe(result.frame.content.case);
    expect(result.frame.payload.length).toBeGreaterThan(0);
  } else {
    expect(result.error).toBeInstanceOf(FrameError);
    expect(KINDS).toContain(result.error.kind);
  }
}

const validFrames = CONTENT_CASES.map((kind) =>
  encodeEnvelope(seal(sampleMessage(kind), () => tagged('sig'))),
);

describe('the frame guard never throws on hostile bytes', () => {
  it('random bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 600 }), (bytes) => expectWellBehaved(bytes)),
      { numRuns: RUNS },
    );
  });

  it('a well-formed envelope around a random payload', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ minLength: 1, maxLength: 600 }),
        fc.uint8Array({ maxLength: 64 }),
        (payload, sig) => expectWellBehaved(encodeEnvelope({ payload, signature: sig })),
      ),
      { numRuns: RUNS },
    );
  });

  it('valid frames of every kind with random bytes overwritten', () => {
    const mutation = fc
      .record({
        frame: fc.constantFrom(...validFrames),
        edits: fc.array(fc.record({ at: fc.nat(), value: fc.integer({ min: 0, max: 255 }) }), {
          minLength: 1,
          maxLength: 8,
        }),
      })
      .map(({ frame, edits }) => {
        const bytes = frame.slice();
        for (const { at, value } of edits) bytes[at % bytes.length] = value;
        return bytes;
      });
    fc.assert(
      fc.property(mutation, (bytes) => expectWellBehaved(bytes)),
      { numRuns: RUNS },
    );
  });

  it('valid frames cut or extended at random', () => {
    const reshaped = fc
      .record({
        frame: fc.constantFrom(...validFrames),
        cut: fc.nat(),
        tail: fc.uint8Array({ maxLength: 32 }),
      })
      .map(
        ({ frame, cut, tail }) => new Uint8Array([...frame.subarray(0, cut % (frame.length + 1)), ...tail]),
      );
    fc.assert(
      fc.property(reshaped, (bytes) => expectWellBehaved(bytes)),
      { numRuns: RUNS },
    );
  });

  it('random sizes against a random limit: over the limit is always oversize', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), fc.nat(300), (bytes, limit) => {
        const result = decodeFrame(bytes, limit);
        if (bytes.length > limit) expect(!result.ok && result.error.kind).toBe('oversize');
        else expectWellBehaved(bytes, limit);
      }),
      { numRuns: RUNS },
    );
  });
});
