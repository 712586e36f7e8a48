import { bytesEqual, toHex } from '../ids.js';

interface Verdict {
  identity: Uint8Array;
  payload: Uint8Array;
  ok: boolean;
}

/** Verdicts remembered per process; the oldest are forgotten first. */
const CAPACITY = 20_000;
const verdicts = new Map<string, Verdict>();

/** The remembered verdict for exactly these identity, signature and payload bytes, if any. */
export function recallVerdict(
  identity: Uint8Array,
  signature: Uint8Array,
  payload: Uint8Array,
): boolean | undefined {
  const known = verdicts.get(toHex(signature));
  if (known && bytesEqual(known.identity, identity) && bytesEqual(known.payload, payload)) return known.ok;
  return undefined;
}

/** Remembers a verdict computed for these bytes (by any real Ed25519 implementation). */
export function rememberVerdict(
  identity: Uint8Array,
  signature: Uint8Array,
  payload: Uint8Array,
  ok: boolean,
): void {
  if (verdicts.size >= CAPACITY) verdicts.delete(verdicts.keys().next().value as string);
  // Copies: in Node the codec hands out Buffers, whose slice() is a view, not a copy.
  verdicts.set(toHex(signature), {
    identity: Uint8Array.from(identity),
    payload: Uint8Array.from(payload),
    ok,
  });
}

/**
 * Remembers signature checks for the whole process, so several engines in
 * one tab (the dashboard's lab) or one process check a gossiped envelope
 * once between them, and a verdict computed ahead of time (asynchronously,
 * see webcrypto-ed25519.ts) answers the synchronous check. A verdict is
 * reused only for the very same identity, signature and payload bytes.
 */
export function memoizedVerify(
  identity: Uint8Array,
  signature: Uint8Array,
  payload: Uint8Array,
  verify: () => boolean,
): boolean {
  const known = recallVerdict(identity, signature, payload);
  if (known !== undefined) return known;
  const ok = verify();
  rememberVerdict(identity, signature, payload, ok);
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
