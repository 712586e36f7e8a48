import { createVirtualRuntime, type PkiId } from '@webgossip/core';
import { describe, expect, it } from 'vitest';
import { LeaderElection } from '../../src/election/index.js';
import { electionConfig } from './election-net.js';

describe('election configuration', () => {
  it.each(['leaderAliveThreshold', 'membershipSampleInterval'] as const)('refuses a %s of 0', (key) => {
    const make = () =>
      new LeaderElection({
        self: 'aa' as PkiId,
        runtime: createVirtualRuntime(),
        config: { ...electionConfig, [key]: 0 },
        adapter: { gossip: () => {}, peers: () => [] },
        onChange: () => {},
      });
    expect(make).toThrow(new RegExp(`${key} must be > 0`));
  });
});
