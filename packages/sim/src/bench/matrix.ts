import type { GossipConfig } from '@webgossip/core';
import { configFor } from '../harness/presets.js';
import { DEFAULT_SCENARIO, type PresetChoice, type Scenario, type StartMode } from '../scenario/scenario.js';
import { validateScenario } from '../scenario/validate-scenario.js';

/**
 * What a run measures: block dissemination (the matrix of sizes × losses ×
 * presets), or membership alone (no channel, no blocks): convergence from a
 * bootstrap start and failure detection.
 */
export type BenchKind = 'dissemination' | 'membership';

/** One benchmark run: a scenario plus the coordinates it fills in the report. */
export interface BenchCase {
  id: string;
  kind: BenchKind;
  peers: number;
  loss: number;
  preset: PresetChoice;
  scenario: Scenario;
}

export interface MatrixOptions {
  quick: boolean;
  seed: number;
  sizes: readonly number[];
  losses: readonly number[];
  presets: readonly PresetChoice[];
  /** Blocks per run (default: by size). */
  blocks: number | undefined;
  /** Peer count from which runs start from converged membership. */
  convergedFrom: number;
  /** Sizes of the membership-only runs. */
  membership: readonly number[];
}

/** The sizes a plain `npm run bench` runs (--sizes picks others). */
export const FULL_SIZES = [100, 1_000, 10_000] as const;
/** The sizes the report plans for, listed as not run until they are. */
export const PLANNED_SIZES = [100, 1_000, 10_000] as const;
export const QUICK_SIZES = [40] as const;
export const LOSSES = [0, 0.2] as const;
export const PRESETS: readonly PresetChoice[] = ['webgossip', 'fabric', 'flood'];
/** The sizes of the membership-only runs of a plain `npm run bench`. */
export const MEMBERSHIP_SIZES = [1_000] as const;
/**
 * Membership-only runs send alive messages at Fabric's pace (every 5 s, each
 * reaching every peer: O(N²) frames per period), so webgossip's periods are
 * stretched ×5, the same factor for its expiration: what is timed is each
 * preset's protocol at one common heartbeat.
 */
export const MEMBERSHIP_ALIVE_MS = 5_000;
/**
 * From this size on, heartbeat-like periods are stretched (see
 * Scenario.heartbeatScale): every alive and StateInfo message reaches every
 * peer, O(N²) frames per period, which one process cannot simulate at the
 * presets' sub-second periods. Dissemination knobs stay as the preset has them.
 */
export const HEARTBEAT_SCALED_FROM = 1_000;
/** Stretched runs send alive heartbeats this often, whatever the preset. */
export const STRETCHED_ALIVE_MS = 10_000;

/**
 * Converged runs send alive heartbeats this rarely: membership is taken as
 * known, so the run measures dissemination, not N² heartbeat traffic, and no
 * seeded member expires during it.
 */
export const CONVERGED_ALIVE_MS = 60_000;
/**
 * StateInfo periods at least this long run unstretched in converged runs.
 * State transfer finds the peers ahead of it through their StateInfo: with
 * Fabric's 4 s stretched ×12 it would not see them within the run, and at 20%
 * loss the peers that missed a block beyond the pull window would never catch
 * up, which is the stretch, not Fabric. Fabric's own periods cost little.
 * webgossip's and flood's 500 ms stay stretched: they deliver by pull without
 * it, and unstretched they more than double the wall time of 10,000 peers.
 */
export const STATE_INFO_KEPT_FROM_MS = 1_000;

/** The StateInfo periods a converged run keeps at the preset's own values (none when they are sub-second). */
export function keptStateInfo(preset: PresetChoice): Partial<GossipConfig> {
  const own = configFor(preset, {});
  if (own.publishStateInfoInterval < STATE_INFO_KEPT_FROM_MS) return {};
  return {
    publishStateInfoInterval: own.publishStateInfoInterval,
    requestStateInfoInterval: own.requestStateInfoInterval,
  };
}

