import { ScenarioError } from './validate-scenario.js';

/** What the sim CLI was asked to do, before the scenario is validated. */
export interface SimInvocation {
  help: boolean;
  scenarioFile: string | undefined;
  /** Scenario fields set by flags; they override the file's. */
  overrides: Record<string, unknown>;
  out: string | undefined;
  quiet: boolean;
}

type Kind = 'int' | 'number' | 'duration' | 'string' | 'fraction';

/** Each scenario flag, the field it sets and how its value is read. */
const FLAGS: Record<string, { path: string[]; kind: Kind; help: string }> = {
  name: { path: ['name'], kind: 'string', help: 'a name for the run' },
  seed: { path: ['seed'], kind: 'int', help: 'seed of every random choice (default 1)' },
  peers: { path: ['peers'], kind: 'int', help: 'number of peers (default 100)' },
  preset: { path: ['preset'], kind: 'string', help: 'webgossip | fabric | flood (default webgossip)' },
  start: { path: ['start'], kind: 'string', help: 'bootstrap | converged (default bootstrap)' },
  leader: { path: ['leader'], kind: 'string', help: 'elected | static (first peer leads; default elected)' },
  known: { path: ['knownPeers'], kind: 'int', help: 'converged start: peers each one knows (0 = all)' },
  bootstrap: {
    path: ['bootstrapPeers'],
    kind: 'int',
    help: 'bootstrap nodes, like the signaling server (default 1)',
  },
  blocks: { path: ['blocks', 'count'], kind: 'int', help: 'blocks to produce (default 10)' },
  interval: { path: ['blocks', 'intervalMs'], kind: 'duration', help: 'time between blocks (default 1s)' },
  tx: { path: ['blocks', 'transactionsPerBlock'], kind: 'int', help: 'transactions per block (default 10)' },
  'tx-bytes': {
    path: ['blocks', 'transactionBytes'],
    kind: 'int',
    help: 'bytes per transaction (default 100)',
  },
  settle: {
    path: ['blocks', 'settleMs'],
    kind: 'duration',
    help: 'wait for stragglers after the last block',
  },
  latency: { path: ['network', 'latencyMs'], kind: 'duration', help: 'mean one-hop latency (default 20ms)' },
  jitter: { path: ['network', 'jitterMs'], kind: 'duration', help: 'uniform jitter ± (default 5ms)' },
  loss: { path: ['network', 'loss'], kind: 'fraction', help: 'share of frames lost, 0..0.99 (default 0)' },
  'loss-from': { path: ['network', 'lossFrom'], kind: 'string', help: 'start | blocks (default blocks)' },
  'heartbeat-scale': {
    path: ['heartbeatScale'],
    kind: 'number',
    help: 'stretch heartbeat/StateInfo periods (default 1)',
  },
  duration: { path: ['durationMs'], kind: 'duration', help: 'minimum virtual run time (default 0)' },
  'setup-timeout': { path: ['setupTimeoutMs'], kind: 'duration', help: 'longest setup before blocks start' },
};

export const USAGE = `usage: npm run sim -- [--scenario FILE] [flags]

Runs real webgossip engines in one process on virtual time and a simulated
network. Signatures are NOT real in the simulator (insecure sim crypto).

flags (override the scenario file):
${Object.entries(FLAGS)
  .map(([name, f]) => `  --${name.padEnd(14)} ${f.help}`)
  .join('\n')}
  --config K=V      engine option override, repeatable (e.g. --config propagatePeerNum=4)
  --failure-detection  crash a peer after the blocks and time until all see it dead
  --out FILE        write the result as JSON
  --quiet           no progress lines
  --help            this text

durations take ms or s: 250, 250ms, 1.5s. Exit codes: 0 ok, 1 run failed, 2 bad input.`;

