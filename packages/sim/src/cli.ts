#!/usr/bin/env node
import { writeFile } from 'node:fs/promises';
import { runScenario } from './harness/run-scenario.js';
import { textSummary } from './report/text-summary.js';
import { mergeScenario, parseSimFlags, USAGE } from './scenario/cli-flags.js';
import { loadScenarioFile } from './scenario/load-scenario.js';
import { ScenarioError, validateScenario } from './scenario/validate-scenario.js';

/** `npm run sim -- [flags]`: one scenario, progress on stderr, the summary on stdout. */
async function main(argv: readonly string[]): Promise<number> {
  let invocation: ReturnType<typeof parseSimFlags>;
  let scenario: ReturnType<typeof validateScenario>;
  try {
    invocation = parseSimFlags(argv);
    if (invocation.help) {
      process.stdout.write(`${USAGE}\n`);
      return 0;
    }
    const base = invocation.scenarioFile ? await loadScenarioFile(invocation.scenarioFile) : {};
    scenario = validateScenario(mergeScenario(base, invocation.overrides));
  } catch (error) {
    if (error instanceof ScenarioError) {
      process.stderr.write(
        `sim: bad input:\n${error.problems.map((p) => `  - ${p}`).join('\n')}\n\n${USAGE}\n`,
      );
      return 2;
    }
    throw error;
  }
  const progress = invocation.quiet ? undefined : (line: string) => process.stderr.write(`${line}\n`);
  const result = await runScenario(scenario, progress ? { progress } : {});
  process.stdout.write(`${textSummary(result)}\n`);
  if (invocation.out) {
    await writeFile(invocation.out, `${JSON.stringify(result, null, 2)}\n`);
    process.stdout.write(`result written to ${invocation.out}\n`);
  }
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(
      `sim: run failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exitCode = 1;
  },
);
