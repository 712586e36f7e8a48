import { PRESET_CHOICES, type PresetChoice } from '../scenario/scenario.js';
import { ScenarioError } from '../scenario/validate-scenario.js';
import { FULL_SIZES, LOSSES, MEMBERSHIP_SIZES, PRESETS, QUICK_SIZES } from './matrix.js';

export interface BenchInvocation {
  help: boolean;
  quick: boolean;
  seed: number;
  sizes: number[];
  losses: number[];
  presets: PresetChoice[];
  blocks: number | undefined;
  convergedFrom: number;
  /** Sizes of the membership-only runs. */
  membership: number[];
  /** Where the JSON results go (and the charts). */
  outDir: string;
  /** The Markdown report to render. */
  doc: string;
  renderOnly: boolean;
  inProcess: boolean;
  quiet: boolean;
}

export const BENCH_USAGE = `usage: npm run bench -- [flags]

Runs the dissemination benchmark (real engines, virtual time, simulated
network; signatures are NOT real in the simulator) and renders the report.

  --quick            small network, few blocks (CI); writes to bench/results/quick
  --seed N           seed of every run (default 7)
  --sizes A,B        peer counts of the dissemination runs, or none
                     (default 100,1000,10000; quick 40)
  --losses A,B       loss shares (default 0,0.2)
  --presets A,B      webgossip,fabric,flood (default all)
  --blocks N         blocks per run (default 20; 10 at 10,000 peers; quick 3)
  --converged-from N runs with at least N peers start from converged membership
                     and a static leader (default 1000)
  --membership A,B   membership-only runs (bootstrap start, alive every 5 s,
                     convergence and failure detection) at these sizes, or none
                     (default 1000 in a plain full run; none with --sizes or --quick)
  --out DIR          results folder (default bench/results)
  --doc FILE         report to render (default docs/BENCHMARKS.md; quick: <out>/BENCHMARKS.md)
  --render-only      re-render the report from the results already in --out
  --in-process       run cases in this process instead of one child each
  --quiet            no progress lines
  --help             this text`;

export function parseBenchFlags(argv: readonly string[]): BenchInvocation {
  const problems: string[] = [];
  const flags = new Map<string, string | true>();
  const booleans = new Set(['quick', 'render-only', 'in-process', 'quiet', 'help']);
  const valued = new Set([
    'seed',
    'sizes',
    'losses',
    'presets',
    'blocks',
    'converged-from',
    'membership',
    'out',
    'doc',
  ]);
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    const m = /^--([a-z-]+)(?:=(.*))?$/.exec(arg);
    const name = m?.[1];
    if (!m || !name) problems.push(`unexpected argument "${arg}"`);
    else if (booleans.has(name)) flags.set(name, true);
    else if (valued.has(name)) {
      const value = m[2] ?? argv[++i];
      if (value === undefined || value.startsWith('--')) problems.push(`--${name} needs a value`);
      else flags.set(name, value);
    } else problems.push(`unknown flag --${name} (see --help)`);
  }
  const quick = flags.get('quick') === true;
  const text = (name: string) => {
    const v = flags.get(name);
    return typeof v === 'string' ? v : undefined;
  };
  const list = (name: string, fallback: readonly number[], ok: (n: number) => boolean, rule: string) => {
    const raw = text(name);
    if (raw === undefined) return [...fallback];
    if (raw === 'none' && rule.endsWith('or none')) return [];
    const values = raw.split(',').map((s) => (/^\d+(\.\d+)?$/.test(s.trim()) ? Number(s) : Number.NaN));
    if (values.length === 0 || !values.every(ok)) problems.push(`--${name} takes ${rule}, got "${raw}"`);
    return values;
  };
  const int = (name: string, fallback: number, min: number) => {
    const raw = text(name);
    if (raw === undefined) return fallback;
    const n = Number(raw);
    if (!/^\d+$/.test(raw) || n < min)
      problems.push(`--${name} takes a whole number >= ${min}, got "${raw}"`);
    return n;
  };
  const presets = (text('presets') ?? PRESETS.join(',')).split(',') as PresetChoice[];
  for (const p of presets) if (!PRESET_CHOICES.includes(p)) problems.push(`--presets: unknown preset "${p}"`);
  const outDir = text('out') ?? (quick ? 'bench/results/quick' : 'bench/results');
  const invocation: BenchInvocation = {
    help: flags.get('help') === true,
    quick,
    seed: int('seed', 7, 0),
    sizes: list(
      'sizes',
      quick ? QUICK_SIZES : FULL_SIZES,
      (n) => Number.isInteger(n) && n >= 2,
      'whole numbers >= 2, or none',
    ),
    losses: list('losses', LOSSES, (n) => n >= 0 && n < 1, 'shares in [0, 1)'),
    presets,
    blocks: text('blocks') === undefined ? undefined : int('blocks', 0, 1),
    convergedFrom: int('converged-from', 1_000, 2),
    membership: list(
      'membership',
      quick || text('sizes') !== undefined ? [] : MEMBERSHIP_SIZES,
      (n) => Number.isInteger(n) && n >= 2,
      'whole numbers >= 2, or none',
    ),
    outDir,
    doc: text('doc') ?? (quick ? `${outDir}/BENCHMARKS.md` : 'docs/BENCHMARKS.md'),
    renderOnly: flags.get('render-only') === true,
    inProcess: flags.get('in-process') === true,
    quiet: flags.get('quiet') === true,
  };
  if (problems.length > 0) throw new ScenarioError(problems);
  return invocation;
}
