import type { ChannelId } from '@webgossip/core';
import fc from 'fast-check';
import { BOOTSTRAP, type FaultPeer, type FaultWorld } from './fault-world.js';
import { type ForgeryLog, strike } from './forgery.js';
import { type HostileSession, haunt } from './hostile-peer.js';
import type { NetworkFaults } from './network-faults.js';
import type { Comeback, FaultKindName, FaultStep } from './schedule.js';
import type { Timeline } from './timeline.js';
import type { CaseTiming } from './timing.js';

/** What a fault needs while a case plays. */
export interface PlayContext {
  world: FaultWorld;
  timeline: Timeline;
  network: NetworkFaults;
  forgery: ForgeryLog;
  /** The hostile peers' sessions, for the property that each victim limited its offender. */
  hostile: HostileSession[];
  /** When the fault window closes and every fault ends. */
  healAtMs: number;
}

export interface FaultKindSpec<S extends FaultStep> {
  /** How often the generator picks the kind, relative to the others. */
  weight: number;
  arbitrary(timing: CaseTiming): fc.Arbitrary<S>;
  /** Plays the step; false when it had nothing to act on (say, a crash of a peer already down). */
  apply(ctx: PlayContext, step: S): boolean | Promise<boolean>;
}

type FaultTable = { [K in FaultKindName]: FaultKindSpec<Extract<FaultStep, { kind: K }>> };

const peerArb = fc.nat(63);
const channelArb = fc.nat(1);
const comebackArb = fc.constantFrom<Comeback>('with-blocks', 'without-blocks', 'stay-down');

const at = (t: CaseTiming) => fc.integer({ min: 0, max: t.windowMs - t.minFaultMs });
const duration = (t: CaseTiming) => fc.integer({ min: t.minFaultMs, max: t.maxFaultMs });

/**
 * Every fault kind the suite plays: how to generate it and what it does. A
 * new kind is one entry here and one case of `FaultStep`; the compiler
 * holds the two together.
 */
export const FAULT_KINDS: FaultTable = {
  partition: {
    weight: 3,
    arbitrary: (t) =>
      fc.record({
        kind: fc.constant('partition'),
        atMs: at(t),
        durationMs: duration(t),
        groups: fc.integer({ min: 2, max: 3 }),
        salt: fc.nat(7),
      }),
    apply: (ctx, step) => {
      until(ctx, step.durationMs, ctx.network.partition(splitGroups(ctx.world, step.groups, step.salt)));
      return true;
    },
  },
  'loss-burst': {
    weight: 2,
    arbitrary: (t) =>
      fc.record({
        kind: fc.constant('loss-burst'),
        atMs: at(t),
        durationMs: duration(t),
        loss: fc.integer({ min: 5, max: 40 }).map((p) => p / 100),
      }),
    apply: (ctx, step) => {
      until(ctx, step.durationMs, ctx.network.loss(step.loss));
      return true;
    },
  },
  'latency-spike': {
    weight: 2,
    arbitrary: (t) =>
      fc.record({
        kind: fc.constant('latency-spike'),
        atMs: at(t),
        durationMs: duration(t),
        latencyMs: fc.integer({ min: 100, max: 1_500 }),
      }),
    apply: (ctx, step) => {
      until(ctx, step.durationMs, ctx.network.latency(step.latencyMs));
      return true;
    },
  },
  crash: {
    weight: 3,
    arbitrary: (t) =>
      fc.record({
        kind: fc.constant('crash'),
        atMs: at(t),
        peer: peerArb,
        downMs: duration(t),
        comeback: comebackArb,
      }),
    apply: (ctx, step) => takeDown(ctx, ctx.world.peerAt(step.peer), 'crash', step.downMs, step.comeback),
  },
  stop: {
    weight: 2,
    arbitrary: (t) =>
      fc.record({
        kind: fc.constant('stop'),
        atMs: at(t),
        peer: peerArb,
        downMs: duration(t),
        comeback: comebackArb,
      }),
    apply: (ctx, step) => takeDown(ctx, ctx.world.peerAt(step.peer), 'stop', step.downMs, step.comeback),
  },
  'leader-kill': {
    weight: 3,
    arbitrary: (t) =>
      fc.record({
        kind: fc.constant('leader-kill'),
        atMs: at(t),
        channel: channelArb,
        downMs: duration(t),
        comeback: comebackArb,
      }),
    apply: (ctx, step) => {
      const leader = ctx.world.leaderOf(channelAt(ctx.world, step.channel));
      return leader ? takeDown(ctx, leader, 'crash', step.downMs, step.comeback) : false;
    },
  },
  'leave-channel': {
    weight: 2,
    arbitrary: (t) =>
      fc.record({
        kind: fc.constant('leave-channel'),
        atMs: at(t),
        peer: peerArb,
        channel: channelArb,
        downMs: duration(t),
        rejoin: fc.boolean(),
      }),
    apply: (ctx, step) => {
      const channel = channelAt(ctx.world, step.channel);
      const peer = memberAt(ctx.world, channel, step.peer);
      if (!peer || !ctx.world.leaveChannel(peer, channel)) return false;
      if (step.rejoin)
        ctx.timeline.at(endOf(ctx, step.downMs), () => {
          ctx.world.rejoinChannel(peer, channel);
        });
      return true;
    },
  },
  forge: {
    weight: 1,
    arbitrary: (t) => fc.record({ kind: fc.constant('forge'), atMs: at(t), peer: peerArb }),
    apply: (ctx, step) => {
      const victim = ctx.world.peerAt(step.peer);
      if (victim.state !== 'live') return false;
      strike(ctx.world, victim, ctx.forgery);
      return true;
    },
  },
  hostile: {
    weight: 1,
    arbitrary: (t) =>
      fc.record({ kind: fc.constant('hostile'), atMs: at(t), peer: peerArb, durationMs: duration(t) }),
    apply: (ctx, step) => {
      const victim = ctx.world.peerAt(step.peer);
      if (victim.state !== 'live') return false;
      const lasts = Math.min(step.durationMs, ctx.healAtMs - ctx.world.runtime.now());
      ctx.hostile.push(haunt(ctx.world, victim, lasts));
      return true;
    },
  },
  'one-sided-close': {
    weight: 2,
    arbitrary: (t) =>
      fc.record({ kind: fc.constant('one-sided-close'), atMs: at(t), peer: peerArb, other: peerArb }),
    apply: (ctx, step) => {
      const [a, b] = [ctx.world.peerAt(step.peer), ctx.world.peerAt(step.other)];
      if (a === b) return false;
      ctx.network.closeOneSided(a.endpoint, b.endpoint);
      return true;
    },
  },
  'asymmetric-partition': {
    weight: 2,
    arbitrary: (t) =>
      fc.record({
        kind: fc.constant('asymmetric-partition'),
        atMs: at(t),
        durationMs: duration(t),
        salt: fc.nat(7),
      }),
    apply: (ctx, step) => {
      const [from = [], to = []] = splitGroups(ctx.world, 2, step.salt);
      until(ctx, step.durationMs, ctx.network.partitionOneWay(from, to));
      return true;
    },
  },
  'duplicate-frames': {
    weight: 1,
    arbitrary: (t) =>
      fc.record({
        kind: fc.constant('duplicate-frames'),
        atMs: at(t),
        durationMs: duration(t),
        share: fc.integer({ min: 5, max: 50 }).map((p) => p / 100),
      }),
    apply: (ctx, step) => {
      until(ctx, step.durationMs, ctx.network.duplicate(step.share));
      return true;
    },
  },
  'reorder-frames': {
    weight: 1,
    arbitrary: (t) =>
      fc.record({
        kind: fc.constant('reorder-frames'),
        atMs: at(t),
        durationMs: duration(t),
        share: fc.integer({ min: 5, max: 50 }).map((p) => p / 100),
      }),
    apply: (ctx, step) => {
      until(ctx, step.durationMs, ctx.network.reorder(step.share));
      return true;
    },
  },
  'link-latency': {
    weight: 1,
    arbitrary: (t) =>
      fc.record({
        kind: fc.constant('link-latency'),
        atMs: at(t),
        durationMs: duration(t),
        peer: peerArb,
        other: peerArb,
        latencyMs: fc.integer({ min: 100, max: 3_000 }),
      }),
    apply: (ctx, step) => {
      const [a, b] = [ctx.world.peerAt(step.peer), ctx.world.peerAt(step.other)];
      if (a === b) return false;
      until(ctx, step.durationMs, ctx.network.linkLatency(a.endpoint, b.endpoint, step.latencyMs));
      return true;
    },
  },
};

