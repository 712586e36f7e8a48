import { fork } from 'node:child_process';
import { runScenario } from '../harness/run-scenario.js';
import type { SimResult } from '../harness/sim-result.js';
import type { BenchCase } from './matrix.js';

/** Enough heap for 10,000 engines; what a run really uses is measured and reported. */
const CHILD_HEAP_MB = 12_288;

/** Runs one case in a child process of its own, so its peak memory is its own. */
export function runCaseInChild(benchCase: BenchCase, quiet: boolean): Promise<SimResult> {
  return new Promise((resolve, reject) => {
    const child = fork(
      new URL('./run-case.js', import.meta.url),
      [JSON.stringify(benchCase.scenario), ...(quiet ? ['--quiet'] : [])],
      { execArgv: [`--max-old-space-size=${CHILD_HEAP_MB}`], stdio: ['ignore', 'inherit', 'pipe', 'ipc'] },
    );
    let result: SimResult | undefined;
    let lastError = '';
    child.stderr?.on('data', (chunk: Buffer) => {
      const text = chunk.toString();
      process.stderr.write(text);
      const failed = /bench case failed: (.*)/.exec(text);
      if (failed?.[1]) lastError = failed[1];
    });
    child.on('message', (message) => {
      result = message as SimResult;
    });
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (code === 0 && result) resolve(result);
      else reject(new Error(lastError || `case ${benchCase.id} failed (exit ${code ?? signal})`));
    });
  });
}

export function runCaseInProcess(benchCase: BenchCase, quiet: boolean): Promise<SimResult> {
  return runScenario(
    benchCase.scenario,
    quiet ? {} : { progress: (line) => process.stderr.write(`${line}\n`), progressEveryMs: 5_000 },
  );
}
