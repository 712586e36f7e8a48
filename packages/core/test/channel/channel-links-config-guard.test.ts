import { presets, resolveConfig } from '@webgossip/core';
import { describe, expect, it } from 'vitest';

describe('channel mesh configuration', () => {
  it('refuses more links per channel than links in all, and a mesh of part links', () => {
    expect(() => resolveConfig({ maxConnections: 4, targetConnections: 3, channelLinks: 5 })).toThrow(
      /channelLinks must not exceed maxConnections/,
    );
    expect(() => resolveConfig({ channelLinks: 1.5 })).toThrow(/channelLinks must be a whole number/);
    expect(() => resolveConfig({ channelExploreInterval: 0 })).toThrow(/channelExploreInterval must be > 0/);
  });

  it('accepts both presets and a mesh as wide as the cap', () => {
    expect(resolveConfig({}, presets.fabric).channelLinks).toBe(presets.fabric.channelLinks);
    expect(resolveConfig({ maxConnections: 4, targetConnections: 3, channelLinks: 4 }).channelLinks).toBe(4);
  });
});
