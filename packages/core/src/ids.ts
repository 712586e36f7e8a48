/** A peer's PKI-ID, SHA-256 of its identity, as lowercase hex. */
export type PkiId = string & { readonly __brand: 'PkiId' };
/** A channel's name. */
export type ChannelId = string & { readonly __brand: 'ChannelId' };

/** The two ASCII hex digits of every byte value, side by side. */
const HEX_DIGITS = new Uint8Array(512);
for (let i = 0; i < 256; i++) {
  const digits = i.toString(16).padStart(2, '0');
  HEX_DIGITS[2 * i] = digits.charCodeAt(0);
  HEX_DIGITS[2 * i + 1] = digits.charCodeAt(1);
}
const latin1 = new TextDecoder('latin1');

/**
 * Lowercase hex. Decoding ASCII digits in one go gives a flat string, which
 * a Map hashes at once; concatenation would build a rope to flatten first,
 * and PKI-IDs are looked up on every message.
 */
export function toHex(bytes: Uint8Array): string {
  const digits = new Uint8Array(2 * bytes.length);
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i] as number;
    digits[2 * i] = HEX_DIGITS[2 * b] as number;
    digits[2 * i + 1] = HEX_DIGITS[2 * b + 1] as number;
  }
  return latin1.decode(digits);
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

const CHANNEL_NAME = /^[A-Za-z0-9._-]{1,64}$/;

/** The rule every front end (dashboard, headless peer) holds channel names to, in words. */
export const CHANNEL_NAME_RULE = '1 to 64 letters, digits, dots, dashes or underscores';

/** Whether a name follows CHANNEL_NAME_RULE. */
export function isValidChannelName(name: string): boolean {
  return CHANNEL_NAME.test(name);
}

export function channelId(name: string): ChannelId {
  if (name.length === 0) throw new TypeError('a channel needs a name');
  return name as ChannelId;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/**
 * UTF-8 bytes of a string; ASCII (channel names, sequence numbers, sent with
 * every pull message) is copied in JS, which beats a TextEncoder call for
 * strings this short.
 */
export function utf8(text: string): Uint8Array {
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code > 0x7f) return encoder.encode(text);
    out[i] = code;
  }
  return out;
}

export function channelToBytes(channel: ChannelId): Uint8Array {
  return utf8(channel);
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
