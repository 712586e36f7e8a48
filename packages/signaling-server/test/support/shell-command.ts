import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../../..', import.meta.url));

/**
 * The command lines a reader of the README is told to type: every line of a
 * `sh` code block, and every inline code span that starts with npm, npx or
 * node (with leading VAR=value assignments).
 */
export function readmeCommands(markdown = readFileSync(`${ROOT}README.md`, 'utf8')): string[] {
  const commands: string[] = [];
  const fenced = /^```(?:sh|bash|shell)\n([\s\S]*?)^```/gm;
  for (const block of markdown.matchAll(fenced)) {
    for (const line of (block[1] ?? '').split('\n')) {
      if (line.trim() && !line.trim().startsWith('#')) commands.push(line.trim());
    }
  }
  const prose = markdown.replace(fenced, '');
  for (const span of prose.matchAll(/`([^`\n]+)`/g)) {
    const text = (span[1] ?? '').trim();
    if (/^(?:[A-Z_]+=\S+ )*(?:npm|npx|node) /.test(text)) commands.push(text);
  }
  return [...new Set(commands)];
}

/** The command in a usage line of a --help text, optional [parts] left out: "Usage: x --a [--b]" → "x --a". */
export function usageCommand(help: string): string {
  const line = help.split('\n').find((row) => /^usage: /i.test(row));
  if (!line) throw new Error(`no usage line in:\n${help}`);
  return line
    .replace(/^usage: /i, '')
    .replace(/\s{2,}\(.*\)$/, '')
    .replace(/\[[^\]]*\]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A command line run by the shell from the repository root, in its own process group, its output kept. */
export class ShellCommand {
  readonly child: ChildProcess;
  output = '';
  private exit: Promise<number | null>;

  constructor(
    readonly line: string,
    env: Record<string, string> = {},
  ) {
    this.child = spawn('sh', ['-c', line], {
      cwd: ROOT,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    const keep = (chunk: Buffer) => {
      this.output = (this.output + chunk.toString()).slice(-40_000);
    };
    this.child.stdout?.on('data', keep);
    this.child.stderr?.on('data', keep);
    this.exit = new Promise((resolve) => this.child.once('exit', (code) => resolve(code)));
  }

  get running(): boolean {
    return this.child.exitCode === null && this.child.signalCode === null;
  }

  /** Its exit code, or an error naming the command and its output after the deadline. */
  async exited(timeoutMs: number): Promise<number | null> {
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new Error(`"${this.line}" still running after ${timeoutMs} ms:\n${this.output}`)),
        timeoutMs,
      );
    });
    try {
      return await Promise.race([this.exit, late]);
    } finally {
      clearTimeout(timer);
    }
  }

  /** Stops the whole process group (npm, sh and the program): SIGINT, as Ctrl-C would, then SIGKILL. */
  async stop(): Promise<void> {
    if (!this.running || this.child.pid === undefined) return;
    const group = -this.child.pid;
    const signal = (name: NodeJS.Signals) => {
      try {
        process.kill(group, name);
      } catch {
        // the group is gone already
      }
    };
    signal('SIGINT');
    const force = setTimeout(() => signal('SIGKILL'), 10_000);
    await this.exit;
    clearTimeout(force);
    signal('SIGKILL');
  }
}
