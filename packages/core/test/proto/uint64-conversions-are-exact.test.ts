import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { big, gossip, small, u64 } from '../../src/proto/index.js';
import { varintField } from './wire-reader.js';

const EDGES = [0n, 1n, 0xffff_ffffn, 1n << 32n, (1n << 53n) - 1n, 1n << 53n, (1n << 53n) + 1n, 1n << 63n];
const MAX = (1n << 64n) - 1n;

describe('u64() and big() convert between bigint and the codec without losing bits', () => {
  it.each([...EDGES, (1n << 63n) + 12_345n, MAX])('%s', (value) => {
    expect(big(u64(value))).toBe(value);
  });

  it('random 64-bit values survive a PeerTime encode/decode and sit on the wire as the same varint', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: MAX }), fc.bigInt({ min: 0n, max: MAX }), (inc, seq) => {
        const bytes = gossip.PeerTime.encode({ incNum: u64(inc), seqNum: u64(seq) }).finish();
        const decoded = gossip.PeerTime.decode(bytes);
        expect([big(decoded.incNum), big(decoded.seqNum)]).toEqual([inc, seq]);
        if (inc !== 0n) expect(varintField(bytes, 1)).toBe(inc);
        if (seq !== 0n) expect(varintField(bytes, 2)).toBe(seq);
      }),
      { numRuns: 2000 },
    );
  });

  it('refuses values outside uint64', () => {
    expect(() => u64(-1n)).toThrow(RangeError);
    expect(() => u64(MAX + 1n)).toThrow(RangeError);
  });

  it('reads absent fields as 0 and plain numbers as themselves', () => {
    expect(big(undefined)).toBe(0n);
    expect(big(null)).toBe(0n);
    expect(big(42)).toBe(42n);
    expect(small(u64(1_000_000n))).toBe(1_000_000);
  });
});
