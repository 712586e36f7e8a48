import { fileURLToPath } from 'node:url';
import { CHANNEL_NAME_RULE, isValidChannelName, type PresetName, presets } from '@webgossip/core';

/** Everything the server can be told, from flags or the environment. */
export interface ServerOptions {
  port: number;
  host: string;
  /** Channels the server joins (then it also keeps their blocks, as an archive peer). */
  join: string[];
  staticDir: string;
  limits: ServerLimits;
  preset: PresetName;
  logLevel: string;
  /** Where the server's secret key is kept ('' for the default per-port file, 'none' for a fresh key each start). */
  keyFile: string;
}

export interface ServerLimits {
  /** Bytes per WebSocket frame; larger frames close the connection with 1009. */
  maxFrameSize: number;
  /** WebSocket connections at once; more are closed with 1013. */
  maxConnections: number;
  /** WebSocket connections from one address; more are closed with 1008. */
  maxPerIp: number;
  /** Frames per second per connection (a token bucket holding two seconds' worth); a flood is closed with 1008. */
  rate: number;
  /** A connection silent this long (no frame, no pong) is dropped. */
  idleTimeoutMs: number;
  /** Allowed Origin headers; empty allows any. */
  origins: string[];
  /** An HTTP request's headers must arrive within this (slowloris); Node answers 408 and closes. */
  headersTimeoutMs: number;
  /** A whole HTTP request must arrive within this. */
  requestTimeoutMs: number;
  /** Signal bytes relayed to one recipient per second (a bucket holding two seconds' worth); more are refused. */
  signalBytesPerSecond: number;
  /** An authenticated link that carries nothing but probes this long is closed (the engine's silentLinkTimeout). */
  silentTimeoutMs: number;
}

export const DEFAULT_STATIC_DIR = fileURLToPath(new URL('../../web-ui/dist', import.meta.url));

export const DEFAULTS: ServerOptions = {
  port: 8080,
  host: 'localhost',
  join: [],
  staticDir: DEFAULT_STATIC_DIR,
  limits: {
    maxFrameSize: 256 * 1024,
    maxConnections: 1000,
    maxPerIp: 64,
    rate: 200,
    idleTimeoutMs: 30_000,
    origins: [],
    headersTimeoutMs: 10_000,
    requestTimeoutMs: 30_000,
    signalBytesPerSecond: 128 * 1024,
    silentTimeoutMs: 30_000,
  },
  preset: 'webgossip',
  logLevel: 'info',
  keyFile: '',
};

export const HELP = `webgossip signaling server: bootstrap gossip peer, WebRTC signal relay and dashboard host

Usage: node packages/signaling-server/dist/cli.js [options]      (npm start at the repository root)

Options (each also read from the environment variable in brackets):
  --port N              HTTP and WebSocket port (default 8080)                         [PORT]
  --host ADDR           address to listen on and to announce (default localhost;         [HOST]
                        0.0.0.0 for the LAN); open the page by this name
  --join CHANNEL        join a channel and keep its blocks; repeatable                  [JOIN, comma-separated]
  --static-dir DIR      the built dashboard (default packages/web-ui/dist)              [STATIC_DIR]
  --max-frame SIZE      largest WebSocket frame, e.g. 262144 or 256KiB (default 256KiB) [MAX_FRAME]
  --max-connections N   WebSocket connections at once (default 1000)                    [MAX_CONNECTIONS]
  --max-per-ip N        WebSocket connections from one address (default 64)             [MAX_PER_IP]
  --rate N              frames per second per connection (default 200)                  [RATE]
  --idle-timeout DUR    drop connections silent this long, e.g. 30s (default 30s)      [IDLE_TIMEOUT]
  --origin URL          allowed Origin; repeatable (default: any)                       [ORIGIN, comma-separated]
  --header-timeout DUR  HTTP headers must arrive within this (default 10s)              [HEADER_TIMEOUT]
  --request-timeout DUR a whole HTTP request must arrive within this (default 30s)      [REQUEST_TIMEOUT]
  --signal-rate SIZE    signal bytes relayed per second to one peer (default 128KiB)    [SIGNAL_RATE]
  --silent-timeout DUR  close links that send nothing but probes this long (default 30s) [SILENT_TIMEOUT]
  --preset NAME         gossip timing preset: webgossip or fabric (default webgossip)   [PRESET]
  --log-level LEVEL     pino log level (default info)                                   [LOG_LEVEL]
  --key-file PATH       the server's secret key, kept across restarts so it stays the   [KEY_FILE]
                        same peer (default: <tmpdir>/webgossip-server-<port>.key;
                        "none" for a fresh identity at each start)
  --help                show this text

Endpoints: GET / (dashboard), GET /healthz, GET /metrics (Prometheus), WebSocket /ws.
`;

