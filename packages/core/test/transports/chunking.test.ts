import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CHUNK_SIZE, chunkFrame, goodbyeMessage, Reassembler } from '../../src/transports/chunking.js';

describe('data-channel chunking', () => {
  it('cuts any frame into messages of at most 16 KiB that reassemble to the same bytes', () => {
    fc.assert(
      fc.property(fc.array(fc.uint8Array({ maxLength: 70_000 }), { maxLength: 4 }), (frames) => {
        const reassembler = new Reassembler();
        const out: Uint8Array[] = [];
        for (const frame of frames) {
          for (const chunk of chunkFrame(frame)) {
            expect(chunk.length).toBeLessThanOrEqual(CHUNK_SIZE);
            const result = reassembler.push(chunk);
            if (result.kind === 'frame') out.push(result.frame.slice());
            else expect(result.kind).toBe('partial');
          }
        }
        expect(out).toEqual(frames);
      }),
      { numRuns: 60 },
    );
  });

  it('refuses a frame that announces more than the limit before buffering it', () => {
    const reassembler = new Reassembler(100_000);
    const [first] = chunkFrame(new Uint8Array(200_000));
    const result = reassembler.push(first as Uint8Array);
    expect(result).toMatchObject({ kind: 'error', reason: 'oversize' });
  });

  it('never throws on arbitrary messages: each is a frame, a part, a goodbye or an error', () => {
    fc.assert(
      fc.property(fc.array(fc.uint8Array({ maxLength: 40 }), { maxLength: 30 }), (messages) => {
        const reassembler = new Reassembler(64);
        for (const message of messages) {
          expect(['frame', 'partial', 'goodbye', 'error']).toContain(reassembler.push(message).kind);
        }
      }),
    );
  });

  it('refuses chunks that overrun the announced length and continuations without a start', () => {
    const reassembler = new Reassembler();
    expect(reassembler.push(Uint8Array.of(2, 1, 2, 3))).toMatchObject({ kind: 'error', reason: 'malformed' });
    expect(reassembler.push(Uint8Array.of(1, 0, 0, 0, 2, 9))).toEqual({ kind: 'partial' });
    expect(reassembler.push(Uint8Array.of(2, 1, 2))).toMatchObject({ kind: 'error', reason: 'malformed' });
  });

  it('carries a goodbye with its reason', () => {
    expect(new Reassembler().push(goodbyeMessage('evicted'))).toEqual({ kind: 'goodbye', reason: 'evicted' });
  });
});
