import { describe, expect, it } from 'vitest';
import { renderBenchmarks } from '../src/report/benchmarks-doc.js';
import { lineChart } from '../src/report/svg-chart.js';
import { checkTargets } from '../src/report/targets.js';
import { fakeRecord } from './report-fixture.js';

const records = [
  fakeRecord(1000, 'webgossip', 0, 150),
  fakeRecord(1000, 'fabric', 0, 4200),
  fakeRecord(1000, 'flood', 0, 90),
  fakeRecord(1000, 'webgossip', 0.2, 260),
];
const options = { docPath: 'docs/BENCHMARKS.md', chartDir: 'bench/results' };

describe('benchmark report', () => {
  it('renders the same bytes for the same records, whatever their order', () => {
    const a = renderBenchmarks(records, options);
    const b = renderBenchmarks([...records].reverse(), options);
    expect(a.markdown).toBe(b.markdown);
    expect(a.charts).toEqual(b.charts);
  });

  it('holds a table row per run, the machine, the seed and a chart per size and loss', () => {
    const { markdown, charts } = renderBenchmarks(records, options);
    expect(markdown).toContain('## N = 1,000');
    const row = (preset: string) =>
      markdown
        .split('\n')
        .find((l) => l.startsWith(`| ${preset} `))
        ?.split(/\s*\|\s*/);
    expect(row('webgossip')?.slice(1, 7)).toEqual([
      'webgossip',
      '0%',
      'bootstrap',
      '100%',
      '2/2',
      '150 ms / 150 ms',
    ]);
    expect(row('fabric')?.slice(1, 7)).toEqual([
      'fabric',
      '0%',
      'bootstrap',
      '100%',
      '2/2',
      '4.20 s / 4.20 s',
    ]);
    expect(markdown).toMatch(/test cpu, 2 cores, 16\.0 GiB memory/);
    expect(markdown).toMatch(/seed: 1 /);
    expect(markdown).toMatch(/signatures are NOT real/);
    expect(charts.map((c) => c.path)).toEqual([
      'bench/results/coverage-n1000-loss0.svg',
      'bench/results/coverage-n1000-loss20.svg',
    ]);
    expect(markdown).toContain('](../bench/results/coverage-n1000-loss0.svg)');
    expect(markdown).toContain('## Membership at N = 1,000');
  });

  it('shows membership-only runs in the membership table, never as dissemination rows or targets', () => {
    const base = fakeRecord(1000, 'fabric', 0, 0);
    const membership = {
      ...base,
      id: 'n1000-fabric-membership',
      kind: 'membership' as const,
      result: { ...base.result, setup: { ...base.result.setup, membershipConvergedMs: 31_000 } },
    };
    const { markdown } = renderBenchmarks([...records, membership], options);
    const [matrix, rest] = markdown.split('## Membership at N = 1,000');
    expect(matrix?.split('\n').filter((l) => l.startsWith('| fabric '))).toHaveLength(1);
    expect(matrix).not.toContain('31.0 s');
    const row = rest?.split('\n').find((l) => l.includes('membership only'));
    expect(row).toContain('31.0 s');
    const targets = (md: string) => md.slice(md.indexOf('## Targets'), md.indexOf('## N = '));
    expect(targets(markdown)).toBe(targets(renderBenchmarks(records, options).markdown));
  });

  it('says which runs stretched heartbeats, and which kept StateInfo unstretched', () => {
    const stretched = (preset: 'webgossip' | 'fabric', scale: number, config = {}) => {
      const base = fakeRecord(1000, preset, 0, 150);
      const scenario = { ...base.result.scenario, heartbeatScale: scale, config };
      return { ...base, result: { ...base.result, scenario } };
    };
    const { markdown } = renderBenchmarks(
      [stretched('webgossip', 60), stretched('fabric', 12, { publishStateInfoInterval: 4_000 })],
      options,
    );
    const startOf = (preset: string) =>
      markdown
        .split('\n')
        .find((l) => l.startsWith(`| ${preset} `))
        ?.split(/\s*\|\s*/)[3];
    expect(startOf('webgossip')).toBe('bootstrap, heartbeats ×60');
    expect(startOf('fabric')).toBe('bootstrap, heartbeats ×12 (StateInfo unstretched)');
  });

  it('judges the webgossip targets from the figures', () => {
    const checks = checkTargets(records);
    const timing = checks.find((c) => c.target.startsWith('time to the last peer'));
    expect(timing).toMatchObject({ met: true });
    expect(
      checkTargets([fakeRecord(1000, 'webgossip', 0, 250)]).find((c) => c.target.startsWith('time'))?.met,
    ).toBe(false);
    expect(checks.find((c) => c.target.startsWith('10,000'))?.met).toBeUndefined();
  });
});

describe('svg chart', () => {
  it('draws one path per series, a legend and markers', () => {
    const svg = lineChart({
      title: 'a <title>',
      xLabel: 'x',
      yLabel: 'y',
      xMin: 5,
      xMax: 5000,
      series: [
        {
          name: 'one',
          color: '#000',
          points: [
            [5, 0.1],
            [50, 0.9],
            [500, 1],
          ],
        },
        { name: 'two', color: '#f00', points: [[10, 0.5]], dashed: true },
      ],
      markers: [{ x: 100, label: 'bound', color: '#555' }],
    });
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg.trimEnd().endsWith('</svg>')).toBe(true);
    expect(svg.match(/<path /g)).toHaveLength(2);
    expect(svg).toContain('a &lt;title&gt;');
    expect(svg).toContain('>bound<');
    expect(svg).not.toContain('NaN');
  });
});
