import { presets } from '../../packages/core/src/config.js';

/** The preset the dashboard runs by default, whose timings the deadlines below derive from. */
export const PRESET = presets.webgossip;

/** Slack for what the preset does not count: page work on a busy two-core machine and the dashboard's refresh. */
export const SLACK_MS = 4_000;

/** Time for membership and the channel's leader to settle once every tab is up. */
export const CONVERGENCE_MS =
  PRESET.startupGracePeriod +
  PRESET.leaderElectionDuration +
  2 * PRESET.membershipRequestInterval +
  2 * PRESET.publishStateInfoInterval +
  SLACK_MS +
  10_000;

/** Time for a crashed peer to be declared dead: the expiration timeout plus one check, plus refresh slack. */
export const DEAD_WITHIN_MS = PRESET.aliveExpirationTimeout + PRESET.aliveExpirationCheckInterval + SLACK_MS;

/** Time for one new block to reach every tab. */
export const BLOCK_SPREAD_MS = 15_000;

/** Time for a late joiner to fetch a channel's history by pull and state transfer. */
export const CATCH_UP_MS = 45_000;

export function baseUrl(): string {
  const port = process.env.WEBGOSSIP_E2E_PORT;
  if (!port) throw new Error('WEBGOSSIP_E2E_PORT is not set: run the suite with playwright.config.ts');
  return `http://127.0.0.1:${port}`;
}
