import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createVirtualRuntime } from '../../src/runtime/index.js';

const START = 1_000_000;

/** A runtime at a round start time with a log of (name, virtual time) as timers fire. */
function setup() {
  const runtime = createVirtualRuntime({ seed: 1, startMs: START });
  const fired: [string, number][] = [];
  const at = (name: string) => () => fired.push([name, runtime.now() - START]);
  return { runtime, fired, at };
}

describe('virtual timers', () => {
  it('fire in time order, ties in the order they were scheduled, each at its own time', () => {
    const { runtime, fired, at } = setup();
    runtime.setTimeout(at('c'), 30);
    runtime.setTimeout(at('a1'), 10);
    runtime.setTimeout(at('b'), 20);
    runtime.setTimeout(at('a2'), 10);
    runtime.setTimeout(at('zero'), 0);
    runtime.advance(100);
    expect(fired).toEqual([
      ['zero', 0],
      ['a1', 10],
      ['a2', 10],
      ['b', 20],
      ['c', 30],
    ]);
    expect(runtime.now()).toBe(START + 100);
  });

  it('any schedule fires sorted by (due time, scheduling order)', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(50), { maxLength: 60 }), (delays) => {
        const { runtime, fired, at } = setup();
        for (const [i, delay] of delays.entries()) runtime.setTimeout(at(String(i)), delay);
        runtime.advance(50);
        const expected = delays
          .map((delay, i): [string, number] => [String(i), delay])
          .sort((x, y) => x[1] - y[1] || Number(x[0]) - Number(y[0]));
        expect(fired).toEqual(expected);
      }),
      { numRuns: 500 },
    );
  });

  it('do not fire before they are due', () => {
    const { runtime, fired, at } = setup();
    runtime.setTimeout(at('t'), 100);
    runtime.advance(99);
    expect(fired).toEqual([]);
    runtime.advance(1);
    expect(fired).toEqual([['t', 100]]);
  });

  it('scheduled from inside a callback, fire within the same advance when due', () => {
    const { runtime, fired, at } = setup();
    runtime.setTimeout(() => {
      at('outer')();
      runtime.setTimeout(at('inner'), 5);
    }, 10);
    runtime.advance(20);
    expect(fired).toEqual([
      ['outer', 10],
      ['inner', 15],
    ]);
  });

  it('cancelled before their time, never fire; cancelling twice or after firing is harmless', () => {
    const { runtime, fired, at } = setup();
    const cancelled = runtime.setTimeout(at('cancelled'), 10);
    const kept = runtime.setTimeout(at('kept'), 10);
    cancelled.cancel();
    cancelled.cancel();
    expect(runtime.pending()).toBe(1);
    runtime.advance(50);
    kept.cancel();
    expect(fired).toEqual([['kept', 10]]);
    expect(runtime.pending()).toBe(0);
  });

  it('a NaN delay does not make the clock read NaN, for its own or any later callback', () => {
    const { runtime, fired, at } = setup();
    try {
      runtime.setTimeout(at('nan'), Number.NaN);
    } catch (err) {
      // Refusing the delay outright is as good as treating it as zero.
      expect(err).toBeInstanceOf(RangeError);
    }
    runtime.setTimeout(at('later'), 5);
    runtime.advance(10);
    expect(fired.every(([, time]) => Number.isFinite(time))).toBe(true);
    expect(fired.find(([name]) => name === 'later')).toEqual(['later', 5]);
  });

  it('advancing by NaN leaves the clock where it was (refused or a no-op)', () => {
    const { runtime } = setup();
    try {
      runtime.advance(Number.NaN);
    } catch (err) {
      expect(err).toBeInstanceOf(RangeError);
    }
    expect(runtime.now()).toBe(START);
  });

  it('negative delays count as zero', () => {
    const { runtime, fired, at } = setup();
    runtime.setTimeout(at('late'), -5);
    runtime.advance(0);
    expect(fired).toEqual([['late', 0]]);
  });
});

describe('virtual intervals', () => {
  it('repeat every period and interleave with timeouts in time order', () => {
    const { runtime, fired, at } = setup();
    runtime.setInterval(at('tick'), 10);
    runtime.setTimeout(at('timeout'), 25);
    runtime.advance(40);
    expect(fired).toEqual([
      ['tick', 10],
      ['tick', 20],
      ['timeout', 25],
      ['tick', 30],
      ['tick', 40],
    ]);
  });

  it('stop when cancelled, also from inside their own callback', () => {
    const { runtime, fired } = setup();
    let count = 0;
    const timer = runtime.setInterval(() => {
      fired.push(['tick', runtime.now() - START]);
      if (++count === 3) timer.cancel();
    }, 7);
    runtime.advance(100);
    expect(fired).toEqual([
      ['tick', 7],
      ['tick', 14],
      ['tick', 21],
    ]);
    expect(runtime.pending()).toBe(0);
  });

  it('need a positive period', () => {
    const { runtime } = setup();
    expect(() => runtime.setInterval(() => {}, 0)).toThrow(RangeError);
    expect(() => runtime.setInterval(() => {}, -1)).toThrow(RangeError);
  });
});

describe('runUntil', () => {
  it('advances until the condition holds and returns the virtual time it took', () => {
    const { runtime } = setup();
    let done = false;
    runtime.setTimeout(() => {
      done = true;
    }, 1234);
    const took = runtime.runUntil(() => done, 5000);
    expect(took).toBeGreaterThanOrEqual(1234);
    expect(took).toBeLessThan(1234 + 10);
    expect(runtime.runUntil(() => true, 0)).toBe(0);
  });

  it('throws once the timeout passes without the condition, having advanced that far', () => {
    const { runtime } = setup();
    expect(() => runtime.runUntil(() => false, 500)).toThrow(/500 ms/);
    expect(runtime.now() - START).toBeGreaterThanOrEqual(500);
    expect(runtime.now() - START).toBeLessThan(500 + 10);
  });
});
