/**
 * Every knob of the engine, with Fabric's names where Fabric has the knob.
 * Durations are milliseconds. `presets.fabric` holds Fabric's own defaults
 * (core.yaml, peer.gossip.*); `presets.webgossip` is tuned for a live demo:
 * membership within a couple of seconds, a closed tab seen dead within a few.
 */
export interface GossipConfig {
  // ---- discovery ---------------------------------------------------------
  /** How often a peer publishes its signed AliveMessage. */
  aliveTimeInterval: number;
  /** A peer not heard from for this long is considered dead. */
  aliveExpirationTimeout: number;
  /** How often expiration is checked. */
  aliveExpirationCheckInterval: number;
  /** How often dead peers (and unreachable bootstrap peers) are probed again. */
  reconnectInterval: number;
  /** Alive messages stay in the message store for aliveExpirationTimeout × this factor. */
  msgExpirationFactor: number;
  /** How often a MembershipRequest goes to a random alive peer (0: only to bootstrap peers until answered). */
  membershipRequestInterval: number;

  // ---- push (emitter) ----------------------------------------------------
  /** How many times a message is pushed (0: pull only). */
  propagateIterations: number;
  /** How many random peers each push goes to (the fanout). */
  propagatePeerNum: number;
  /** A batch is flushed when it holds this many messages... */
  maxPropagationBurstSize: number;
  /** ...or when its oldest message has waited this long. */
  maxPropagationBurstLatency: number;
  /**
   * webgossip's lazy push: after pushing a block to `propagatePeerNum` peers,
   * send its digest to up to this many other linked channel peers, who request
   * it at once when they lack it (as Plumtree and GossipSub's IHAVE/IWANT do).
   * 0 keeps Fabric's infect-and-die push.
   */
  lazyPushPeerNum: number;
  /**
   * How many peers a block's producer pushes it to (0: propagatePeerNum, as
   * every other peer and as in Fabric). webgossip's producer pushes to all
   * its linked channel peers, as GossipSub v1.1's flood publishing does: one
   * hop saved for everyone, a few frames more for one peer.
   */
  publishPeerNum: number;

  // ---- pull --------------------------------------------------------------
  pullInterval: number;
  /**
   * How often identities are pulled. Fabric pulls them with blocks, every
   * pullInterval (the fabric preset keeps that); identities also come with
   * every alive message and handshake, so the webgossip preset pulls blocks
   * every second but identities at Fabric's pace.
   */
  identityPullInterval: number;
  pullPeerNum: number;
  /**
   * How many of the peers whose digests offered a block it is asked of in a
   * pull round. Fabric asks one (its preset keeps that): a round then fails
   * when that one request or its Update is lost. webgossip asks two.
   * Identities are always asked of one.
   */
  pullOwnersPerItem: number;
  /** How long the initiator collects digests after its Hello. */
  digestWaitTime: number;
  /** How long a responder keeps a Hello's nonce live for the Request. */
  requestWaitTime: number;
  /** How long the initiator waits for the Update. */
  responseWaitTime: number;
  /**
   * webgossip's lazy push: how long a peer waits for a block it asked an
   * advertiser for before it also asks the next peer that advertised it. The
   * first request stays answerable for responseWaitTime; a late answer costs
   * one duplicate. (Fabric has no adverts; its preset never uses this.)
   */
  advertRetryTime: number;

  // ---- channels ----------------------------------------------------------
  publishStateInfoInterval: number;
  requestStateInfoInterval: number;
  /** The block window kept in the message store for push and pull. */
  maxBlockCountToStore: number;

  // ---- state transfer (anti-entropy) -------------------------------------
  antiEntropyInterval: number;
  antiEntropyStateResponseTimeout: number;
  /** Blocks per RemoteStateRequest. */
  antiEntropyBatchSize: number;

  // ---- election ----------------------------------------------------------
  startupGracePeriod: number;
  membershipSampleInterval: number;
  leaderAliveThreshold: number;
  leaderElectionDuration: number;

  // ---- block cutting (the channel leader) ---------------------------------
  /** A block is cut when it holds this many transactions... */
  blockMaxTransactions: number;
  /** ...or when its first transaction has waited this long. */
  blockTimeout: number;

  // ---- links -------------------------------------------------------------
  /** Frames over this size are refused before decoding. */
  maxMessageSize: number;
  /** Frames queued per link before new ones are dropped. */
  sendBufferSize: number;
  /** How long a new link has to complete its ConnEstablish handshake. */
  connTimeout: number;
  /**
   * Every link gets an Empty probe every max(1 s, 2 × aliveTimeInterval); a
   * link on which nothing at all (no frame of any kind, acks included) has
   * arrived for this many such intervals after a probe went out is closed as
   * dead, and its peer dialed again while discovery holds it alive. Fabric
   * leaves this to gRPC keepalive (peer.keepalive.client.timeout, 20 s: a
   * connection whose ping goes unanswered that long is closed); the fabric
   * preset's 2 intervals of 10 s are those 20 s. 2, not 1, so a probe or
   * answer lost on a lossy test network does not close a live link.
   */
  probeTimeoutIntervals: number;
  /** Direct links kept at most (the bootstrap link excluded). */
  maxConnections: number;
  /** Random overlay links a peer keeps open. */
  targetConnections: number;
  /**
   * Links kept to members of each joined channel (a per-channel mesh, as
   * GossipSub's D per topic), within maxConnections; eviction spares a
   * channel's last ones. Capped links only (Fabric links to whoever it
   * talks to); 0 turns the mesh off. See docs/PROTOCOL.md, Links.
   */
  channelLinks: number;
  /** Capped links only: how often a peer still asks one alive peer beyond a channel's known
   *  members for its StateInfo, so groups of members that found only each other merge. */
  channelExploreInterval: number;

  // ---- hostile peers (webgossip's; Fabric has none of these) --------------
  /** The window of every per-link budget below, in ms. */
  budgetInterval: number;
  /** Bytes of MembershipResponses and StateInfoSnapshots one link may draw per budgetInterval; its requests beyond are dropped. */
  answerBudgetBytes: number;
  /** Bad signatures one link may make this peer check per budgetInterval; its signed messages beyond are dropped unchecked. */
  badSignatureBudget: number;
  /** An authenticated link that carries nothing but probes for this long is closed (0: never). */
  silentLinkTimeout: number;
  /** Dead members kept at most (and so handed on in a MembershipResponse); the longest dead go first. */
  maxDeadMembers: number;
  /** Violation points (comm/violations.ts: 1 per forged or malformed message) a link may score per budgetInterval before it is closed. */
  violationLimit: number;
  /** How long a peer closed for misbehaving is refused (doubling with each offence, up to 16×). */
  misbehaviourBackoff: number;
}

const SECOND = 1000;

const fabric: GossipConfig = {
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
  maxMessageSize: 256 * 1024,
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

const webgossip: GossipConfig = {
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
  if (config.maxMessageSize > 256 * 1024) {
    problems.push('maxMessageSize must not exceed 262144 (the data-channel limit)');
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
