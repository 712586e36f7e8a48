#!/usr/bin/env node
// Prepares a checkout to build, run and test webgossip, on a fresh machine too:
// installs npm dependencies (as package-lock.json pins them) when they are missing or stale, and with --browser
// makes sure a Chromium is there for the browser tests (Debian's, through
// apt-get, when running as root and none is found). Needs nothing but Node.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = new Set(process.argv.slice(2));
const quiet = args.has('--quiet');
const say = (line) => quiet || console.log(`setup: ${line}`);

function run(cmd, argv, options = {}) {
  say(`${cmd} ${argv.join(' ')}`);
  const result = spawnSync(cmd, argv, { cwd: root, stdio: 'inherit', ...options });
  if (result.status !== 0) {
    console.error(`setup: '${cmd} ${argv.join(' ')}' failed (exit ${result.status ?? result.signal})`);
    process.exit(1);
  }
}

function checkNode() {
  const major = Number(process.versions.node.split('.')[0]);
  if (major < 20) {
    console.error(`setup: webgossip needs Node 20 or newer, this is ${process.versions.node}`);
    process.exit(1);
  }
}

function installDependencies() {
  const lock = resolve(root, 'package-lock.json');
  const marker = resolve(root, 'node_modules/.package-lock.json');
  if (existsSync(marker) && statSync(marker).mtimeMs >= statSync(lock).mtimeMs) return;
  // `npm install` honours package-lock.json; `npm ci` would refuse a lock that lists only some of a
  // package's optional per-platform builds, which registries and npm versions do not all record alike.
  run('npm', ['install', '--no-audit', '--no-fund']);
}

export function findChromium() {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  return candidates.find((path) => path && existsSync(path));
}

function ensureChromium() {
  if (findChromium()) return;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  let hasApt = false;
  try {
    execFileSync('apt-get', ['--version'], { stdio: 'ignore' });
    hasApt = true;
  } catch {}
  if (!isRoot || !hasApt) {
    console.error(
      'setup: no Chromium found for the browser tests. Install one (Debian: apt-get install chromium) ' +
        'or point CHROMIUM_PATH at a Chromium binary.',
    );
    process.exit(1);
  }
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  run('apt-get', ['update', '-qq'], { env });
  run('apt-get', ['install', '-y', '-qq', 'chromium'], { env });
  if (!findChromium()) {
    console.error('setup: apt-get finished but /usr/bin/chromium is still missing');
    process.exit(1);
  }
}

checkNode();
installDependencies();
if (args.has('--browser')) ensureChromium();
say('ready');
