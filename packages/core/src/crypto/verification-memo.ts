import { bytesEqual, toHex } from '../ids.js';

interface Verdict {
  identity: Uint8Array;
  payload: Uint8Array;
  ok: boolean;
}

/** Verdicts remembered per process; the oldest are forgotten first. */
const CAPACITY = 20_000;
const verdicts = new Map<string, Verdict>();

/**
 * Remembers signature checks for the whole process, so several engines in
 * one tab (the dashboard's lab) or one process check a gossiped envelope
 * once between them. A verdict is reused only for the very same identity,
 * signature and payload bytes.
 */
export function memoizedVerify(
  identity: Uint8Array,
  signature: Uint8Array,
  payload: Uint8Array,
  verify: () => boolean,
): boolean {
  const key = toHex(signature);
  const known = verdicts.get(key);
  if (known && bytesEqual(known.identity, identity) && bytesEqual(known.payload, payload)) return known.ok;
  const ok = verify();
  if (verdicts.size >= CAPACITY) verdicts.delete(verdicts.keys().next().value as string);
  // Copies: in Node the codec hands out Buffers, whose slice() is a view, not a copy.
  verdicts.set(key, { identity: Uint8Array.from(identity), payload: Uint8Array.from(payload), ok });
  return ok;
}

/** The same call shape without the memory: every verdict computed afresh. */
export function freshVerify(
  _identity: Uint8Array,
  _signature: Uint8Array,
  _payload: Uint8Array,
  verify: () => boolean,
): boolean {
  return verify();
}
