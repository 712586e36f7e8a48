// Generates the static protobuf codec from protos/ into src/proto/generated.
// Runs offline: pbjs and pbts come from the npm registry as dev dependencies.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const proto = resolve(here, '../../../protos/gossip/message.proto');
const out = resolve(process.argv[2] ?? resolve(here, '../src/proto/generated'), 'message.js');
mkdirSync(dirname(out), { recursive: true });

execFileSync(
  process.execPath,
  [
    resolve(here, '../../../node_modules/protobufjs-cli/bin/pbjs'),
    '-t',
    'static-module',
    '-w',
    'esm',
    '--no-beautify',
    '--no-verify',
    '--no-delimited',
    '--no-typeurl',
    '-o',
    out,
    '-d',
    proto,
  ],
  { stdio: 'inherit' },
);
// The generated module imports the minimal runtime; name the file explicitly for ESM resolution.
for (const file of [out, out.replace(/\.js$/, '.d.ts')]) {
  const text = readFileSync(file, 'utf8').replace(/"protobufjs\/minimal"/g, '"protobufjs/minimal.js"');
  writeFileSync(file, text);
}
