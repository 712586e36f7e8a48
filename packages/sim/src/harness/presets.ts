import { type GossipConfig, presets, resolveConfig } from '@webgossip/core';
import type { PresetChoice } from '../scenario/scenario.js';

/**
 * The flooding baseline: webgossip's overlay (a few links per peer) where
 * every peer forwards each new message to every linked neighbour at once and
 * sends no lazy digests. What flooding and mesh protocols pay in messages is
 * what this costs.
 */
export function floodConfig(): GossipConfig {
  const base = presets.webgossip;
  return { ...base, propagatePeerNum: base.maxConnections, lazyPushPeerNum: 0 };
}

/**
 * The periodic background of the protocol: heartbeats, StateInfo and
 * leadership refreshes. Each of these messages is gossiped to every peer, so
 * together they cost O(N²) frames per period across a simulated network.
 */
const HEARTBEAT_KNOBS = [
  'aliveTimeInterval',
  'aliveExpirationTimeout',
  'aliveExpirationCheckInterval',
  'reconnectInterval',
  'membershipRequestInterval',
  'publishStateInfoInterval',
  'requestStateInfoInterval',
  'leaderAliveThreshold',
] as const satisfies readonly (keyof GossipConfig)[];

/**
 * Stretches the background periods by `scale`, leaving every dissemination
 * knob (push, lazy digests, pull, state transfer) as the preset has it.
 */
export function slowHeartbeats(config: GossipConfig, scale: number): GossipConfig {
  if (scale === 1) return config;
  const out = { ...config };
  for (const key of HEARTBEAT_KNOBS) out[key] = config[key] * scale;
  return out;
}

/** The full engine configuration for a preset choice, heartbeat scale and the scenario's overrides. */
export function configFor(
  choice: PresetChoice,
  overrides: Partial<GossipConfig>,
  heartbeatScale = 1,
): GossipConfig {
  const base = choice === 'flood' ? floodConfig() : presets[choice];
  return resolveConfig(overrides, slowHeartbeats(base, heartbeatScale));
}

/** The fanout f of the lower bound ceil(log_(f+1) N): peers a new block is pushed to per hop. */
export function fanoutOf(config: GossipConfig): number {
  return config.propagatePeerNum * Math.max(1, config.propagateIterations);
}
