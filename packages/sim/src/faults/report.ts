import { FAULT_KIND_NAMES } from './fault-kinds.js';
import type { CaseResult } from './run-case.js';
import { describeSchedule } from './schedule.js';
import type { Failure, SuiteReport } from './suite.js';

const ms = (value: number | undefined) => (value === undefined ? '-' : `${(value / 1000).toFixed(2)} s`);

/** The end-of-run text for one preset: cases, fault kinds covered, failures by class, convergence. */
export function suiteSummary(report: SuiteReport): string {
  const lines = [`== ${report.preset}: ${report.casesRun} cases, ${report.failures.length} failing ==`];
  const kinds = FAULT_KIND_NAMES.map((kind) => `${kind} ${report.kinds[kind] ?? 0}`);
  lines.push(`fault kinds played: ${kinds.join(', ')}`);
  lines.push(
    `convergence after heal (${report.convergence.cases} passing cases): p50 ${ms(report.convergence.p50Ms)}, p99 ${ms(report.convergence.p99Ms)}`,
  );
  lines.push(
    `wall per case: p50 ${ms(report.caseWallMs.p50)}, p99 ${ms(report.caseWallMs.p99)}, max ${ms(report.caseWallMs.max)}; total ${ms(report.wallMs)}`,
  );
  lines.push(
    `fork events seen: detected ${report.forkEvents.detected}, resolved ${report.forkEvents.resolved}`,
  );
  const classes = Object.entries(report.failingByClass).sort((a, b) => b[1] - a[1]);
  if (classes.length > 0)
    lines.push(`failing cases by class: ${classes.map(([k, n]) => `${k} ${n}`).join(', ')}`);
  for (const failure of report.failures) lines.push(failureLine(failure));
  const firsts = new Map<string, Failure>();
  for (const failure of report.failures)
    if (!firsts.has(failure.classKey)) firsts.set(failure.classKey, failure);
  for (const failure of firsts.values()) lines.push(failureDetail(failure));
  return lines.join('\n');
}

function failureLine(failure: Failure): string {
  const first = failure.result.violations[0];
  return `FAIL seed ${failure.caseSeed} [${failure.properties.join(', ')}] ${first ? `${first.property}: ${first.detail}` : ''}`;
}

function failureDetail(failure: Failure): string {
  const lines = [`-- ${failure.classKey}: first failure, seed ${failure.caseSeed}`];
  lines.push(...violationLines(failure.result));
  if (failure.shrunk) {
    lines.push(`shrunk in ${failure.shrinkRuns} runs to:`);
    lines.push(describeSchedule(failure.shrunk.schedule));
    lines.push(...violationLines(failure.shrunk));
    lines.push(`schedule JSON: ${JSON.stringify(failure.shrunk.schedule)}`);
  } else {
    const why =
      failure.shrinkRuns === undefined ? 'not shrunk' : `did not shrink in ${failure.shrinkRuns} runs`;
    lines.push(`(${why}) schedule:`);
    lines.push(describeSchedule(failure.result.schedule));
  }
  return lines.join('\n');
}

function violationLines(result: CaseResult): string[] {
  const shown = result.violations.slice(0, 6).map((v) => `  ! ${v.property}: ${v.detail}`);
  const more = result.violations.length - shown.length;
  return more > 0 ? [...shown, `  ! … ${more} more`] : shown;
}
