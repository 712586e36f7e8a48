import type { GossipConfig } from '@webgossip/core';
import type { Scenario, StartMode } from '../scenario/scenario.js';
import type { BlockFigures, CoverageCurve, DisseminationSummary } from '../stats/coverage.js';
import type { MessageFigures } from './message-accounting.js';
import type { ResourceFigures } from './resources.js';

/** Printed with every result: the simulator does not sign anything for real. */
export const CRYPTO_NOTE = 'insecure simulator crypto: signatures are NOT real in the simulator (speed)';

export interface SetupFigures {
  start: StartMode;
  peers: number;
  /** Converged start: how many peers each peer started knowing, on average. */
  initialView: number | undefined;
  /** Virtual ms from the first peer's start until blocks began. */
  readyAtMs: number;
  /** When every peer first knew every other peer alive (bootstrap start). */
  membershipConvergedMs: number | undefined;
  /** When every peer first agreed on the channel's leader. */
  leaderAgreedMs: number | undefined;
  /** When every peer first saw every other as a channel member. */
  channelConvergedMs: number | undefined;
  /** Whether setup ran out of time and blocks started anyway. */
  timedOut: boolean;
}

export interface LowerBound {
  fanout: number;
  hops: number;
  oneHopMs: number;
  /** ceil(log_(fanout+1) N) × one-hop latency. */
  ms: number;
}

export interface FailureDetection {
  crashedAtMs: number;
  /** Virtual ms from the crash until every live peer saw the crashed one dead; undefined if not all did. */
  detectedByAllMs: number | undefined;
  /** Share of live peers that saw it dead by the end. */
  detectedShare: number;
}

export interface AppliedEvent {
  atMs: number;
  action: string;
  detail: string;
}

/** The outcome of one simulation run. All but `resources` is fixed by the scenario and its seed. */
export interface SimResult {
  scenario: Scenario;
  crypto: string;
  engine: Pick<
    GossipConfig,
    | 'propagatePeerNum'
    | 'propagateIterations'
    | 'lazyPushPeerNum'
    | 'pullInterval'
    | 'pullPeerNum'
    | 'targetConnections'
    | 'maxConnections'
    | 'aliveTimeInterval'
    | 'aliveExpirationTimeout'
    | 'maxPropagationBurstLatency'
  >;
  setup: SetupFigures;
  blocks: BlockFigures[];
  dissemination: DisseminationSummary;
  coverage: CoverageCurve;
  lowerBound: LowerBound;
  messages: MessageFigures;
  failureDetection: FailureDetection | undefined;
  events: AppliedEvent[];
  network: { frames: number; lost: number };
  virtualMs: number;
  resources: ResourceFigures;
}

export function engineSummary(config: GossipConfig): SimResult['engine'] {
  return {
    propagatePeerNum: config.propagatePeerNum,
    propagateIterations: config.propagateIterations,
    lazyPushPeerNum: config.lazyPushPeerNum,
    pullInterval: config.pullInterval,
    pullPeerNum: config.pullPeerNum,
    targetConnections: config.targetConnections,
    maxConnections: config.maxConnections,
    aliveTimeInterval: config.aliveTimeInterval,
    aliveExpirationTimeout: config.aliveExpirationTimeout,
    maxPropagationBurstLatency: config.maxPropagationBurstLatency,
  };
}

/** The part of a result that the seed fixes (for determinism checks). */
export function seededPart(result: SimResult): Omit<SimResult, 'resources'> {
  const { resources: _resources, ...rest } = result;
  return rest;
}
