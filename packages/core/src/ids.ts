/** A peer's PKI-ID, SHA-256 of its identity, as lowercase hex. */
export type PkiId = string & { readonly __brand: 'PkiId' };
/** A channel's name. */
export type ChannelId = string & { readonly __brand: 'ChannelId' };

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

export function toHex(bytes: Uint8Array): string {
  let out = '';
  for (const b of bytes) out += HEX[b];
  return out;
}

export function fromHex(hex: string): Uint8Array {
  if (hex.length % 2 !== 0) throw new TypeError(`not hex: ${hex.slice(0, 16)}`);
  const out = new Uint8Array(hex.length / 2);
  for (let i = 0; i < out.length; i++) {
    const hi = nibble(hex.charCodeAt(2 * i));
    const lo = nibble(hex.charCodeAt(2 * i + 1));
    if (hi < 0 || lo < 0) throw new TypeError(`not hex: ${hex.slice(0, 16)}`);
    out[i] = (hi << 4) | lo;
  }
  return out;
}

function nibble(code: number): number {
  if (code >= 48 && code <= 57) return code - 48;
  if (code >= 97 && code <= 102) return code - 87;
  if (code >= 65 && code <= 70) return code - 55;
  return -1;
}

export function pkiIdFromBytes(bytes: Uint8Array): PkiId {
  return toHex(bytes) as PkiId;
}

export function pkiIdToBytes(id: PkiId): Uint8Array {
  return fromHex(id);
}

export function channelId(name: string): ChannelId {
  if (name.length === 0) throw new TypeError('a channel needs a name');
  return name as ChannelId;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

export function channelToBytes(channel: ChannelId): Uint8Array {
  return encoder.encode(channel);
}

export function channelFromBytes(bytes: Uint8Array): ChannelId {
  return decoder.decode(bytes) as ChannelId;
}

export function bytesEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** A short, human-sized form of a PKI-ID for logs and the dashboard. */
export function shortId(id: PkiId): string {
  return id.slice(0, 8);
}
