import type { PresetName } from '@webgossip/core';
import { channelName, duration, logLevel, presetName, UsageError } from './options.js';

export interface PeerOptions {
  bootstrap: string;
  join: string[];
  /** Submit a transaction to each joined channel this often (ms); 0 never. */
  produceEveryMs: number;
  name: string;
  /** Log a status line (membership, links, heights) this often (ms). */
  statusEveryMs: number;
  /** The preset asked for; undefined: the network's, as the bootstrap server announces it. */
  preset: PresetName | undefined;
  maxConnections: number | undefined;
  logLevel: string;
}

export const PEER_HELP = `webgossip-peer: a headless gossip peer over WebRTC (Node)

Usage: npx webgossip-peer --bootstrap ws://localhost:8080/ws --join A [--produce-every 1s] [--name x]

Options:
  --bootstrap URL        the signaling server's WebSocket endpoint (default ws://localhost:8080/ws) [BOOTSTRAP]
  --join CHANNEL         join a channel; repeatable
  --produce-every DUR    submit a transaction to each joined channel this often, e.g. 1s or 250ms
  --name NAME            display name published in this peer's alive messages
  --status-every DUR     log membership, links and heights this often (default 2s)
  --preset NAME          webgossip or fabric (default: the network's, from the server's /healthz);
                         one that differs from the network's is refused
  --max-connections N    WebRTC links kept at most (default: the preset's, 8)
  --log-level LEVEL      pino log level (default info)
  --help                 show this text

Logs are JSON lines (pino); each status line has msg "status".
`;

const TAKES_VALUE = new Set([
  'bootstrap',
  'join',
  'produce-every',
  'name',
  'status-every',
  'preset',
  'max-connections',
  'log-level',
]);

export function parsePeerOptions(argv: readonly string[], env: NodeJS.ProcessEnv = {}): PeerOptions | 'help' {
  const options: PeerOptions = {
    bootstrap: env.BOOTSTRAP || 'ws://localhost:8080/ws',
    join: [],
    produceEveryMs: 0,
    name: '',
    statusEveryMs: 2000,
    preset: undefined,
    maxConnections: undefined,
    logLevel: 'info',
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--help' || arg === '-h') return 'help';
    const eq = arg.indexOf('=');
    const name = arg.startsWith('--') ? arg.slice(2, eq === -1 ? undefined : eq) : '';
    if (!TAKES_VALUE.has(name)) throw new UsageError(`unknown argument "${arg}" (see --help)`);
    const value = eq === -1 ? argv[++i] : arg.slice(eq + 1);
    if (value === undefined || value === '') throw new UsageError(`--${name} needs a value`);
    apply(options, name, value);
  }
  if (!/^wss?:\/\/.+/.test(options.bootstrap)) {
    throw new UsageError(`--bootstrap must be a ws:// or wss:// URL, got "${options.bootstrap}"`);
  }
  return options;
}

function apply(options: PeerOptions, name: string, value: string): void {
  switch (name) {
    case 'bootstrap':
      options.bootstrap = value;
      return;
    case 'join':
      options.join.push(channelName('--join', value));
      return;
    case 'produce-every':
      options.produceEveryMs = duration('--produce-every', value);
      return;
    case 'name':
      options.name = value;
      return;
    case 'status-every':
      options.statusEveryMs = duration('--status-every', value);
      return;
    case 'preset':
      options.preset = presetName(value);
      return;
    case 'max-connections': {
      const n = Number(value);
      if (!Number.isInteger(n) || n < 1)
        throw new UsageError(`--max-connections must be a whole number above 0`);
      options.maxConnections = n;
      return;
    }
    default:
      options.logLevel = logLevel(value);
  }
}
