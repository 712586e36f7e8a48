import { describe, expect, it } from 'vitest';
import {
  createRealRuntime,
  createVirtualRuntime,
  Prng,
  type Runtime,
  sample,
  shuffle,
} from '../../src/runtime/index.js';

/** A mixed draw of everything a runtime's randomness offers. */
function draw(runtime: Runtime) {
  return {
    floats: Array.from({ length: 50 }, () => runtime.random()),
    u64s: Array.from({ length: 50 }, () => runtime.randomU64()),
    bytes: Array.from(runtime.randomBytes(37)),
    sample: sample(
      runtime,
      Array.from({ length: 20 }, (_, i) => i),
      5,
    ),
  };
}

describe('virtual runtime randomness', () => {
  it('the same seed gives the same sequence', () => {
    expect(draw(createVirtualRuntime({ seed: 42 }))).toEqual(draw(createVirtualRuntime({ seed: 42 })));
  });

  it('different seeds give different sequences', () => {
    const seeds = [0, 1, 2, 42, 43, 0xffff_ffff];
    const draws = seeds.map((seed) =>
      JSON.stringify(draw(createVirtualRuntime({ seed })), (_, v: unknown) =>
        typeof v === 'bigint' ? v.toString() : v,
      ),
    );
    expect(new Set(draws).size).toBe(seeds.length);
  });

  it('random() stays in [0, 1) and randomU64() reaches all 64 bits', () => {
    const runtime = createVirtualRuntime({ seed: 7 });
    const floats = Array.from({ length: 10_000 }, () => runtime.random());
    expect(floats.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(Math.min(...floats)).toBeLessThan(0.01);
    expect(Math.max(...floats)).toBeGreaterThan(0.99);
    const u64s = Array.from({ length: 1000 }, () => runtime.randomU64());
    expect(u64s.every((x) => x >= 0n && x < 1n << 64n)).toBe(true);
    expect(u64s.some((x) => x >= 1n << 63n)).toBe(true);
    expect(u64s.some((x) => x > 0n && x < 1n << 62n)).toBe(true);
  });

  it('sample() picks distinct items, never more than there are', () => {
    const runtime = createVirtualRuntime({ seed: 3 });
    const picked = sample(runtime, ['a', 'b', 'c', 'd'], 3);
    expect(new Set(picked).size).toBe(3);
    expect(sample(runtime, ['a', 'b'], 5).sort()).toEqual(['a', 'b']);
  });

  it('sample() is uniform over the items, never picks `except`, and still fills its count', () => {
    const runtime = createVirtualRuntime({ seed: 5 });
    const items = ['a', 'b', 'c', 'd', 'e', 'f'];
    for (const except of [undefined, 'a', 'f', 'z']) {
      const counts = new Map<string, number>();
      const rounds = 30_000;
      for (let i = 0; i < rounds; i++) {
        const picked = sample(runtime, items, 3, except);
        const others = items.filter((item) => item !== except);
        expect(picked).toHaveLength(Math.min(3, others.length));
        expect(new Set(picked).size).toBe(picked.length);
        for (const item of picked) counts.set(item, (counts.get(item) ?? 0) + 1);
      }
      expect(counts.has(except as string)).toBe(false);
      const eligible = items.filter((item) => item !== except);
      // Each eligible item is in 3 of every |eligible| draws; 30,000 seeded draws stay well within 2.5 points.
      for (const item of eligible) {
        expect(Math.abs((counts.get(item) ?? 0) / rounds - 3 / eligible.length)).toBeLessThan(0.025);
      }
    }
    expect(sample(runtime, ['a', 'b'], 2, 'a')).toEqual(['b']);
    expect(sample(runtime, [], 3, 'a')).toEqual([]);
  });

  it('shuffle() puts every item in every place alike', () => {
    const runtime = createVirtualRuntime({ seed: 8 });
    const first = new Map<number, number>();
    for (let i = 0; i < 20_000; i++) {
      const order = shuffle(runtime, [0, 1, 2, 3]);
      expect([...order].sort()).toEqual([0, 1, 2, 3]);
      first.set(order[0] as number, (first.get(order[0] as number) ?? 0) + 1);
    }
    for (const item of [0, 1, 2, 3])
      expect(Math.abs((first.get(item) ?? 0) / 20_000 - 0.25)).toBeLessThan(0.02);
  });
});

describe('Prng', () => {
  it('bytes() and nextU64() are deterministic per seed', () => {
    const a = new Prng(99);
    const b = new Prng(99);
    expect(Array.from(a.bytes(1000))).toEqual(Array.from(b.bytes(1000)));
    expect([a.nextU64(), a.nextU64()]).toEqual([b.nextU64(), b.nextU64()]);
    expect(Array.from(new Prng(100).bytes(64))).not.toEqual(Array.from(new Prng(99).bytes(64)));
  });

  it('bytes() honours lengths that are not a multiple of 4 and uses every byte value', () => {
    const prng = new Prng(5);
    for (const length of [0, 1, 3, 5, 7, 4097]) expect(prng.bytes(length)).toHaveLength(length);
    expect(new Set(prng.bytes(20_000)).size).toBe(256);
  });

  it('nextU64() is two consecutive 32-bit words, high first', () => {
    const words = new Prng(11);
    const high = words.nextU32();
    const low = words.nextU32();
    expect(new Prng(11).nextU64()).toBe((BigInt(high) << 32n) | BigInt(low));
  });
});

describe('real runtime randomness', () => {
  it('fills buffers larger than one getRandomValues call and gives fresh values', () => {
    const runtime = createRealRuntime();
    const bytes = runtime.randomBytes(70_000);
    expect(bytes).toHaveLength(70_000);
    // The tail beyond the first 65,536 bytes is filled too.
    expect(bytes.subarray(65_536).some((b) => b !== 0)).toBe(true);
    expect(runtime.randomU64()).not.toBe(runtime.randomU64());
    const x = runtime.random();
    expect(x >= 0 && x < 1).toBe(true);
  });
});
