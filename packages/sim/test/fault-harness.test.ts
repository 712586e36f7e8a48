import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { utf8 } from '@webgossip/core';
import { describe, expect, it } from 'vitest';
import { CHANNEL_A, FaultWorld } from '../src/faults/fault-world.js';
import { strike } from '../src/faults/forgery.js';
import { checkAlways, checkForgery, checkSettling } from '../src/faults/properties.js';
import { runCase } from '../src/faults/run-case.js';
import type { FaultSchedule } from '../src/faults/schedule.js';

const quiet = (over: Partial<FaultSchedule> = {}): FaultSchedule => ({
  preset: 'webgossip',
  seed: 3,
  peers: 5,
  channelB: [],
  loss: 0,
  faults: [],
  txs: [{ atMs: 0, peer: 1, channel: 0 }],
  ...over,
});

async function settledWorld(schedule: FaultSchedule): Promise<FaultWorld> {
  const world = new FaultWorld(schedule);
  await world.start();
  world.runtime.advance(5_000);
  return world;
}

describe('fault suite harness', () => {
  it('replays a schedule to the same violations, faults and convergence time', async () => {
    const schedule = quiet({
      peers: 6,
      loss: 0.1,
      faults: [
        { kind: 'crash', atMs: 500, peer: 2, downMs: 1_000, comeback: 'without-blocks' },
        { kind: 'partition', atMs: 1_000, durationMs: 2_000, groups: 2, salt: 1 },
      ],
    });
    const [a, b] = [await runCase(schedule), await runCase(schedule)];
    expect(b.violations).toEqual(a.violations);
    expect(b.applied).toEqual(a.applied);
    expect(b.convergedAfterMs).toBe(a.convergedAfterMs);
    expect(a.applied).toEqual({ crash: 1, partition: 1 });
  });

  it('delivers forged messages to the victim, which drops them as badly signed', async () => {
    const world = await settledWorld(quiet());
    const victim = world.peerAt(1);
    const before = victim.gossip.metrics().dropped['bad-signature'] ?? 0;
    world.crash(world.peerAt(4));
    strike(world, victim, { impersonated: new Set(), strikes: 0 });
    world.runtime.advance(500);
    expect((victim.gossip.metrics().dropped['bad-signature'] ?? 0) - before).toBeGreaterThanOrEqual(4);
    expect(checkForgery(world)).toEqual([]);
    world.shutdown();
  });

  it('reports a peer cut off for good as breaking membership, heights, transactions and the leader', async () => {
    const world = await settledWorld(quiet());
    const [cut, submitter] = [world.peerAt(4), world.peerAt(0)];
    world.net.partition([cut.endpoint]);
    world.submit(submitter, CHANNEL_A, utf8('while cut off'));
    world.runtime.advance(10_000);
    const properties = new Set(checkSettling(world).map((v) => v.property));
    expect(properties).toEqual(new Set(['membership-agrees', 'heights-agree', 'tx-committed', 'one-leader']));
    world.shutdown();
  });

  it('counts the blocks handed to subscribers, and reports one handed twice', async () => {
    const world = await settledWorld(quiet());
    world.submit(world.peerAt(0), CHANNEL_A, utf8('one'));
    world.runtime.advance(2_000);
    const counted = world.peers.flatMap((p) => [...p.deliveries.values()]);
    expect(counted.length).toBeGreaterThan(0);
    expect(checkAlways(world)).toEqual([]);
    world.peerAt(2).deliveries.set('0|A|0|abcdef0123', 2);
    expect(checkAlways(world).map((v) => v.property)).toEqual(['no-duplicate-delivery']);
    world.shutdown();
  });

  it('restarts a peer with the blocks it stored, or with none', async () => {
    const world = await settledWorld(quiet());
    world.submit(world.peerAt(0), CHANNEL_A, utf8('one'));
    world.runtime.advance(2_000);
    const [kept, wiped] = [world.peerAt(1), world.peerAt(2)];
    const height = kept.gossip.ledgerHeight(CHANNEL_A);
    expect(height).toBeGreaterThan(0);
    world.crash(kept);
    world.crash(wiped);
    await world.restart(kept, true);
    await world.restart(wiped, false);
    expect(kept.gossip.ledgerHeight(CHANNEL_A)).toBe(height);
    expect(wiped.gossip.ledgerHeight(CHANNEL_A)).toBe(0);
    expect(kept.gossip.blocks(CHANNEL_A).every((b) => b.via === 'restored')).toBe(true);
    world.shutdown();
  });
});

describe('faults command line', () => {
  const cli = fileURLToPath(new URL('../src/faults/cli.ts', import.meta.url));
  const run = (...args: string[]) =>
    spawnSync(process.execPath, ['--import', 'tsx', cli, ...args], { encoding: 'utf8', timeout: 60_000 });

  it('exits 2 and names every bad flag', () => {
    const result = run('--cases', 'many', '--preset', 'gossipsub', '--frobnicate');
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/--cases takes a whole number/);
    expect(result.stderr).toMatch(/--preset must be webgossip, fabric or both/);
    expect(result.stderr).toMatch(/unknown flag --frobnicate/);
  });

  it('prints usage and exits 0 on --help', () => {
    const result = run('--help');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/usage: npm run faults/);
  });
});
