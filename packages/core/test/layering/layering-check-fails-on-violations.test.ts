import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';

/**
 * `npm run lint:deps` runs dependency-cruiser with the repository's
 * .dependency-cruiser.cjs. These tests run the same check on small trees
 * shaped like the repository's, to show that it fails where it should.
 */
const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../../..');
const config = join(root, '.dependency-cruiser.cjs');
const depcruise = join(root, 'node_modules/dependency-cruiser/bin/dependency-cruise.mjs');

let tree: string | undefined;
afterEach(() => {
  if (tree) rmSync(tree, { recursive: true, force: true });
  tree = undefined;
});

/** Runs the check on a tree of files (path → source) and returns its exit status and report. */
function check(files: Record<string, string>): { status: number | null; report: string } {
  tree = mkdtempSync(join(tmpdir(), 'layering-'));
  for (const [path, source] of Object.entries(files)) {
    mkdirSync(dirname(join(tree, path)), { recursive: true });
    writeFileSync(join(tree, path), source);
  }
  const run = spawnSync(process.execPath, [depcruise, '--config', config, 'packages'], {
    cwd: tree,
    encoding: 'utf8',
  });
  return { status: run.status, report: `${run.stdout}${run.stderr}` };
}

const leaf = 'export const value = 1;\n';

describe('the layering check', () => {
  it('passes a tree that imports only downward', () => {
    const { status, report } = check({
      'packages/core/src/ids.ts': leaf,
      'packages/core/src/comm/comm.ts': "import { value } from '../ids.js';\nexport const comm = value;\n",
      'packages/core/src/gossip/node.ts':
        "import { comm } from '../comm/comm.js';\nexport const node = comm;\n",
    });
    expect(report).toContain('no dependency violations found');
    expect(status).toBe(0);
  });

  it('fails on an import circle in any package', () => {
    const { status, report } = check({
      'packages/sim/src/a.ts': "import { b } from './b.js';\nexport const a = () => b;\n",
      'packages/sim/src/b.ts': "import { a } from './a.js';\nexport const b = () => a;\n",
    });
    expect(status).not.toBe(0);
    expect(report).toContain('no-circular');
  });

  it('fails on a lower layer importing gossip/, even for a type', () => {
    const { status, report } = check({
      'packages/core/src/gossip/api.ts': 'export interface Gossip { stop(): void }\n',
      'packages/core/src/comm/comm.ts':
        "import type { Gossip } from '../gossip/api.js';\nexport type G = Gossip;\n",
    });
    expect(status).not.toBe(0);
    expect(report).toContain('nothing-imports-gossip');
    expect(report).toContain('layer-comm');
  });

  it('fails on an import against the order of DESIGN.md §2', () => {
    const { status, report } = check({
      'packages/core/src/channel/block.ts': leaf,
      'packages/core/src/pull/engine.ts':
        "import { value } from '../channel/block.js';\nexport const engine = value;\n",
    });
    expect(status).not.toBe(0);
    expect(report).toContain('layer-pull');
  });

  it('fails on a folder of core that has no place in the layers', () => {
    const { status, report } = check({
      'packages/core/src/ids.ts': leaf,
      'packages/core/src/util/helpers.ts':
        "import { value } from '../ids.js';\nexport const helper = value;\n",
    });
    expect(status).not.toBe(0);
    expect(report).toContain('core-module-in-a-layer');
  });
});