export const FAULT_KIND_NAMES = Object.keys(FAULT_KINDS) as FaultKindName[];

/** Plays one step through its kind's entry. */
export function applyStep(ctx: PlayContext, step: FaultStep): boolean | Promise<boolean> {
  const spec = FAULT_KINDS[step.kind] as FaultKindSpec<FaultStep>;
  return spec.apply(ctx, step);
}

function endOf(ctx: PlayContext, afterMs: number): number {
  return Math.min(ctx.world.runtime.now() + afterMs, ctx.healAtMs);
}

/** Ends a fault after `durationMs`, or at the heal, whichever comes first (the heal ends them all). */
function until(ctx: PlayContext, durationMs: number, end: () => void): void {
  const endAt = ctx.world.runtime.now() + durationMs;
  if (endAt < ctx.healAtMs) ctx.timeline.at(endAt, end);
}

function takeDown(
  ctx: PlayContext,
  peer: FaultPeer,
  how: 'crash' | 'stop',
  downMs: number,
  comeback: Comeback,
): boolean {
  const done = how === 'crash' ? ctx.world.crash(peer) : ctx.world.stop(peer);
  if (!done) return false;
  if (comeback !== 'stay-down')
    ctx.timeline.at(endOf(ctx, downMs), async () => {
      await ctx.world.restart(peer, comeback === 'with-blocks');
    });
  return true;
}

export function channelAt(world: FaultWorld, channel: number): ChannelId {
  return world.channels[channel % world.channels.length] as ChannelId;
}

/** The n-th peer (mod) of those that joined the channel at start. */
export function memberAt(world: FaultWorld, channel: ChannelId, n: number): FaultPeer | undefined {
  const initial = world.initialMembers(channel);
  const joined = world.peers.filter((p) => initial.has(p.index));
  return joined[n % Math.max(1, joined.length)];
}

/** Peer i goes to group (i + salt) mod groups; the bootstrap node to the first group. */
export function splitGroups(world: FaultWorld, groups: number, salt: number): string[][] {
  const split: string[][] = Array.from({ length: groups }, () => []);
  split[0]?.push(BOOTSTRAP);
  for (const peer of world.peers) split[(peer.index + salt) % groups]?.push(peer.endpoint);
  return split;
}
