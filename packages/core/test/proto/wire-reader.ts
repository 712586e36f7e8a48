/**
 * A minimal protobuf wire-format reader, written from the encoding rules
 * alone (varints, tags = field number << 3 | wire type, length-delimited
 * fields) so the field-number tests do not lean on the codec they check.
 */

export type WireField =
  | { no: number; wireType: 0; varint: bigint }
  | { no: number; wireType: 1 | 5; fixed: Uint8Array }
  | { no: number; wireType: 2; bytes: Uint8Array };

class Cursor {
  pos = 0;
  constructor(readonly buf: Uint8Array) {}

  get done(): boolean {
    return this.pos >= this.buf.length;
  }

  varint(): bigint {
    let value = 0n;
    for (let shift = 0n; shift < 70n; shift += 7n) {
      const byte = this.buf[this.pos++];
      if (byte === undefined) throw new RangeError('varint runs past the end');
      value |= BigInt(byte & 0x7f) << shift;
      if ((byte & 0x80) === 0) return value;
    }
    throw new RangeError('varint longer than 10 bytes');
  }

  take(length: number): Uint8Array {
    if (this.pos + length > this.buf.length) throw new RangeError('field runs past the end');
    const out = this.buf.subarray(this.pos, this.pos + length);
    this.pos += length;
    return out;
  }
}

/** Every field of one message, in wire order (repeated fields appear once per element). */
export function readFields(buf: Uint8Array): WireField[] {
  const cursor = new Cursor(buf);
  const fields: WireField[] = [];
  while (!cursor.done) {
    const key = cursor.varint();
    const no = Number(key >> 3n);
    const wireType = Number(key & 7n);
    if (no === 0) throw new RangeError('field number 0 is invalid');
    if (wireType === 0) fields.push({ no, wireType, varint: cursor.varint() });
    else if (wireType === 1) fields.push({ no, wireType, fixed: cursor.take(8) });
    else if (wireType === 5) fields.push({ no, wireType, fixed: cursor.take(4) });
    else if (wireType === 2) fields.push({ no, wireType, bytes: cursor.take(Number(cursor.varint())) });
    else throw new RangeError(`unsupported wire type ${wireType} for field ${no}`);
  }
  return fields;
}

/** The one length-delimited field `no` of a message (throws if absent, repeated or not length-delimited). */
export function lengthDelimited(buf: Uint8Array, no: number): Uint8Array {
  const found = readFields(buf).filter((f) => f.no === no);
  const [field] = found;
  if (found.length !== 1 || field?.wireType !== 2)
    throw new Error(`expected one length-delimited field ${no}`);
  return field.bytes;
}

/** The one varint field `no` of a message (throws if absent, repeated or not a varint). */
export function varintField(buf: Uint8Array, no: number): bigint {
  const found = readFields(buf).filter((f) => f.no === no);
  const [field] = found;
  if (found.length !== 1 || field?.wireType !== 0) throw new Error(`expected one varint field ${no}`);
  return field.varint;
}

/** Follows length-delimited fields down a path of field numbers, e.g. [5, 1, 3]. */
export function atPath(buf: Uint8Array, path: readonly number[]): Uint8Array {
  return path.reduce((inner, no) => lengthDelimited(inner, no), buf);
}
