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
  writeFileSync(file, file === out ? withPresentOneOfSetter(text) : text);
}

/**
 * The decoder records each oneof case it reads by assigning the message's
 * virtual oneof property, whose stock setter deletes every other case, present
 * or not: nineteen deletes per decoded GossipMessage. The setter put in its
 * place deletes only the cases present, with the same result (the last case
 * on the wire wins, as proto3 says).
 */
function withPresentOneOfSetter(text) {
  const aliases = '// Common aliases\n';
  if (!text.includes(aliases) || !text.includes('$util.oneOfSetter(')) {
    throw new Error(
      'gen-proto: the generated module no longer looks as expected; review withPresentOneOfSetter',
    );
  }
  const setter = [
    '// A oneof setter that deletes only the other cases present (added by scripts/gen-proto.mjs).',
    'const $setPresentOneOf = (names) => function (name) {',
    '    for (let i = 0; i < names.length; ++i)',
    '        if (names[i] !== name && Object.prototype.hasOwnProperty.call(this, names[i]))',
    '            delete this[names[i]];',
    '};',
    '',
  ].join('\n');
  return text.replace(aliases, `${setter}\n${aliases}`).replaceAll('$util.oneOfSetter(', '$setPresentOneOf(');
}
