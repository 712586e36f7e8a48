import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DEFAULTS, parseOptions, UsageError } from '../src/options.js';
import { parsePeerOptions } from '../src/peer-options.js';
import { freePort, Program } from './support/processes.js';
import { until } from './support/waiting.js';

const SRC = fileURLToPath(new URL('../src/', import.meta.url));
const TSCONFIG =
  process.env.TSX_TSCONFIG_PATH ??
  fileURLToPath(new URL('./support/tsconfig.children.json', import.meta.url));

function run(entry: string, args: string[]) {
  return spawnSync(process.execPath, ['--import', 'tsx', `${SRC}${entry}`, ...args], {
    encoding: 'utf8',
    env: { ...process.env, TSX_TSCONFIG_PATH: TSCONFIG },
    timeout: 30_000,
  });
}

describe('server options', () => {
  it('take flags over environment variables over defaults', () => {
    const options = parseOptions(
      ['--port', '9000', '--join', 'A', '--join=B', '--max-frame', '1MiB', '--idle-timeout', '500ms'],
      {
        PORT: '7000',
        HOST: '0.0.0.0',
        RATE: '50',
        ORIGIN: 'http://a.example, http://b.example',
      },
    );
    expect(options).toMatchObject({
      port: 9000,
      host: '0.0.0.0',
      join: ['A', 'B'],
      limits: {
        maxFrameSize: 1024 * 1024,
        idleTimeoutMs: 500,
        rate: 50,
        origins: ['http://a.example', 'http://b.example'],
      },
    });
    expect(parseOptions([], {})).toEqual(DEFAULTS);
  });

  it.each([
    [['--port', 'eighty'], '--port must be a whole number from 0 to 65535, got "eighty"'],
    [['--rate', '0'], '--rate must be a number above 0, got "0"'],
    [
      ['--max-frame', '12 parsecs'],
      '--max-frame must be a size like 262144, 256KiB or 1MiB, got "12 parsecs"',
    ],
    [['--idle-timeout', 'soon'], '--idle-timeout must be a duration like 500ms, 30s or 2m, got "soon"'],
    [['--preset', 'fast'], '--preset must be one of fabric, webgossip, got "fast"'],
    [['--frobnicate'], 'unknown option --frobnicate (see --help)'],
    [['--join'], '--join needs a value'],
  ])('refuse %j with a clear message', (args, message) => {
    expect(() => parseOptions(args, {})).toThrow(new UsageError(message));
  });

  it('reject a bad environment value the same way', () => {
    expect(() => parseOptions([], { MAX_PER_IP: '-3' })).toThrow(
      '--max-per-ip must be a whole number from 1 to 1000000, got "-3"',
    );
  });

  it('exit with code 2 and the message on a bad flag, and 0 with the usage on --help', () => {
    const bad = run('cli.ts', ['--port', '99999']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('error: --port must be a whole number from 0 to 65535, got "99999"');
    const help = run('cli.ts', ['--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('--max-per-ip N');
    const peer = run('peer-cli.ts', ['--bootstrap', 'http://nope']);
    expect(peer.status).toBe(2);
    expect(peer.stderr).toContain('--bootstrap must be a ws:// or wss:// URL');
  });

  it.each([
    [
      ['--log-level', 'nope'],
      'error: --log-level must be one of fatal, error, warn, info, debug, trace, silent, got "nope"',
    ],
    [
      ['--join', 'bad name'],
      'error: --join: a channel name is 1 to 64 letters, digits, dots, dashes or underscores, got "bad name"',
    ],
    [['--preset', 'nope'], 'error: --preset must be one of fabric, webgossip, got "nope"'],
  ])('make the headless peer exit with code 2 and one clear line on %j', (args, line) => {
    const peer = run('peer-cli.ts', args);
    expect(peer.status).toBe(2);
    expect(peer.stderr.trim()).toBe(line);
  });

  it("hold the server's --join to the same channel name rule", () => {
    const server = run('cli.ts', ['--join', 'a/b']);
    expect(server.status).toBe(2);
    expect(server.stderr.trim()).toBe(
      'error: --join: a channel name is 1 to 64 letters, digits, dots, dashes or underscores, got "a/b"',
    );
  });

  it('make the headless peer warn while its bootstrap server cannot be reached', async () => {
    const port = await freePort();
    const peer = new Program('peer-cli.ts', [
      '--bootstrap',
      `ws://127.0.0.1:${port}/ws`,
      '--join',
      'A',
    ]).start();
    try {
      await until(
        () =>
          peer.lines.some(
            (line) => line.level === 40 && String(line.msg).startsWith('cannot reach the bootstrap'),
          ),
        'a warning that the bootstrap cannot be reached',
        30_000,
        () => peer.output,
      );
      expect(peer.last('peer up')).toBeDefined();
    } finally {
      await peer.stop();
    }
  });
});

describe('headless peer options', () => {
  it('read the bootstrap, channels and production period', () => {
    expect(
      parsePeerOptions(['--bootstrap', 'ws://h:1/ws', '--join', 'A', '--produce-every', '1s', '--name', 'x']),
    ).toMatchObject({
      bootstrap: 'ws://h:1/ws',
      join: ['A'],
      produceEveryMs: 1000,
      name: 'x',
    });
  });
});