export class UsageError extends Error {
  override name = 'UsageError';
}

/**
 * Runs a command-line parser for a program's main: the options, or
 * undefined when the program should end here (help printed, or a usage
 * error reported with exit code 2).
 */
export function parseCommandLine<T>(parse: () => T | 'help', help: string): T | undefined {
  let options: T | 'help';
  try {
    options = parse();
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`error: ${error.message}\n`);
    process.exitCode = 2;
    return undefined;
  }
  if (options === 'help') {
    process.stdout.write(help);
    return undefined;
  }
  return options;
}

type Setter = (options: ServerOptions, value: string) => void;

const FLAGS: Record<string, { env: string; repeatable?: boolean; set: Setter }> = {
  port: { env: 'PORT', set: (o, v) => (o.port = integer('--port', v, 0, 65535)) },
  host: { env: 'HOST', set: (o, v) => (o.host = nonEmpty('--host', v)) },
  join: { env: 'JOIN', repeatable: true, set: (o, v) => o.join.push(channelName('--join', v)) },
  'static-dir': { env: 'STATIC_DIR', set: (o, v) => (o.staticDir = nonEmpty('--static-dir', v)) },
  'max-frame': { env: 'MAX_FRAME', set: (o, v) => (o.limits.maxFrameSize = bytes('--max-frame', v)) },
  'max-connections': {
    env: 'MAX_CONNECTIONS',
    set: (o, v) => (o.limits.maxConnections = integer('--max-connections', v, 1, 1_000_000)),
  },
  'max-per-ip': {
    env: 'MAX_PER_IP',
    set: (o, v) => (o.limits.maxPerIp = integer('--max-per-ip', v, 1, 1_000_000)),
  },
  rate: { env: 'RATE', set: (o, v) => (o.limits.rate = positive('--rate', v)) },
  'idle-timeout': {
    env: 'IDLE_TIMEOUT',
    set: (o, v) => (o.limits.idleTimeoutMs = duration('--idle-timeout', v)),
  },
  'header-timeout': {
    env: 'HEADER_TIMEOUT',
    set: (o, v) => (o.limits.headersTimeoutMs = duration('--header-timeout', v)),
  },
  'request-timeout': {
    env: 'REQUEST_TIMEOUT',
    set: (o, v) => (o.limits.requestTimeoutMs = duration('--request-timeout', v)),
  },
  'signal-rate': {
    env: 'SIGNAL_RATE',
    set: (o, v) => (o.limits.signalBytesPerSecond = bytes('--signal-rate', v)),
  },
  'silent-timeout': {
    env: 'SILENT_TIMEOUT',
    set: (o, v) => (o.limits.silentTimeoutMs = duration('--silent-timeout', v)),
  },
  origin: { env: 'ORIGIN', repeatable: true, set: (o, v) => o.limits.origins.push(nonEmpty('--origin', v)) },
  preset: { env: 'PRESET', set: (o, v) => (o.preset = presetName(v)) },
  'log-level': { env: 'LOG_LEVEL', set: (o, v) => (o.logLevel = logLevel(v)) },
  'key-file': { env: 'KEY_FILE', set: (o, v) => (o.keyFile = nonEmpty('--key-file', v)) },
};

