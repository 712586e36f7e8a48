import type { FaultPreset } from './schedule.js';

export interface FaultsInvocation {
  help: boolean;
  cases: number;
  presets: FaultPreset[];
  seed: number;
  maxPeers: number;
  shrink: boolean;
  shrinkBudgetMs: number;
  /** Where the full report goes as JSON, if anywhere. */
  out: string | undefined;
  quiet: boolean;
}

export const FAULTS_USAGE = `usage: npm run faults -- [flags]

Plays random fault schedules (partitions, loss, latency spikes, crashes,
restarts with and without stored blocks, leader kills, leaving and joining
channels, forged messages) against real engines with real Ed25519 keys on
virtual time, heals everything, and checks that the chains, leaders and
membership views agree afterwards. Exits 1 when any case fails.

  --cases N          cases per preset (default 200)
  --preset P         webgossip, fabric or both (default both)
  --seed N           case i of a preset uses seed N + i (default 1);
                     --seed S --cases 1 replays one case
  --max-peers N      largest peer count, 5..40 (default 40)
  --no-shrink        report failures without shrinking them
  --shrink-budget S  wall seconds one shrink may take (default 120)
  --out FILE         also write the full report as JSON
  --quiet            no progress lines
  --help             this text`;

export class FlagError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join('; '));
  }
}

const BOOLEANS = new Set(['help', 'no-shrink', 'quiet']);
const VALUED = new Set(['cases', 'preset', 'seed', 'max-peers', 'shrink-budget', 'out']);

/** Reads the flags; every problem is listed in one FlagError. */
export function parseFaultsFlags(argv: readonly string[]): FaultsInvocation {
  const problems: string[] = [];
  const flags = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    const eq = arg.indexOf('=');
    const name = arg.startsWith('--') ? arg.slice(2, eq > 0 ? eq : undefined) : undefined;
    if (name === undefined) {
      problems.push(`unexpected argument ${JSON.stringify(arg)}`);
    } else if (BOOLEANS.has(name)) {
      flags.set(name, true);
    } else if (VALUED.has(name)) {
      const value = eq > 0 ? arg.slice(eq + 1) : argv[++i];
      if (value === undefined || value.startsWith('--')) {
        problems.push(`--${name} needs a value`);
        if (value !== undefined) i--;
      } else flags.set(name, value);
    } else {
      problems.push(`unknown flag --${name}`);
    }
  }
  const whole = (name: string, fallback: number, min: number, max: number): number => {
    const raw = flags.get(name);
    if (raw === undefined) return fallback;
    const value = Number(raw);
    if (typeof raw !== 'string' || !/^\d+$/.test(raw) || value < min || value > max) {
      problems.push(`--${name} takes a whole number from ${min} to ${max}, got ${JSON.stringify(raw)}`);
      return fallback;
    }
    return value;
  };
  const cases = whole('cases', 200, 1, 10_000_000);
  const seed = whole('seed', 1, 0, 0x7fffffff);
  const maxPeers = whole('max-peers', 40, 5, 40);
  const shrinkBudgetMs = whole('shrink-budget', 120, 1, 86_400) * 1000;
  const preset = flags.get('preset') ?? 'both';
  let presets: FaultPreset[] = ['webgossip', 'fabric'];
  if (preset === 'webgossip' || preset === 'fabric') presets = [preset];
  else if (preset !== 'both')
    problems.push(`--preset must be webgossip, fabric or both, got ${JSON.stringify(preset)}`);
  const out = flags.get('out');
  if (problems.length > 0) throw new FlagError(problems);
  return {
    help: flags.has('help'),
    cases,
    presets,
    seed,
    maxPeers,
    shrink: !flags.has('no-shrink'),
    shrinkBudgetMs,
    out: typeof out === 'string' ? out : undefined,
    quiet: flags.has('quiet'),
  };
}
