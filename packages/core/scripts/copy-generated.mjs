// tsc does not emit hand-off JavaScript; copy the generated codec next to the compiled code.
import { cpSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
cpSync(resolve(here, '../src/proto/generated'), resolve(here, '../dist/proto/generated'), {
  recursive: true,
});
