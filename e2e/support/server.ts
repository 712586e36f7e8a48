import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const SERVER_CLI = fileURLToPath(
  new URL('../../packages/signaling-server/dist/cli.js', import.meta.url),
);
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Chromium flags for many WebRTC peers on one machine: loopback ICE
 * candidates, plain host addresses instead of mDNS names, and no background
 * work competing for the two cores.
 */
export const CHROMIUM_ARGS = [
  '--allow-loopback-in-peer-connection',
  '--disable-features=WebRtcHideLocalIpsWithMdns',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** A TCP port nobody listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.unref();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

/** Resolves once `url` answers HTTP, or rejects after `timeoutMs`. */
export async function waitForHttp(url: string, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url);
      if (response.ok) return;
      last = new Error(`HTTP ${response.status}`);
    } catch (error) {
      last = error;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms: ${String(last)}`);
}

/** A Node process started from the repository root, with its output kept for failure messages. */
export class NodeProcess {
  private child: ChildProcess | undefined;
  private output = '';

  constructor(
    private readonly script: string,
    private readonly args: readonly string[],
  ) {}

  start(): void {
    const child = spawn(process.execPath, [this.script, ...this.args], { cwd: REPO_ROOT, stdio: 'pipe' });
    const keep = (chunk: Buffer) => {
      this.output = (this.output + chunk.toString()).slice(-20_000);
    };
    child.stdout?.on('data', keep);
    child.stderr?.on('data', keep);
    this.child = child;
  }

  get log(): string {
    return this.output;
  }

  get running(): boolean {
    return this.child !== undefined && this.child.exitCode === null && this.child.signalCode === null;
  }

  /** Ends the process (SIGKILL: no clean shutdown, as a crash) and waits for it to be gone. */
  async kill(signal: NodeJS.Signals = 'SIGKILL'): Promise<void> {
    const child = this.child;
    if (!child || !this.running) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill(signal);
    await exited;
  }
}

/** The signaling server (bootstrap node + dashboard host) on a port of its own. */
export class ServerProcess extends NodeProcess {
  constructor(readonly port: number) {
    super(SERVER_CLI, ['--port', String(port), '--host', '127.0.0.1']);
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  async ready(): Promise<void> {
    await waitForHttp(`${this.url}/`).catch((error: unknown) => {
      throw new Error(`${String(error)}\nserver output:\n${this.log}`);
    });
  }
}

export const PEER_CLI = fileURLToPath(
  new URL('../../packages/signaling-server/dist/peer-cli.js', import.meta.url),
);

/** What the headless peer's periodic status line says. */
export interface PeerStatus {
  pkiId: string;
  alive: string[];
  links: string[];
  bootstrapLinked: boolean;
  heights: Record<string, number>;
}

/** The headless Node peer (`webgossip-peer`), read through its JSON log lines. */
export class HeadlessPeer extends NodeProcess {
  constructor(bootstrap: string, channel: string, name: string) {
    super(PEER_CLI, ['--bootstrap', bootstrap, '--join', channel, '--name', name, '--status-every', '300ms']);
  }

  private lines(): Record<string, unknown>[] {
    const out: Record<string, unknown>[] = [];
    for (const line of this.log.split('\n')) {
      if (!line.startsWith('{')) continue;
      try {
        out.push(JSON.parse(line) as Record<string, unknown>);
      } catch {
        // The kept output starts mid-line once it has been trimmed.
      }
    }
    return out;
  }

  /** The PKI-ID it announced at start, once it is up. */
  pkiId(): string | undefined {
    const up = this.lines().find((line) => line.msg === 'peer up');
    return typeof up?.pkiId === 'string' ? up.pkiId : undefined;
  }

  lastStatus(): PeerStatus | undefined {
    const statuses = this.lines().filter((line) => line.msg === 'status');
    return statuses[statuses.length - 1] as PeerStatus | undefined;
  }
}
