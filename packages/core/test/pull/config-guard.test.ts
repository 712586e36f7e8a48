import { createVirtualRuntime } from '@webgossip/core';
import { describe, expect, it } from 'vitest';
import { PullEngine } from '../../src/pull/engine-index.js';
import { pullConfig, recordingAdapter } from './pull-net.js';

describe('pull engine configuration', () => {
  it('refuses a pull interval that would make its timer spin', () => {
    const make = (pullInterval: number) =>
      new PullEngine({
        runtime: createVirtualRuntime(),
        config: { ...pullConfig, pullInterval },
        adapter: recordingAdapter().adapter,
      });
    expect(() => make(0)).toThrow(/pullInterval must be > 0/);
    expect(() => make(Number.NaN)).toThrow(RangeError);
  });
});
