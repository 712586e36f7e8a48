import { presets } from '@webgossip/core';
import { describe, expect, it } from 'vitest';
import { parseBenchFlags } from '../src/bench/bench-flags.js';
import { benchMatrix, CONVERGED_VIEW, STRETCHED_ALIVE_MS } from '../src/bench/matrix.js';
import { configFor } from '../src/harness/presets.js';

describe('benchmark matrix', () => {
  it('covers every size × loss × preset at 20 ms ± 5 ms, with the baselines in the same run set', () => {
    const cases = benchMatrix(parseBenchFlags(['--sizes', '100,1000,10000']));
    expect(cases).toHaveLength(18);
    expect(benchMatrix(parseBenchFlags([])).filter((c) => c.kind === 'dissemination')).toHaveLength(18);
    expect(benchMatrix(parseBenchFlags(['--sizes', '100']))).toHaveLength(6);
    expect(new Set(cases.map((c) => c.preset))).toEqual(new Set(['webgossip', 'fabric', 'flood']));
    for (const c of cases)
      expect(c.scenario.network).toMatchObject({ latencyMs: 20, jitterMs: 5, loss: c.loss });
  });

  it('stretches heartbeats only for large bootstrap runs, to the same alive period for every preset', () => {
    const cases = benchMatrix(
      parseBenchFlags(['--sizes', '100,1000', '--losses', '0', '--converged-from', '10000']),
    );
    const scale = (id: string) => cases.find((c) => c.id === id)?.scenario.heartbeatScale;
    expect(scale('n100-webgossip-loss0')).toBe(1);
    expect(scale('n1000-webgossip-loss0')).toBe(STRETCHED_ALIVE_MS / presets.webgossip.aliveTimeInterval);
    expect(scale('n1000-fabric-loss0')).toBe(STRETCHED_ALIVE_MS / presets.fabric.aliveTimeInterval);
  });

  it('asks for a converged start with a static leader from 1,000 peers and times failure detection once per preset', () => {
    const cases = benchMatrix(parseBenchFlags([])).filter((c) => c.kind === 'dissemination');
    const big = cases.filter((c) => c.peers >= 1_000);
    expect(big).toHaveLength(12);
    expect(
      big.every(
        (c) =>
          c.scenario.start === 'converged' &&
          c.scenario.leader === 'static' &&
          c.scenario.knownPeers === CONVERGED_VIEW,
      ),
    ).toBe(true);
    expect(cases.filter((c) => c.peers === 100).every((c) => c.scenario.leader === 'elected')).toBe(true);
    // No heartbeat during a converged run: the seeded members must not expire.
    expect(
      big.every(
        (c) =>
          c.scenario.heartbeatScale *
            presets[c.preset === 'fabric' ? 'fabric' : 'webgossip'].aliveTimeInterval >=
          60_000,
      ),
    ).toBe(true);
    expect(cases.filter((c) => c.scenario.measureFailureDetection).map((c) => c.id)).toEqual([
      'n100-webgossip-loss0',
      'n100-fabric-loss0',
      'n100-flood-loss0',
    ]);
  });

  it('a plain run adds membership-only runs at 1,000 peers, alive every 5 s for every preset', () => {
    const membership = benchMatrix(parseBenchFlags([])).filter((c) => c.kind === 'membership');
    expect(membership.map((c) => c.id)).toEqual([
      'n1000-webgossip-membership',
      'n1000-fabric-membership',
      'n1000-flood-membership',
    ]);
    for (const c of membership) {
      expect(c.scenario).toMatchObject({ peers: 1_000, start: 'bootstrap', measureFailureDetection: true });
      expect(c.scenario.blocks.count).toBe(0);
      const alive = presets[c.preset === 'fabric' ? 'fabric' : 'webgossip'].aliveTimeInterval;
      expect(c.scenario.heartbeatScale * alive).toBe(5_000);
    }
    expect(benchMatrix(parseBenchFlags(['--sizes', '100'])).some((c) => c.kind === 'membership')).toBe(false);
    expect(benchMatrix(parseBenchFlags(['--quick'])).some((c) => c.kind === 'membership')).toBe(false);
    const only = benchMatrix(
      parseBenchFlags(['--sizes', 'none', '--membership', '200', '--presets', 'fabric']),
    );
    expect(only.map((c) => c.id)).toEqual(['n200-fabric-membership']);
    expect(() => parseBenchFlags(['--membership', 'lots'])).toThrow(/--membership takes/);
  });

  it('converged runs keep Fabric’s StateInfo periods, which its state transfer reads heights from, and stretch the sub-second ones', () => {
    const converged = benchMatrix(
      parseBenchFlags(['--sizes', '1000', '--losses', '0.2', '--membership', 'none']),
    );
    const effective = new Map(
      converged.map((c) => [c.preset, configFor(c.preset, c.scenario.config, c.scenario.heartbeatScale)]),
    );
    expect(converged.every((c) => c.scenario.start === 'converged')).toBe(true);
    expect(effective.get('fabric')).toMatchObject({
      publishStateInfoInterval: presets.fabric.publishStateInfoInterval,
      requestStateInfoInterval: presets.fabric.requestStateInfoInterval,
      aliveTimeInterval: 60_000,
    });
    for (const preset of ['webgossip', 'flood'] as const) {
      const scale = converged.find((c) => c.preset === preset)?.scenario.heartbeatScale ?? 1;
      expect(scale).toBeGreaterThan(1);
      expect(effective.get(preset)?.publishStateInfoInterval).toBe(
        presets.webgossip.publishStateInfoInterval * scale,
      );
    }
    const bootstrap = benchMatrix(parseBenchFlags(['--sizes', '100', '--membership', 'none']));
    expect(bootstrap.every((c) => Object.keys(c.scenario.config).length === 0)).toBe(true);
  });

  it('quick mode is small', () => {
    const cases = benchMatrix(parseBenchFlags(['--quick']));
    expect(Math.max(...cases.map((c) => c.peers))).toBeLessThanOrEqual(50);
    expect(Math.max(...cases.map((c) => c.scenario.blocks.count))).toBeLessThanOrEqual(3);
  });
});
