import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { BENCH_USAGE } from '../../sim/src/bench/bench-flags.js';
import { FAULTS_USAGE } from '../../sim/src/faults/cli-flags.js';
import { USAGE } from '../../sim/src/scenario/cli-flags.js';
import { HELP } from '../src/options.js';
import { PEER_HELP } from '../src/peer-options.js';
import { freePort } from './support/processes.js';
import { ROOT, readmeCommands, ShellCommand, usageCommand } from './support/shell-command.js';

/**
 * What each command a reader is shown must do. `exits`: it ends with code 0
 * and its output matches `shows`. Otherwise it runs until stopped: it must
 * print `shows` before the deadline, and is then stopped as Ctrl-C would.
 * Commands that reach a server are pointed at the one `npm start` started:
 * the README's port 8080 becomes a free port, so a server already running
 * on this machine does not get in the way.
 */
interface Expectation {
  match: RegExp;
  shows: RegExp;
  exits?: boolean;
  deadlineMs: number;
  usesServer?: boolean;
}

const LISTENING =
  /webgossip is running: open http:\/\/localhost:\d+ \(bootstrap endpoint ws:\/\/localhost:\d+\/ws\)/;
const EXPECTATIONS: Expectation[] = [
  { match: /^npm start$/, shows: LISTENING, deadlineMs: 300_000 },
  { match: /^node packages\/signaling-server\/dist\/cli\.js$/, shows: LISTENING, deadlineMs: 60_000 },
  {
    match: /^npx webgossip-peer .*--join A --produce-every 1s/,
    shows: /"channel":"A","seq":\d+.*"msg":"block added"/,
    deadlineMs: 120_000,
    usesServer: true,
  },
  {
    match: /^npx webgossip-peer --bootstrap \S+ --join A$/,
    shows: /"bootstrapLinked":true.*"msg":"status"/,
    deadlineMs: 60_000,
    usesServer: true,
  },
  { match: /^npm run sim -- --help$/, shows: /^usage: npm run sim/m, exits: true, deadlineMs: 240_000 },
  {
    match: /^npm run sim -- --scenario \S+dissemination-1000-converged\.json --loss 0\.1$/,
    shows: /dissemination-1000-converged: 1000 peers/,
    exits: true,
    deadlineMs: 420_000,
  },
  // Its progress lines come every 2 s of wall time: the first block line, or the summary when it was quicker.
  {
    match: /^npm run sim$/,
    shows: /\] blocks t=[\d.]+ s: cut \d+\/|^blocks: \d+ cut;/m,
    deadlineMs: 300_000,
  },
  {
    match: /^npm run faults -- --cases 5000 --preset webgossip$/,
    shows: /\[faults webgossip\] \d+\/5000 cases/,
    deadlineMs: 300_000,
  },
  // With its defaults the suite starts with a large case (minutes on a busy machine): its start line is enough here.
  { match: /^npm run faults$/, shows: /^\[faults\] 200 cases per preset \(/m, deadlineMs: 300_000 },
  { match: /^npm run bench$/, shows: /\[1\/\d+\] n100-webgossip/, deadlineMs: 300_000 },
  {
    match: /^npm run bench:codec$/,
    shows: /Ed25519 verify \(Node-native\)/,
    exits: true,
    deadlineMs: 300_000,
  },
  // Like the other long runs, checked until its first measured row (the memory link's).
  { match: /^npm run bench:link$/, shows: /^\[bench:link\] memory link: RTT p50/m, deadlineMs: 300_000 },
  { match: /^npm run lint:deps$/, shows: /no dependency violations found/, exits: true, deadlineMs: 120_000 },
  { match: /^npm run bench:browser$/, shows: /Running \d+ tests? using 1 worker/, deadlineMs: 300_000 },
  { match: /^UPDATE_SCREENSHOT=1 npm run test:e2e$/, shows: /Running \d+ tests? using/, deadlineMs: 300_000 },
];

/** The help texts' usage lines, with the part `npm run x --` leaves to the defaults. */
function helpCommands(): string[] {
  return [HELP, PEER_HELP, USAGE, FAULTS_USAGE, BENCH_USAGE].map(usageCommand);
}

const commands = [
  ...new Set([...readmeCommands(), ...helpCommands()].map((line) => line.replace(/ --$/, ''))),
];
const tracked = () =>
  execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], { cwd: ROOT }).toString();
let server: { command: ShellCommand; port: number } | undefined;

afterAll(async () => {
  await server?.command.stop();
});

describe('every command the README and the --help texts show', () => {
  it('finds the README commands, and knows what each must do', () => {
    expect(commands).toContain('npm start');
    expect(commands).toContain('npm test');
    expect(commands.some((line) => line.startsWith('npx webgossip-peer'))).toBe(true);
    const unknown = commands.filter(
      (line) => line !== 'npm test' && !EXPECTATIONS.some((e) => e.match.test(line)),
    );
    expect(unknown, 'commands shown to readers with no expectation here').toEqual([]);
  });

  it('installs each program as a command before anything is built (git-tracked, executable)', () => {
    for (const dir of ['core', 'signaling-server', 'sim', 'web-ui']) {
      const pkg = JSON.parse(readFileSync(`${ROOT}packages/${dir}/package.json`, 'utf8')) as {
        bin?: Record<string, string>;
      };
      for (const target of Object.values(pkg.bin ?? {})) {
        const path = `packages/${dir}/${target.replace(/^\.\//, '')}`;
        const entry = execFileSync('git', ['ls-files', '-s', path], { cwd: ROOT }).toString();
        expect(entry, `${path}: npm links a bin on install only if its file is there`).toMatch(/^100755 /);
      }
    }
  });

  // `npm test` is the command that runs this test: running it here would run this test again, without end.
  it.skip('npm test (it runs this very test)', () => {});

  for (const line of commands.filter((command) => command !== 'npm test')) {
    const expectation = EXPECTATIONS.find((e) => e.match.test(line));
    if (!expectation) continue;
    it(line, { timeout: expectation.deadlineMs + 30_000 }, async () => {
      const before = tracked();
      let actual = line;
      const env: Record<string, string> = {};
      if (expectation.usesServer) {
        expect(server?.command.running, `"${line}" needs the server that npm start started`).toBe(true);
        actual = line.replaceAll('localhost:8080', `localhost:${server?.port}`);
      } else if (expectation.shows === LISTENING) {
        env.PORT = String(await freePort());
      }
      const command = new ShellCommand(actual, env);
      if (expectation.exits) {
        const code = await command.exited(expectation.deadlineMs);
        expect(code, command.output).toBe(0);
        expect(command.output).toMatch(expectation.shows);
      } else {
        await showsBefore(command, expectation);
        if (line === 'npm start') server = { command, port: Number(env.PORT) };
        else await command.stop();
      }
      expect(tracked(), `"${line}" changed tracked files`).toBe(before);
    });
  }
});

async function showsBefore(command: ShellCommand, expectation: Expectation): Promise<void> {
  const deadline = Date.now() + expectation.deadlineMs;
  while (!expectation.shows.test(command.output)) {
    if (!command.running || Date.now() > deadline) {
      await command.stop();
      throw new Error(
        `"${command.line}" ${command.running ? 'did not show' : 'ended before showing'} ${expectation.shows}:\n${command.output}`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
