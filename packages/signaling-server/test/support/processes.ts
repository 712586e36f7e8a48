import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../../..', import.meta.url));
const SRC = fileURLToPath(new URL('../../src/', import.meta.url));
/** Child processes run the TypeScript sources, with @webgossip/core mapped to its sources as in vitest. */
const TSCONFIG =
  process.env.TSX_TSCONFIG_PATH ?? fileURLToPath(new URL('./tsconfig.children.json', import.meta.url));

/** A Node program of this package, run from source in its own process, its JSON log lines parsed as they come. */
export class Program {
  private child: ChildProcess | undefined;
  private buffered = '';
  readonly lines: Record<string, unknown>[] = [];
  output = '';

  constructor(
    private readonly entry: 'cli.ts' | 'peer-cli.ts',
    private readonly args: readonly string[],
  ) {}

  start(): this {
    const child = spawn(process.execPath, ['--import', 'tsx', `${SRC}${this.entry}`, ...this.args], {
      cwd: ROOT,
      env: { ...process.env, TSX_TSCONFIG_PATH: TSCONFIG },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout?.on('data', (chunk: Buffer) => this.take(chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => {
      this.output = (this.output + chunk.toString()).slice(-10_000);
    });
    this.child = child;
    return this;
  }

  get running(): boolean {
    return this.child !== undefined && this.child.exitCode === null && this.child.signalCode === null;
  }

  /** The exit code once it has ended (null while running or when ended by a signal). */
  get exitCode(): number | null {
    return this.child?.exitCode ?? null;
  }

  /** The latest log line with this msg. */
  last(msg: string): Record<string, unknown> | undefined {
    for (let i = this.lines.length - 1; i >= 0; i--) if (this.lines[i]?.msg === msg) return this.lines[i];
    return undefined;
  }

  async stop(signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
    const child = this.child;
    if (!child || !this.running) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill(signal);
    const force = setTimeout(() => child.kill('SIGKILL'), 5000);
    await exited;
    clearTimeout(force);
  }

  private take(text: string): void {
    this.output = (this.output + text).slice(-10_000);
    this.buffered += text;
    const lines = this.buffered.split('\n');
    this.buffered = lines.pop() ?? '';
    for (const line of lines) {
      if (!line.startsWith('{')) continue;
      try {
        this.lines.push(JSON.parse(line) as Record<string, unknown>);
      } catch {
        // a line that is not JSON is kept in `output` only
      }
    }
    if (this.lines.length > 5000) this.lines.splice(0, this.lines.length - 2000);
  }
}

/** A TCP port nobody listens on right now (the server restarts on it). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}