/** Peers each peer starts knowing in a converged benchmark run (a partial view). */
export const CONVERGED_VIEW = 40;

/** The heartbeat stretch for a run: none for small networks, else alive every STRETCHED_ALIVE_MS (converged: CONVERGED_ALIVE_MS). */
export function heartbeatScaleFor(
  peers: number,
  preset: PresetChoice,
  start: StartMode = 'bootstrap',
): number {
  const aliveMs = configFor(preset, {}).aliveTimeInterval;
  if (start === 'converged') return Math.max(1, CONVERGED_ALIVE_MS / aliveMs);
  if (peers < HEARTBEAT_SCALED_FROM) return 1;
  return Math.max(1, STRETCHED_ALIVE_MS / aliveMs);
}
/**
 * The size at which membership convergence and failure detection are timed:
 * the largest size that runs the presets' own heartbeat periods (stretched
 * periods would time the stretch, not the preset).
 */
export const MEMBERSHIP_SIZE_FULL = 100;
export function caseId(peers: number, preset: PresetChoice, loss: number): string {
  return `n${peers}-${preset}-loss${Math.round(loss * 100)}`;
}

export function membershipCaseId(peers: number, preset: PresetChoice): string {
  return `n${peers}-${preset}-membership`;
}

function baseScenario(name: string, seed: number, peers: number, preset: PresetChoice): Scenario {
  return { ...DEFAULT_SCENARIO, name, seed, peers, preset };
}

/**
 * The benchmark matrix: every size × loss × preset, one-hop latency
 * 20 ms ± 5 ms. Loss starts with the first block so every run starts from
 * the same converged overlay; failure detection is timed in the lossless
 * runs at the membership size; then the membership-only runs.
 */
export function benchMatrix(options: MatrixOptions): BenchCase[] {
  const membershipSize = options.quick ? QUICK_SIZES[0] : MEMBERSHIP_SIZE_FULL;
  const cases: BenchCase[] = [];
  for (const peers of options.sizes) {
    for (const loss of options.losses) {
      for (const preset of options.presets) {
        const id = caseId(peers, preset, loss);
        const blocks = options.blocks ?? (options.quick ? 3 : peers >= 10_000 ? 10 : 20);
        const start: StartMode = peers >= options.convergedFrom ? 'converged' : 'bootstrap';
        // A converged start takes the channel's leader as known too (Fabric's static leader): an
        // election would have every peer's proposal reach every other, O(N²) frames.
        const scenario = validateScenario({
          ...baseScenario(id, options.seed, peers, preset),
          config: start === 'converged' ? keptStateInfo(preset) : {},
          network: { latencyMs: 20, jitterMs: 5, loss, lossFrom: 'blocks' },
          heartbeatScale: heartbeatScaleFor(peers, preset, start),
          start,
          leader: start === 'converged' ? 'static' : 'elected',
          knownPeers: start === 'converged' ? CONVERGED_VIEW : 0,
          blocks: { ...DEFAULT_SCENARIO.blocks, count: blocks, intervalMs: 1_000, settleMs: 30_000 },
          measureFailureDetection: peers === membershipSize && loss === 0,
        });
        cases.push({ id, kind: 'dissemination', peers, loss, preset, scenario });
      }
    }
  }
  for (const peers of options.membership) {
    // Flooding forwards every alive message over every link (8 instead of 3): at
    // 1,000 peers 2.4 times webgossip's frames, the most of any run of the matrix.
    for (const preset of options.presets) {
      const id = membershipCaseId(peers, preset);
      const scenario = validateScenario({
        ...baseScenario(id, options.seed, peers, preset),
        heartbeatScale: Math.max(1, MEMBERSHIP_ALIVE_MS / configFor(preset, {}).aliveTimeInterval),
        start: 'bootstrap',
        leader: 'static',
        blocks: { ...DEFAULT_SCENARIO.blocks, count: 0 },
        measureFailureDetection: true,
      });
      cases.push({ id, kind: 'membership', peers, loss: 0, preset, scenario });
    }
  }
  return cases;
}
