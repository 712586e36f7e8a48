import type Long from 'long';
import $protobuf from 'protobufjs/minimal.js';

/** What the generated codec accepts or yields for a uint64 field. */
export type WireU64 = number | Long | null | undefined;

const MASK32 = 0xffff_ffffn;
const MAX_U64 = (1n << 64n) - 1n;

/** Converts a bigint to the codec's 64-bit representation without losing bits. */
export function u64(value: bigint): Long {
  if (value < 0n || value > MAX_U64) throw new RangeError(`uint64 out of range: ${value}`);
  const LongClass = $protobuf.util.Long as unknown as {
    fromBits(low: number, high: number, unsigned: boolean): Long;
  };
  return LongClass.fromBits(Number(value & MASK32), Number((value >> 32n) & MASK32), true);
}

/** Reads a decoded uint64 field as a bigint (absent fields read as 0). */
export function big(value: WireU64): bigint {
  if (value === null || value === undefined) return 0n;
  if (typeof value === 'number') return BigInt(value);
  const high = value.high >>> 0;
  // Below 2^53 the value is exact as a number: one BigInt instead of three (PeerTimes are read on every message).
  if (high < 0x20_0000) return BigInt(high * 0x1_0000_0000 + (value.low >>> 0));
  return (BigInt(high) << 32n) | BigInt(value.low >>> 0);
}

/** Reads a decoded uint64 that is known to stay small (heights, counts) as a number. */
export function small(value: WireU64): number {
  return Number(big(value));
}
