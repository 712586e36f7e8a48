import { mkdtemp, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseBenchFlags } from '../src/bench/bench-flags.js';
import { mergeScenario, parseSimFlags } from '../src/scenario/cli-flags.js';
import { loadScenarioFile } from '../src/scenario/load-scenario.js';
import { DEFAULT_SCENARIO } from '../src/scenario/scenario.js';
import { ScenarioError, validateScenario } from '../src/scenario/validate-scenario.js';

const problemsOf = (fn: () => unknown): string[] => {
  try {
    fn();
  } catch (error) {
    if (error instanceof ScenarioError) return error.problems;
    throw error;
  }
  return [];
};

describe('sim flags', () => {
  it('reads the documented command line into a scenario', () => {
    const inv = parseSimFlags([
      '--peers',
      '1000',
      '--blocks',
      '20',
      '--loss',
      '0.1',
      '--preset',
      'webgossip',
      '--seed',
      '7',
    ]);
    const s = validateScenario(mergeScenario({}, inv.overrides));
    expect(s).toMatchObject({
      peers: 1000,
      seed: 7,
      preset: 'webgossip',
      blocks: { count: 20 },
      network: { loss: 0.1 },
    });
    expect(s.network.latencyMs).toBe(20);
  });

  it('takes durations in ms or s and engine overrides', () => {
    const inv = parseSimFlags(['--interval=1.5s', '--latency', '30ms', '--config', 'propagatePeerNum=4']);
    const s = validateScenario(mergeScenario({}, inv.overrides));
    expect(s.blocks.intervalMs).toBe(1500);
    expect(s.network.latencyMs).toBe(30);
    expect(s.config).toEqual({ propagatePeerNum: 4 });
  });

  it('lists every bad flag at once', () => {
    const problems = problemsOf(() =>
      parseSimFlags(['--peers', 'many', '--loss', '1.5', '--colour', 'red', '--seed']),
    );
    expect(problems).toHaveLength(4);
    expect(problems.join('\n')).toMatch(/--peers takes a whole number/);
    expect(problems.join('\n')).toMatch(/--loss takes a share/);
    expect(problems.join('\n')).toMatch(/unknown flag --colour/);
    expect(problems.join('\n')).toMatch(/--seed needs a value/);
  });

  it('flags override a scenario file field by field', () => {
    const merged = mergeScenario(
      { peers: 50, network: { latencyMs: 40, loss: 0.3 } },
      { network: { loss: 0 } },
    );
    expect(validateScenario(merged).network).toMatchObject({ latencyMs: 40, loss: 0 });
  });
});

describe('scenario validation', () => {
  it('fills defaults', () => {
    expect(validateScenario({})).toEqual(DEFAULT_SCENARIO);
  });

  it('names each wrong field', () => {
    const problems = problemsOf(() =>
      validateScenario({
        peers: 1,
        preset: 'gossipsub',
        typo: true,
        network: { loss: 2, latncy: 3 },
        config: { propagatePeerNum: 2.5, bogus: 1 },
        events: [
          { atMs: 5, action: 'explode' },
          { atMs: 1, action: 'crash' },
        ],
      }),
    );
    const text = problems.join('\n');
    for (const expected of [
      /peers must be >= 2/,
      /preset must be one of webgossip, fabric, flood/,
      /unknown scenario field "typo"/,
      /network.loss must be <= 0.99/,
      /unknown scenario field "network.latncy"/,
      /config: unknown option bogus/,
      /events\[0\].action must be one of/,
      /events\[1\].peers must be a finite number/,
    ]) {
      expect(text).toMatch(expected);
    }
  });

  it('orders events by time', () => {
    const s = validateScenario({
      events: [
        { atMs: 3000, action: 'heal' },
        { atMs: 1000, action: 'partition', groups: 2 },
      ],
    });
    expect(s.events.map((e) => e.action)).toEqual(['partition', 'heal']);
  });
});

describe('scenario files', () => {
  it('loads JSON and TypeScript scenarios and refuses broken ones clearly', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'sim-scenario-'));
    await writeFile(join(dir, 'a.json'), JSON.stringify({ peers: 12, preset: 'fabric' }));
    await writeFile(
      join(dir, 'b.ts'),
      'const peers: number = 13;\nexport default { peers, start: "bootstrap" };\n',
    );
    await writeFile(join(dir, 'bad.json'), '{ peers: 12 ');
    expect(validateScenario(await loadScenarioFile(join(dir, 'a.json'))).peers).toBe(12);
    expect(validateScenario(await loadScenarioFile(join(dir, 'b.ts'))).peers).toBe(13);
    await expect(loadScenarioFile(join(dir, 'bad.json'))).rejects.toThrow(/not valid JSON/);
    await expect(loadScenarioFile(join(dir, 'missing.json'))).rejects.toThrow(/cannot read scenario file/);
    await expect(loadScenarioFile(join(dir, 'a.yaml'))).rejects.toThrow(/must end in .json/);
  });

  it('every scenario shipped in packages/sim/scenarios is valid', async () => {
    const dir = fileURLToPath(new URL('../scenarios/', import.meta.url));
    const names = (await readdir(dir)).filter((n) => n.endsWith('.json') || n.endsWith('.ts'));
    expect(names.length).toBeGreaterThanOrEqual(5);
    for (const name of names) {
      const scenario = validateScenario(await loadScenarioFile(join(dir, name)));
      expect(scenario.name).toBe(name.replace(/\.(json|ts)$/, ''));
    }
  });
});

describe('bench flags', () => {
  it('defaults to the issue matrix and quick mode to a small one', () => {
    expect(parseBenchFlags([])).toMatchObject({ sizes: [100, 1000, 10000], losses: [0, 0.2], seed: 7 });
    expect(parseBenchFlags(['--quick'])).toMatchObject({ quick: true, outDir: 'bench/results/quick' });
  });

  it('refuses bad values', () => {
    const problems = problemsOf(() =>
      parseBenchFlags(['--sizes', '10,x', '--presets', 'gossipsub', '--nope']),
    );
    expect(problems).toHaveLength(3);
  });
});
