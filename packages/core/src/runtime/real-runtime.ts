import type { Runtime, Timer } from './runtime.js';

/** Real time and the platform's cryptographic randomness (browsers and Node). */
export function createRealRuntime(): Runtime {
  const randomBytes = (length: number) => {
    const out = new Uint8Array(length);
    for (let i = 0; i < length; i += 65536) globalThis.crypto.getRandomValues(out.subarray(i, i + 65536));
    return out;
  };
  // Secure random words drawn a batch at a time: one platform call per 1,024 numbers, not per number.
  const pool = new Uint32Array(1024);
  let next = pool.length;
  const nextWord = () => {
    if (next === pool.length) {
      globalThis.crypto.getRandomValues(pool);
      next = 0;
    }
    return pool[next++] as number;
  };
  return {
    now: () => Date.now(),
    setTimeout(fn, delayMs): Timer {
      const handle = globalThis.setTimeout(fn, delayMs);
      return { cancel: () => globalThis.clearTimeout(handle) };
    },
    setInterval(fn, periodMs): Timer {
      const handle = globalThis.setInterval(fn, periodMs);
      return { cancel: () => globalThis.clearInterval(handle) };
    },
    random: () => nextWord() / 4294967296,
    randomU64: () => (BigInt(nextWord()) << 32n) | BigInt(nextWord()),
    randomBytes,
  };
}
