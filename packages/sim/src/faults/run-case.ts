import { utf8 } from '@webgossip/core';
import { applyStep, channelAt, memberAt, type PlayContext } from './fault-kinds.js';
import { FaultWorld } from './fault-world.js';
import type { ForgeryLog } from './forgery.js';
import { NetworkFaults } from './network-faults.js';
import { checkAlways, checkForgery, checkOffenders, checkSettling, type Violation } from './properties.js';
import type { FaultKindName, FaultSchedule } from './schedule.js';
import { Timeline } from './timeline.js';
import { TIMING } from './timing.js';

export interface CaseResult {
  schedule: FaultSchedule;
  violations: Violation[];
  /** Faults that took effect, by kind (a crash of a peer already down does not). */
  applied: Partial<Record<FaultKindName, number>>;
  /** Virtual time from the heal until every property held (and kept holding); undefined when they never did. */
  convergedAfterMs: number | undefined;
  txsSubmitted: number;
  /** fork-detected / fork-resolved events over all peers (zero while the engine emits none). */
  forkEvents: { detected: number; resolved: number };
  virtualMs: number;
  wallMs: number;
}

/**
 * Plays one schedule against real engines: warm-up, the fault window (its
 * faults and transactions), the heal (no partition, loss 0, base latency,
 * pending restarts and rejoins), then polls the properties until they hold
 * or the preset's quiet bound passes.
 */
export async function runCase(
  schedule: FaultSchedule,
  /** Called with the world after the checks, before the engines stop (for looking into a failure). */
  inspect?: (world: FaultWorld) => void,
): Promise<CaseResult> {
  const startedWall = performance.now();
  const timing = TIMING[schedule.preset];
  const world = new FaultWorld(schedule);
  const applied: Partial<Record<FaultKindName, number>> = {};
  const violations: Violation[] = [];
  let convergedAfterMs: number | undefined;
  const t0 = world.runtime.now();
  try {
    await world.start();
    const windowAt = t0 + timing.warmupMs;
    const healAt = windowAt + timing.windowMs;
    const timeline = new Timeline(world.runtime);
    const network = new NetworkFaults(world.net);
    const forgery: ForgeryLog = { impersonated: new Set(), strikes: 0 };
    const hostile: PlayContext['hostile'] = [];
    const ctx: PlayContext = { world, timeline, network, forgery, hostile, healAtMs: healAt };
    const forged = new Map<string, Violation>();
    const watchForgery = () => {
      for (const v of checkForgery(world)) forged.set(v.detail, v);
    };
    timeline.at(healAt, () => network.healAll());
    timeline.at(windowAt, () => network.setBaseLoss(schedule.loss));
    for (const step of schedule.faults) {
      timeline.at(windowAt + clamp(step.atMs, timing.windowMs), async () => {
        if (await applyStep(ctx, step)) applied[step.kind] = (applied[step.kind] ?? 0) + 1;
      });
    }
    schedule.txs.forEach((tx, i) => {
      timeline.at(windowAt + clamp(tx.atMs, timing.windowMs), () => {
        const channel = channelAt(world, tx.channel);
        const peer = memberAt(world, channel, tx.peer);
        if (peer) world.submit(peer, channel, utf8(`tx/${schedule.seed}/${i}`));
      });
    });
    for (let t = t0 + timing.pollMs; t <= healAt; t += timing.pollMs) {
      await timeline.runTo(t);
      watchForgery();
    }
    await timeline.runTo(healAt);
    let settling = checkSettling(world);
    for (let t = healAt + timing.pollMs; t <= healAt + timing.quietBoundMs; t += timing.pollMs) {
      await timeline.runTo(t);
      watchForgery();
      settling = checkSettling(world);
      if (settling.length === 0) {
        convergedAfterMs = t - healAt;
        break;
      }
    }
    if (convergedAfterMs !== undefined) {
      await timeline.runTo(world.runtime.now() + timing.stableMs);
      watchForgery();
      settling = checkSettling(world);
      if (settling.length > 0) convergedAfterMs = undefined;
    }
    violations.push(...settling, ...checkAlways(world), ...forged.values(), ...checkOffenders(hostile));
    inspect?.(world);
  } catch (error) {
    violations.push({
      property: 'engine-error',
      detail:
        error instanceof Error
          ? (error.stack ?? error.message).split('\n').slice(0, 3).join(' | ')
          : String(error),
    });
  } finally {
    world.shutdown();
  }
  return {
    schedule,
    violations: dedupe(violations),
    applied,
    convergedAfterMs,
    txsSubmitted: world.txs.length,
    forkEvents: world.peers.reduce(
      (sum, p) => ({
        detected: sum.detected + p.forkEvents.detected,
        resolved: sum.resolved + p.forkEvents.resolved,
      }),
      { detected: 0, resolved: 0 },
    ),
    virtualMs: world.runtime.now() - t0,
    wallMs: performance.now() - startedWall,
  };
}

function clamp(atMs: number, windowMs: number): number {
  return Math.min(Math.max(0, atMs), windowMs - 1);
}

function dedupe(violations: Violation[]): Violation[] {
  const seen = new Set<string>();
  return violations.filter((v) => {
    const key = `${v.property}|${v.detail}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
