import type { GossipConfig } from './gossip-config.js';

const SECOND = 1000;

/** The largest message Chromium's data channels carry, and so the largest maxMessageSize: 256 KiB. */
export const DATA_CHANNEL_MESSAGE_LIMIT = 256 * 1024;

/** Fabric's own defaults (core.yaml, peer.gossip.*), and no cap on links, as in Fabric. */
export const fabric: GossipConfig = {
  aliveTimeInterval: 5 * SECOND,
  aliveExpirationTimeout: 25 * SECOND,
  aliveExpirationCheckInterval: 2.5 * SECOND,
  reconnectInterval: 25 * SECOND,
  msgExpirationFactor: 20,
  membershipRequestInterval: 0,
  propagateIterations: 1,
  propagatePeerNum: 3,
  maxPropagationBurstSize: 10,
  maxPropagationBurstLatency: 10,
  lazyPushPeerNum: 0,
  publishPeerNum: 0,
  pullInterval: 4 * SECOND,
  identityPullInterval: 4 * SECOND,
  pullPeerNum: 3,
  pullOwnersPerItem: 1,
  digestWaitTime: 1 * SECOND,
  requestWaitTime: 1.5 * SECOND,
  responseWaitTime: 2 * SECOND,
  advertRetryTime: 2 * SECOND,
  publishStateInfoInterval: 4 * SECOND,
  requestStateInfoInterval: 4 * SECOND,
  maxBlockCountToStore: 10,
  antiEntropyInterval: 10 * SECOND,
  antiEntropyStateResponseTimeout: 3 * SECOND,
  antiEntropyBatchSize: 10,
  startupGracePeriod: 15 * SECOND,
  membershipSampleInterval: 1 * SECOND,
  leaderAliveThreshold: 10 * SECOND,
  leaderElectionDuration: 5 * SECOND,
  blockMaxTransactions: 10,
  blockTimeout: 2 * SECOND,
  maxMessageSize: DATA_CHANNEL_MESSAGE_LIMIT,
  sendBufferSize: 200,
  connTimeout: 2 * SECOND,
  probeTimeoutIntervals: 2,
  maxConnections: Number.POSITIVE_INFINITY,
  targetConnections: Number.POSITIVE_INFINITY,
  // Capped links only: a push's fanout; Fabric asks random peers every requestStateInfoInterval.
  channelLinks: 3,
  channelExploreInterval: 4 * SECOND,
  budgetInterval: 10 * SECOND,
  // Two full-size answers per interval: a newcomer's first answer is the largest it needs.
  answerBudgetBytes: 512 * 1024,
  badSignatureBudget: 20,
  // Four expiration timeouts: an honest peer pushes alive messages over its links far more often.
  silentLinkTimeout: 100 * SECOND,
  maxDeadMembers: 256,
  violationLimit: 50,
  misbehaviourBackoff: 60 * SECOND,
};

/** Tuned for a live demo: membership within a couple of seconds, a closed tab seen dead within a few. */
export const webgossip: GossipConfig = {
  ...fabric,
  aliveTimeInterval: 1 * SECOND,
  aliveExpirationTimeout: 4 * SECOND,
  aliveExpirationCheckInterval: 500,
  reconnectInterval: 2 * SECOND,
  membershipRequestInterval: 2 * SECOND,
  propagatePeerNum: 3,
  maxPropagationBurstLatency: 1,
  lazyPushPeerNum: 5,
  publishPeerNum: 8,
  pullInterval: 1 * SECOND,
  pullOwnersPerItem: 2,
  digestWaitTime: 150,
  requestWaitTime: 300,
  responseWaitTime: 400,
  advertRetryTime: 150,
  publishStateInfoInterval: 500,
  requestStateInfoInterval: 1 * SECOND,
  maxBlockCountToStore: 20,
  antiEntropyInterval: 1 * SECOND,
  antiEntropyStateResponseTimeout: 1 * SECOND,
  antiEntropyBatchSize: 20,
  startupGracePeriod: 1.5 * SECOND,
  membershipSampleInterval: 200,
  leaderAliveThreshold: 2 * SECOND,
  leaderElectionDuration: 500,
  blockMaxTransactions: 10,
  blockTimeout: 100,
  // Probes every 2 s: a link unheard 4 s after a probe is closed, as a member unheard 4 s is declared dead.
  probeTimeoutIntervals: 2,
  maxConnections: 8,
  targetConnections: 5,
  // propagatePeerNum, so channel pushes stay on links (preferLinked); explore every 5th pull round.
  channelLinks: 3,
  channelExploreInterval: 5 * SECOND,
  silentLinkTimeout: 30 * SECOND,
};

export const presets = { fabric, webgossip } as const;
export type PresetName = keyof typeof presets;
