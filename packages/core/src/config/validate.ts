import type { GossipConfig } from './gossip-config.js';
import { DATA_CHANNEL_MESSAGE_LIMIT, fabric, webgossip } from './presets.js';

/** Checks a configuration, listing every problem in one error. */
export function validateConfig(config: GossipConfig): GossipConfig {
  const problems: string[] = [];
  for (const [key, value] of Object.entries(config) as [keyof GossipConfig, unknown][]) {
    if (!(key in fabric)) continue;
    if (typeof value !== 'number' || Number.isNaN(value) || value < 0) {
      problems.push(`${key} must be a number >= 0, got ${String(value)}`);
    }
  }
  const positive: (keyof GossipConfig)[] = [
    'aliveTimeInterval',
    'aliveExpirationTimeout',
    'aliveExpirationCheckInterval',
    'reconnectInterval',
    'pullInterval',
    'identityPullInterval',
    'advertRetryTime',
    'pullOwnersPerItem',
    'publishStateInfoInterval',
    'requestStateInfoInterval',
    'maxBlockCountToStore',
    'maxMessageSize',
    'sendBufferSize',
    'maxPropagationBurstSize',
    'antiEntropyInterval',
    'antiEntropyBatchSize',
    'membershipSampleInterval',
    'leaderAliveThreshold',
    'blockMaxTransactions',
    'maxConnections',
    'probeTimeoutIntervals',
    'channelExploreInterval',
    'budgetInterval',
    'answerBudgetBytes',
    'violationLimit',
  ];
  for (const key of positive) if (!(config[key] > 0)) problems.push(`${key} must be > 0`);
  const whole: (keyof GossipConfig)[] = [
    'propagateIterations',
    'propagatePeerNum',
    'pullPeerNum',
    'pullOwnersPerItem',
    'maxBlockCountToStore',
    'antiEntropyBatchSize',
    'lazyPushPeerNum',
    'publishPeerNum',
    'blockMaxTransactions',
    'probeTimeoutIntervals',
    'channelLinks',
    'badSignatureBudget',
    'maxDeadMembers',
  ];
  for (const key of whole) if (!Number.isInteger(config[key])) problems.push(`${key} must be a whole number`);
  if (config.aliveExpirationTimeout <= config.aliveTimeInterval) {
    problems.push('aliveExpirationTimeout must exceed aliveTimeInterval');
  }
  for (const key of ['pullInterval', 'identityPullInterval'] as const) {
    if (config[key] <= config.digestWaitTime + config.responseWaitTime) {
      problems.push(`${key} must exceed digestWaitTime + responseWaitTime`);
    }
  }
  if (config.requestWaitTime < config.digestWaitTime) {
    problems.push('requestWaitTime must be at least digestWaitTime');
  }
  if (config.targetConnections > config.maxConnections) {
    problems.push('targetConnections must not exceed maxConnections');
  }
  if (config.channelLinks > config.maxConnections) {
    problems.push('channelLinks must not exceed maxConnections');
  }
  if (config.maxMessageSize > DATA_CHANNEL_MESSAGE_LIMIT) {
    problems.push(`maxMessageSize must not exceed ${DATA_CHANNEL_MESSAGE_LIMIT} (the data-channel limit)`);
  }
  if (problems.length > 0) throw new ConfigError(problems);
  return config;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`invalid gossip configuration: ${problems.join('; ')}`);
    this.name = 'ConfigError';
  }
}

/** The full configuration for a preset with overrides, validated. */
export function resolveConfig(
  overrides: Partial<GossipConfig> = {},
  base: GossipConfig = webgossip,
): GossipConfig {
  const unknown = Object.keys(overrides).filter((key) => !(key in fabric));
  if (unknown.length > 0) throw new ConfigError(unknown.map((key) => `unknown option ${key}`));
  return validateConfig({ ...base, ...overrides });
}
