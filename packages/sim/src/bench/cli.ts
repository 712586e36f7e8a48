#!/usr/bin/env node
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { machineInfo } from '../harness/resources.js';
import { renderBenchmarks } from '../report/benchmarks-doc.js';
import { checkTargets } from '../report/targets.js';
import { textSummary } from '../report/text-summary.js';
import { ScenarioError } from '../scenario/validate-scenario.js';
import { BENCH_USAGE, type BenchInvocation, parseBenchFlags } from './bench-flags.js';
import { type BenchRecord, isDissemination, readRecords, writeRecord } from './bench-record.js';
import { type BenchCase, benchMatrix, MEMBERSHIP_SIZES, PLANNED_SIZES } from './matrix.js';
import { runCaseInChild, runCaseInProcess } from './run-cases.js';

/** `npm run bench -- [flags]`: runs the matrix, writes one JSON per case, renders the report. */
async function main(argv: readonly string[]): Promise<number> {
  let invocation: BenchInvocation;
  try {
    invocation = parseBenchFlags(argv);
  } catch (error) {
    if (error instanceof ScenarioError) {
      process.stderr.write(
        `bench: bad input:\n${error.problems.map((p) => `  - ${p}`).join('\n')}\n\n${BENCH_USAGE}\n`,
      );
      return 2;
    }
    throw error;
  }
  if (invocation.help) {
    process.stdout.write(`${BENCH_USAGE}\n`);
    return 0;
  }
  const reasons = new Map<string, string>();
  const failures = invocation.renderOnly ? 0 : await runMatrix(invocation, reasons);
  const records = (await readRecords(invocation.outDir)).filter(
    (r) => r.mode === (invocation.quick ? 'quick' : 'full'),
  );
  const have = new Set(records.map((r) => r.id));
  // The full report also lists the planned sizes a plain run leaves out, as not run.
  const planned = invocation.quick ? invocation.sizes : [...new Set([...invocation.sizes, ...PLANNED_SIZES])];
  const plannedMembership = invocation.quick
    ? invocation.membership
    : [...new Set([...invocation.membership, ...MEMBERSHIP_SIZES])];
  const missing = benchMatrix({ ...invocation, sizes: planned, membership: plannedMembership })
    .filter((c) => !have.has(c.id))
    .map((c) => ({ id: c.id, reason: reasons.get(c.id) ?? notRunReason(c) }));
  const { markdown, charts } = renderBenchmarks(records, {
    docPath: invocation.doc,
    chartDir: invocation.outDir,
    missing,
  });
  for (const chart of charts) await writeFile(chart.path, chart.svg);
  await mkdir(dirname(invocation.doc), { recursive: true });
  await writeFile(invocation.doc, markdown);
  process.stdout.write(`report: ${invocation.doc} (${records.length} runs, ${charts.length} charts)\n`);
  // A target this run measured and missed fails the run, as a run that could not finish does.
  const missed = checkTargets(records.filter(isDissemination)).filter((t) => t.met === false);
  for (const t of missed) process.stdout.write(`TARGET MISSED: ${t.target}: ${t.figure}\n`);
  return failures > 0 || missed.length > 0 ? 1 : 0;
}

/** Runs every case; returns how many could not run. */
async function runMatrix(invocation: BenchInvocation, reasons: Map<string, string>): Promise<number> {
  const cases = benchMatrix(invocation);
  const machine = machineInfo();
  const started = performance.now();
  let failures = 0;
  process.stdout.write(
    `bench: ${cases.length} runs, seed ${invocation.seed}, ${machine.cores} cores, Node ${machine.node}\n` +
      'NOTE: signatures are NOT real in the simulator (insecure sim crypto, for speed)\n',
  );
  for (const [i, benchCase] of cases.entries()) {
    process.stdout.write(
      `\n[${i + 1}/${cases.length}] ${benchCase.id} (start: ${benchCase.scenario.start})\n`,
    );
    const run = invocation.inProcess ? runCaseInProcess : runCaseInChild;
    let result: Awaited<ReturnType<typeof run>>;
    try {
      result = await run(benchCase, invocation.quiet);
    } catch (error) {
      failures++;
      reasons.set(benchCase.id, (error as Error).message);
      process.stdout.write(`NOT RUN: ${benchCase.id}: ${(error as Error).message}\n`);
      continue;
    }
    const record: BenchRecord = {
      id: benchCase.id,
      kind: benchCase.kind,
      mode: invocation.quick ? 'quick' : 'full',
      peers: benchCase.peers,
      loss: benchCase.loss,
      preset: benchCase.preset,
      machine,
      result,
    };
    const path = await writeRecord(invocation.outDir, record);
    process.stdout.write(`${textSummary(result)}\n-> ${path}\n`);
  }
  const wall = ((performance.now() - started) / 1000).toFixed(1);
  process.stdout.write(`\nbench: ${cases.length - failures}/${cases.length} runs done in ${wall} s wall\n`);
  return failures;
}

/** Why a case of the matrix has no result when this invocation did not try it. */
function notRunReason(benchCase: BenchCase): string {
  const flags =
    benchCase.kind === 'membership'
      ? `--sizes none --membership ${benchCase.peers} --presets ${benchCase.preset}`
      : `--sizes ${benchCase.peers}`;
  return `no result in the results folder yet: \`npm run bench -- ${flags}\` runs it`;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(
      `bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exitCode = 1;
  },
);
