import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const cli = fileURLToPath(new URL('../src/cli.ts', import.meta.url));
const run = (...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', cli, ...args], { encoding: 'utf8', timeout: 60_000 });

describe('sim command line', () => {
  it('exits 2 with every problem listed on bad input', () => {
    const result = run('--peers', 'lots', '--preset', 'gossipsub', '--scenario', '/nonexistent.json');
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/--peers takes a whole number/);
    expect(result.stderr).toMatch(/usage: npm run sim/);
  });

  it('names a bad preset from a valid flag set and exits 2', () => {
    const result = run('--preset', 'gossipsub');
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/preset must be one of webgossip, fabric, flood/);
  });

  it('prints usage and exits 0 on --help', () => {
    const result = run('--help');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/signatures are NOT real/i);
  });
});
