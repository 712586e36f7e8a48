import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { writeRecord } from '../src/bench/bench-record.js';
import { fakeRecord } from './report-fixture.js';

const CLI = fileURLToPath(new URL('../dist/bench/cli.js', import.meta.url));
let dir: string | undefined;
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** Renders the quick report from records written to a fresh folder, as `npm run test:bench` does after its runs. */
async function renderQuick(lastPeerMs: number) {
  dir = mkdtempSync(join(tmpdir(), 'webgossip-bench-'));
  await writeRecord(dir, { ...fakeRecord(40, 'webgossip', 0, lastPeerMs), mode: 'quick' });
  return spawnSync(
    process.execPath,
    [CLI, '--quick', '--render-only', '--quiet', '--out', dir, '--doc', join(dir, 'B.md')],
    { encoding: 'utf8' },
  );
}

describe('the benchmark command fails when a target it computes is missed', () => {
  it('exits 1 and names the target when the last peer is later than twice the lower bound', async () => {
    const run = await renderQuick(500);
    expect(run.stdout).toContain('TARGET MISSED: time to the last peer');
    expect(run.status).toBe(1);
  });

  it('exits 0 when every target it measured is met', async () => {
    const run = await renderQuick(70);
    expect(run.stdout).not.toContain('TARGET MISSED');
    expect(run.status).toBe(0);
  });
});
