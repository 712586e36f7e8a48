#!/usr/bin/env node
import { writeFile } from 'node:fs/promises';
import { FAULTS_USAGE, type FaultsInvocation, FlagError, parseFaultsFlags } from './cli-flags.js';
import { suiteSummary } from './report.js';
import { runSuite, type SuiteReport } from './suite.js';

/** `npm run faults -- [flags]`: progress on stderr, the summary on stdout; exit 1 when a case fails. */
async function main(argv: readonly string[]): Promise<number> {
  let flags: FaultsInvocation;
  try {
    flags = parseFaultsFlags(argv);
  } catch (error) {
    if (error instanceof FlagError) {
      process.stderr.write(
        `faults: bad flags:\n${error.problems.map((p) => `  - ${p}`).join('\n')}\n\n${FAULTS_USAGE}\n`,
      );
      return 2;
    }
    throw error;
  }
  if (flags.help) {
    process.stdout.write(`${FAULTS_USAGE}\n`);
    return 0;
  }
  const say = flags.quiet ? () => {} : (line: string) => process.stderr.write(`${line}\n`);
  const reports: SuiteReport[] = [];
  say(`[faults] ${flags.cases} cases per preset (${flags.presets.join(', ')}), seeds from ${flags.seed}`);
  for (const preset of flags.presets) {
    // The first case always says so; then a line every 2 s at most.
    let lastAt = Number.NEGATIVE_INFINITY;
    const report = await runSuite({
      preset,
      cases: flags.cases,
      seed: flags.seed,
      maxPeers: flags.maxPeers,
      shrink: flags.shrink,
      shrinkBudgetMs: flags.shrinkBudgetMs,
      onShrinkStart: (f) => say(`[faults ${preset}] seed ${f.caseSeed} fails (${f.classKey}): shrinking…`),
      onCase: (i, _result, r) => {
        const now = performance.now();
        if (now - lastAt < 2_000 && i + 1 < flags.cases) return;
        lastAt = now;
        const perCase = r.wallMs / r.casesRun;
        const left = ((flags.cases - r.casesRun) * perCase) / 1000;
        say(
          `[faults ${preset}] ${r.casesRun}/${flags.cases} cases, ${r.failures.length} failing, ${(perCase / 1000).toFixed(2)} s a case, ~${left.toFixed(0)} s left`,
        );
      },
    });
    reports.push(report);
    process.stdout.write(`${suiteSummary(report)}\n\n`);
  }
  process.stdout.write(
    'Signatures are real (Ed25519 through node:crypto); time is virtual, so a seed replays a case exactly.\n',
  );
  if (flags.out) {
    await writeFile(flags.out, `${JSON.stringify(reports, null, 2)}\n`);
    process.stdout.write(`report written to ${flags.out}\n`);
  }
  return reports.some((r) => r.failures.length > 0) ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(
      `faults: run failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exitCode = 1;
  },
);
