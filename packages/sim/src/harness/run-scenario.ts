import type { Scenario } from '../scenario/scenario.js';
import { blockFigures, coverageCurve, coverageGrid, summarize } from '../stats/coverage.js';
import { lowerBoundHops } from '../stats/percentile.js';
import { runBlockPhase } from './block-phase.js';
import { BlockRecorder } from './block-recorder.js';
import { measureFailureDetection } from './failure-detection.js';
import { MembershipTracker } from './membership-tracker.js';
import { difference, messageFigures, sentByKind } from './message-accounting.js';
import { configFor, fanoutOf } from './presets.js';
import { Progress, type ProgressSink } from './progress.js';
import { ResourceMeter } from './resources.js';
import { runSetup } from './setup-phase.js';
import { CRYPTO_NOTE, engineSummary, type SimResult } from './sim-result.js';
import { SimWorld } from './sim-world.js';

export interface RunOptions {
  /** Where progress lines go (none when absent). */
  progress?: ProgressSink;
  /** Wall ms between progress lines. */
  progressEveryMs?: number;
}

/** Runs one scenario from the first peer's start to the last block's settling. */
export async function runScenario(scenario: Scenario, options: RunOptions = {}): Promise<SimResult> {
  const meter = new ResourceMeter();
  const progress = new Progress(options.progress, meter, scenario.name, options.progressEveryMs);
  const config = configFor(scenario.preset, scenario.config, scenario.heartbeatScale);
  const world = new SimWorld(scenario, config);
  const recorder = new BlockRecorder(world);
  const tracksMembership = scenario.start === 'bootstrap' || scenario.measureFailureDetection;
  const membership = tracksMembership ? new MembershipTracker(world) : undefined;
  const runStart = world.now;
  try {
    const setup = await runSetup(world, scenario.start === 'bootstrap' ? membership : undefined, progress);
    const before = sentByKind(world);
    const peersInPhase = world.live().length;
    const phase = await runBlockPhase(world, recorder, progress, runStart);
    const joined = world.peers.length - scenario.peers;
    const seconds = (phase.endedAtMs - phase.startedAtMs) / 1000;
    const messages = messageFigures(
      difference(sentByKind(world), before),
      peersInPhase + joined,
      recorder.count(),
      seconds,
    );
    const arrivals = recorder.arrivals();
    const horizon = Math.max(1, ...arrivals.flatMap((b) => b.delaysMs));
    const failureDetection =
      scenario.measureFailureDetection && membership
        ? measureFailureDetection(world, membership, progress)
        : undefined;
    const fanout = fanoutOf(config);
    const hops = lowerBoundHops(scenario.peers, fanout);
    progress.tick(() => 'done', true);
    return {
      scenario,
      crypto: CRYPTO_NOTE,
      engine: engineSummary(config),
      setup,
      blocks: arrivals.map(blockFigures),
      dissemination: summarize(arrivals),
      coverage: coverageCurve(arrivals, coverageGrid(Math.ceil(horizon))),
      lowerBound: {
        fanout,
        hops,
        oneHopMs: scenario.network.latencyMs,
        ms: hops * scenario.network.latencyMs,
      },
      messages,
      failureDetection,
      events: phase.events,
      network: { frames: world.net.stats.frames, lost: world.net.stats.lost },
      virtualMs: world.now - runStart,
      resources: meter.finish(),
    };
  } finally {
    world.shutdown();
  }
}
