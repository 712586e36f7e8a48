import type { Runtime, Timer } from './runtime.js';

/** Real time and the platform's cryptographic randomness (browsers and Node). */
export function createRealRuntime(): Runtime {
  const randomBytes = (length: number) => {
    const out = new Uint8Array(length);
    for (let i = 0; i < length; i += 65536) globalThis.crypto.getRandomValues(out.subarray(i, i + 65536));
    return out;
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
    random: () => {
      const [word] = globalThis.crypto.getRandomValues(new Uint32Array(1));
      return (word ?? 0) / 4294967296;
    },
    randomU64: () => {
      const [hi = 0, lo = 0] = globalThis.crypto.getRandomValues(new Uint32Array(2));
      return (BigInt(hi) << 32n) | BigInt(lo);
    },
    randomBytes,
  };
}
