import { runScenario } from '../harness/run-scenario.js';
import type { SimResult } from '../harness/sim-result.js';
import { validateScenario } from '../scenario/validate-scenario.js';

/**
 * A child process for one benchmark case, so each run's peak memory is its
 * own: reads the scenario from argv, streams progress to stderr and sends
 * the result to the parent.
 */
async function main(): Promise<void> {
  const scenario = validateScenario(JSON.parse(process.argv[2] ?? '{}'));
  const quiet = process.argv[3] === '--quiet';
  const result: SimResult = await runScenario(
    scenario,
    quiet ? {} : { progress: (line) => process.stderr.write(`${line}\n`), progressEveryMs: 5_000 },
  );
  await new Promise<void>((resolve, reject) =>
    process.send?.(result, undefined, {}, (error) => (error ? reject(error) : resolve())),
  );
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(
      `bench case failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exit(1);
  },
);