/** Reads flags over environment variables over defaults; throws UsageError with a clear message. */
export function parseOptions(argv: readonly string[], env: NodeJS.ProcessEnv = {}): ServerOptions | 'help' {
  const options: ServerOptions = structuredClone(DEFAULTS);
  const fromFlags = new Set<string>();
  const flagged: [string, string][] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--help' || arg === '-h') return 'help';
    if (!arg.startsWith('--')) throw new UsageError(`unexpected argument "${arg}" (see --help)`);
    const eq = arg.indexOf('=');
    const name = arg.slice(2, eq === -1 ? undefined : eq);
    if (!FLAGS[name]) throw new UsageError(`unknown option --${name} (see --help)`);
    const value = eq === -1 ? argv[++i] : arg.slice(eq + 1);
    if (value === undefined) throw new UsageError(`--${name} needs a value`);
    flagged.push([name, value]);
    fromFlags.add(name);
  }
  for (const [name, flag] of Object.entries(FLAGS)) {
    const value = env[flag.env];
    if (fromFlags.has(name) || value === undefined || value === '') continue;
    const values = flag.repeatable ? value.split(',').map((part) => part.trim()) : [value];
    for (const one of values) flag.set(options, one);
  }
  for (const [name, value] of flagged) FLAGS[name]?.set(options, value);
  return options;
}

function nonEmpty(flag: string, value: string): string {
  if (value.trim() === '') throw new UsageError(`${flag} must not be empty`);
  return value.trim();
}

function integer(flag: string, value: string, min: number, max: number): number {
  const n = Number(value);
  if (!/^\d+$/.test(value.trim()) || n < min || n > max) {
    throw new UsageError(`${flag} must be a whole number from ${min} to ${max}, got "${value}"`);
  }
  return n;
}

function positive(flag: string, value: string): number {
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n) || n <= 0) {
    throw new UsageError(`${flag} must be a number above 0, got "${value}"`);
  }
  return n;
}

const SIZE_UNITS: Record<string, number> = {
  '': 1,
  b: 1,
  kib: 1024,
  kb: 1000,
  mib: 1024 * 1024,
  mb: 1_000_000,
};

/** A byte size: 262144, 256KiB, 1MiB. */
export function bytes(flag: string, value: string): number {
  const match = /^(\d+)\s*([a-z]*)$/i.exec(value.trim());
  const unit = SIZE_UNITS[match?.[2]?.toLowerCase() ?? 'x'];
  if (!match || unit === undefined)
    throw new UsageError(`${flag} must be a size like 262144, 256KiB or 1MiB, got "${value}"`);
  const size = Number(match[1]) * unit;
  if (size < 1024 || size > 64 * 1024 * 1024)
    throw new UsageError(`${flag} must be between 1KiB and 64MiB, got "${value}"`);
  return size;
}

/** A channel name, held to the rule the dashboard holds its names to. */
export function channelName(flag: string, value: string): string {
  if (!isValidChannelName(value))
    throw new UsageError(`${flag}: a channel name is ${CHANNEL_NAME_RULE}, got "${value}"`);
  return value;
}

const TIME_UNITS: Record<string, number> = { ms: 1, s: 1000, '': 1000, m: 60_000 };

/** A duration: 500ms, 30s, 2m; a bare number is seconds. */
export function duration(flag: string, value: string): number {
  const match = /^(\d+(?:\.\d+)?)\s*(ms|s|m|)$/i.exec(value.trim());
  const unit = TIME_UNITS[match?.[2]?.toLowerCase() ?? 'x'];
  if (!match || unit === undefined)
    throw new UsageError(`${flag} must be a duration like 500ms, 30s or 2m, got "${value}"`);
  const ms = Number(match[1]) * unit;
  if (ms <= 0) throw new UsageError(`${flag} must be above zero, got "${value}"`);
  return ms;
}

export function presetName(value: string): PresetName {
  if (!(value in presets))
    throw new UsageError(`--preset must be one of ${Object.keys(presets).join(', ')}, got "${value}"`);
  return value as PresetName;
}

const LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

export function logLevel(value: string): string {
  if (!LEVELS.includes(value))
    throw new UsageError(`--log-level must be one of ${LEVELS.join(', ')}, got "${value}"`);
  return value;
}