/** Parses argv (without node and script); throws ScenarioError listing every bad flag. */
export function parseSimFlags(argv: readonly string[]): SimInvocation {
  const problems: string[] = [];
  const result: SimInvocation = {
    help: false,
    scenarioFile: undefined,
    overrides: {},
    out: undefined,
    quiet: false,
  };
  const config: Record<string, number> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (!arg.startsWith('--')) {
      problems.push(`unexpected argument "${arg}" (flags start with --)`);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq >= 0 ? arg.slice(2, eq) : arg.slice(2);
    const takeValue = (): string | undefined => {
      if (eq >= 0) return arg.slice(eq + 1);
      const next = argv[i + 1];
      if (next === undefined || next.startsWith('--')) {
        problems.push(`--${name} needs a value`);
        return undefined;
      }
      i++;
      return next;
    };
    if (name === 'help' || name === 'quiet' || name === 'failure-detection') {
      if (name === 'help') result.help = true;
      else if (name === 'quiet') result.quiet = true;
      else result.overrides.measureFailureDetection = true;
      continue;
    }
    const value = takeValue();
    if (value === undefined) continue;
    if (name === 'scenario') result.scenarioFile = value;
    else if (name === 'out') result.out = value;
    else if (name === 'config') parseConfigPair(value, config, problems);
    else {
      const flag = FLAGS[name];
      if (!flag) {
        problems.push(`unknown flag --${name} (see --help)`);
        continue;
      }
      const parsed = parseValue(value, flag.kind);
      if (parsed === undefined) problems.push(`--${name} ${describe(flag.kind)}, got "${value}"`);
      else setPath(result.overrides, flag.path, parsed);
    }
  }
  if (Object.keys(config).length > 0) result.overrides.config = config;
  if (problems.length > 0) throw new ScenarioError(problems);
  return result;
}

function parseConfigPair(pair: string, config: Record<string, number>, problems: string[]): void {
  const eq = pair.indexOf('=');
  const key = pair.slice(0, eq);
  const value = parseValue(pair.slice(eq + 1), 'number');
  if (eq <= 0 || value === undefined) problems.push(`--config takes KEY=NUMBER, got "${pair}"`);
  else config[key] = value as number;
}

function parseValue(text: string, kind: Kind): string | number | undefined {
  if (kind === 'string') return text.length > 0 ? text : undefined;
  if (kind === 'duration') {
    const m = /^(\d+(?:\.\d+)?)(ms|s)?$/.exec(text);
    if (!m) return undefined;
    return Number(m[1]) * (m[2] === 's' ? 1000 : 1);
  }
  if (!/^-?\d+(\.\d+)?(e-?\d+)?$/i.test(text)) return undefined;
  const n = Number(text);
  if (kind === 'int' && !Number.isInteger(n)) return undefined;
  if (kind === 'fraction' && !(n >= 0 && n < 1)) return undefined;
  return n;
}

function describe(kind: Kind): string {
  switch (kind) {
    case 'int':
      return 'takes a whole number';
    case 'fraction':
      return 'takes a share in [0, 1), e.g. 0.1';
    case 'duration':
      return 'takes a duration like 250, 250ms or 1.5s';
    default:
      return 'takes a number';
  }
}

function setPath(target: Record<string, unknown>, path: readonly string[], value: unknown): void {
  let node = target;
  for (const key of path.slice(0, -1)) {
    const next = node[key];
    if (typeof next === 'object' && next !== null) node = next as Record<string, unknown>;
    else {
      const created: Record<string, unknown> = {};
      node[key] = created;
      node = created;
    }
  }
  node[path[path.length - 1] as string] = value;
}

/** Merges flag overrides over a scenario file's fields (nested objects merged one level deep). */
export function mergeScenario(
  base: Record<string, unknown>,
  overrides: Record<string, unknown>,
): Record<string, unknown> {
  const merged: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(overrides)) {
    const prior = merged[key];
    const bothObjects = isPlain(prior) && isPlain(value);
    merged[key] = bothObjects ? { ...prior, ...value } : value;
  }
  return merged;
}

function isPlain(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
