import type { GossipConfig } from '@webgossip/core';

/**
 * A simulation scenario: everything that fixes a run's figures. The same
 * scenario (seed included) gives the same figures on every machine.
 */

/** The engine configuration a run uses: the two presets of the engine, or the flooding baseline. */
export type PresetChoice = 'webgossip' | 'fabric' | 'flood';
export const PRESET_CHOICES: readonly PresetChoice[] = ['webgossip', 'fabric', 'flood'];

/**
 * How peers start. `bootstrap`: every peer knows only the bootstrap peers and
 * discovers the rest through the protocol. `converged`: every peer starts
 * knowing a sample of the others (see `knownPeers`), as if discovery had run.
 */
export type StartMode = 'bootstrap' | 'converged';

/**
 * How the channel's leader is found. `elected`: Fabric's leader election.
 * `static`: Fabric's useLeaderElection false, with the first peer as
 * orgLeader: no election traffic, which at 10,000 peers would be every
 * peer's proposal reaching every other (O(N²) frames).
 */
export type LeaderMode = 'elected' | 'static';

export interface NetworkSpec {
  /** Mean one-hop latency in ms. */
  latencyMs: number;
  /** Uniform jitter of ± this many ms around the mean. */
  jitterMs: number;
  /** Share of frames lost, 0..1. */
  loss: number;
  /** When loss starts: from the first frame, or from the first block (setup runs lossless). */
  lossFrom: 'start' | 'blocks';
}

export interface BlockSpec {
  /** Blocks to produce. */
  count: number;
  /** Virtual ms between two blocks. */
  intervalMs: number;
  /** Transactions submitted to the leader per block. */
  transactionsPerBlock: number;
  /** Bytes of each transaction's data. */
  transactionBytes: number;
  /** How long after the last block the run waits for stragglers (ms). */
  settleMs: number;
}

/** A fault or churn step, at `atMs` after the block phase starts (negative: before, during setup is not allowed). */
export type ScenarioEvent =
  /** Random live peers vanish without a goodbye: links stay silent, nobody is told. */
  | { atMs: number; action: 'crash'; peers: number }
  /** Random live peers stop gracefully: they close their links. */
  | { atMs: number; action: 'leave'; peers: number }
  /** New peers (fresh identities) start, bootstrap and join the channel. */
  | { atMs: number; action: 'join'; peers: number }
  /** Live peers are split into this many groups that cannot reach each other. */
  | { atMs: number; action: 'partition'; groups: number }
  | { atMs: number; action: 'heal' }
  /** Changes the loss rate from now on. */
  | { atMs: number; action: 'loss'; loss: number };

export type ScenarioAction = ScenarioEvent['action'];
export const SCENARIO_ACTIONS: readonly ScenarioAction[] = [
  'crash',
  'leave',
  'join',
  'partition',
  'heal',
  'loss',
];

export interface Scenario {
  name: string;
  seed: number;
  peers: number;
  preset: PresetChoice;
  /** Overrides of the preset's configuration (Fabric's knob names). */
  config: Partial<GossipConfig>;
  network: NetworkSpec;
  /**
   * Stretches the preset's periodic background (alive heartbeats, StateInfo,
   * leadership refresh, expiration) by this factor; dissemination knobs stay.
   * 1 runs the preset as it is. Large simulated networks need it because each
   * heartbeat reaches every peer: O(N²) frames per period.
   */
  heartbeatScale: number;
  start: StartMode;
  leader: LeaderMode;
  /**
   * Bootstrap nodes every peer starts from: engines set up like the signaling
   * server's (a link to every peer, no channel), besides the `peers`.
   */
  bootstrapPeers: number;
  /**
   * In a converged start, how many peers each peer starts knowing (a random
   * symmetric view). 0: all of them up to 1,000 peers, else 40.
   */
  knownPeers: number;
  /** The longest the setup (discovery, channel, leader) may take before blocks start anyway. */
  setupTimeoutMs: number;
  /** The run lasts at least this long in virtual time from its start (0: until blocks settle). */
  durationMs: number;
  blocks: BlockSpec;
  events: ScenarioEvent[];
  /** Also measure how long until a crashed peer is seen dead by all others. */
  measureFailureDetection: boolean;
}

/** Fills every field a scenario file or the CLI left out. */
export const DEFAULT_SCENARIO: Scenario = {
  name: 'sim',
  seed: 1,
  peers: 100,
  preset: 'webgossip',
  config: {},
  network: { latencyMs: 20, jitterMs: 5, loss: 0, lossFrom: 'blocks' },
  heartbeatScale: 1,
  start: 'bootstrap',
  leader: 'elected',
  bootstrapPeers: 1,
  knownPeers: 0,
  setupTimeoutMs: 120_000,
  durationMs: 0,
  blocks: { count: 10, intervalMs: 1_000, transactionsPerBlock: 10, transactionBytes: 100, settleMs: 15_000 },
  events: [],
  measureFailureDetection: false,
};
