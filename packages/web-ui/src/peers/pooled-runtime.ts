import { createRealRuntime, type Runtime } from '@webgossip/core';

const POOL = 1024;

/**
 * Real time with the platform's cryptographic randomness drawn in batches.
 * The engine asks for a random number on hot paths (peer sampling, nonces);
 * one getRandomValues call per number costs more than the gossip itself
 * when a tab runs dozens of lab peers.
 */
export function createPooledRuntime(): Runtime {
  const base = createRealRuntime();
  const pool = new Uint32Array(POOL);
  let next = POOL;
  const word = (): number => {
    if (next >= POOL) {
      globalThis.crypto.getRandomValues(pool);
      next = 0;
    }
    return pool[next++] ?? 0;
  };
  return {
    ...base,
    random: () => word() / 4294967296,
    randomU64: () => (BigInt(word()) << 32n) | BigInt(word()),
  };
}
