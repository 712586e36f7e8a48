import { toHex } from '../../src/ids.js';
import { big } from '../../src/proto/index.js';

/** A comparable view of a codec value: bytes as hex, 64-bit integers as bigint. */
export type Plain = string | number | boolean | bigint | null | Plain[] | { [key: string]: Plain };

interface LongLike {
  low: number;
  high: number;
  unsigned: boolean;
}

const isLong = (value: object): value is LongLike => 'low' in value && 'high' in value && 'unsigned' in value;

/**
 * Turns a message as the codec takes or yields it (plain object or decoded
 * instance, Uint8Array or Buffer, number or Long) into one comparable shape.
 * Only set fields count: unset ones and the codec's own `$` keys are left out.
 */
export function plain(value: unknown): Plain {
  if (value instanceof Uint8Array) return `0x${toHex(value)}`;
  if (Array.isArray(value)) return value.map(plain);
  if (value !== null && typeof value === 'object') {
    if (isLong(value)) return big(value as Parameters<typeof big>[0]);
    const out: { [key: string]: Plain } = {};
    for (const [key, field] of Object.entries(value)) {
      if (key.startsWith('$') || field === undefined || field === null) continue;
      out[key] = plain(field);
    }
    return out;
  }
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (typeof value === 'bigint') return value;
  throw new TypeError(`unexpected value in a message: ${String(value)}`);
}
