import fc from 'fast-check';
import { percentiles } from '../stats/percentile.js';
import { type GenerateOptions, scheduleArb } from './generate.js';
import type { PropertyName, Violation } from './properties.js';
import { type CaseResult, runCase } from './run-case.js';
import type { FaultKindName, FaultPreset, FaultSchedule } from './schedule.js';

export interface SuiteOptions extends GenerateOptions {
  preset: FaultPreset;
  cases: number;
  /** Case i is generated from seed + i: `--seed S --cases 1` replays case S alone. */
  seed: number;
  /** Shrink the first failure of each class (default true). */
  shrink?: boolean;
  /** Wall time a shrink may take (default 120 s). */
  shrinkBudgetMs?: number;
  onCase?: (index: number, result: CaseResult, report: SuiteReport) => void;
  onShrinkStart?: (failure: Failure) => void;
}

export interface Failure {
  /** The seed that generates the case (`--seed` with `--cases 1`). */
  caseSeed: number;
  /** preset / the first violated property in priority order (safety first). */
  classKey: string;
  properties: PropertyName[];
  result: CaseResult;
  /** The smallest schedule found that still breaks the class's property. */
  shrunk?: CaseResult;
  shrinkRuns?: number;
}

export interface SuiteReport {
  preset: FaultPreset;
  casesRun: number;
  /** Faults that took effect, per kind, over all cases. */
  kinds: Partial<Record<FaultKindName, number>>;
  failures: Failure[];
  /** Cases by their first violated property. */
  failingByClass: Record<string, number>;
  convergence: { cases: number; p50Ms: number | undefined; p99Ms: number | undefined };
  caseWallMs: { p50: number | undefined; p99: number | undefined; max: number };
  forkEvents: { detected: number; resolved: number };
  wallMs: number;
}

const PRIORITY: readonly PropertyName[] = [
  'engine-error',
  'forgery-rejected',
  'no-duplicate-delivery',
  'no-duplicate-tx',
  'chain-linked',
  'chains-agree',
  'one-leader',
  'tx-committed',
  'heights-agree',
  'membership-agrees',
  'dead-agrees',
];

export function propertiesOf(violations: readonly Violation[]): PropertyName[] {
  const set = new Set(violations.map((v) => v.property));
  return PRIORITY.filter((p) => set.has(p));
}

export function classOf(preset: FaultPreset, violations: readonly Violation[]): string {
  return `${preset}/${propertiesOf(violations)[0] ?? 'none'}`;
}

/** The one generated schedule of a case seed. */
export function scheduleOf(
  preset: FaultPreset,
  caseSeed: number,
  options: GenerateOptions = {},
): FaultSchedule {
  const [schedule] = fc.sample(scheduleArb(preset, options), { seed: caseSeed, numRuns: 1 });
  if (!schedule) throw new Error('fast-check generated no schedule');
  return schedule;
}

/**
 * Runs `cases` generated schedules, collects every failure, and shrinks the
 * first failure of each class: fast-check replays the case's seed and keeps
 * the smallest schedule that still breaks the property that names the class.
 */
export async function runSuite(options: SuiteOptions): Promise<SuiteReport> {
  const started = performance.now();
  const report: SuiteReport = {
    preset: options.preset,
    casesRun: 0,
    kinds: {},
    failures: [],
    failingByClass: {},
    convergence: { cases: 0, p50Ms: undefined, p99Ms: undefined },
    caseWallMs: { p50: undefined, p99: undefined, max: 0 },
    forkEvents: { detected: 0, resolved: 0 },
    wallMs: 0,
  };
  const converged: number[] = [];
  const walls: number[] = [];
  const shrunkClasses = new Set<string>();
  for (let i = 0; i < options.cases; i++) {
    const caseSeed = options.seed + i;
    const result = await runCase(scheduleOf(options.preset, caseSeed, options));
    report.casesRun++;
    for (const [kind, n] of Object.entries(result.applied) as [FaultKindName, number][])
      report.kinds[kind] = (report.kinds[kind] ?? 0) + n;
    report.forkEvents.detected += result.forkEvents.detected;
    report.forkEvents.resolved += result.forkEvents.resolved;
    walls.push(result.wallMs);
    if (result.convergedAfterMs !== undefined && result.violations.length === 0)
      converged.push(result.convergedAfterMs);
    if (result.violations.length > 0) {
      const classKey = classOf(options.preset, result.violations);
      report.failingByClass[classKey] = (report.failingByClass[classKey] ?? 0) + 1;
      const failure: Failure = { caseSeed, classKey, properties: propertiesOf(result.violations), result };
      report.failures.push(failure);
      if ((options.shrink ?? true) && !shrunkClasses.has(classKey)) {
        shrunkClasses.add(classKey);
        options.onShrinkStart?.(failure);
        Object.assign(failure, await shrinkCase(options, caseSeed, failure.properties.slice(0, 1)));
      }
    }
    summarize(report, converged, walls, started);
    options.onCase?.(i, result, report);
  }
  return report;
}

/** Shrinks the case of `caseSeed` towards the smallest schedule that still breaks one of `properties`. */
export async function shrinkCase(
  options: GenerateOptions & { preset: FaultPreset; shrinkBudgetMs?: number },
  caseSeed: number,
  properties: readonly PropertyName[],
): Promise<{ shrunk?: CaseResult; shrinkRuns: number }> {
  const wanted = new Set(properties);
  let smallest: CaseResult | undefined;
  let runs = 0;
  const property = fc.asyncProperty(scheduleArb(options.preset, options), async (schedule) => {
    runs++;
    const result = await runCase(schedule);
    const holds = !result.violations.some((v) => wanted.has(v.property));
    if (!holds) smallest = result;
    return holds;
  });
  await fc.check(property, {
    seed: caseSeed,
    numRuns: 1,
    plugins: [fc.interruptAfterTimeLimit(options.shrinkBudgetMs ?? 120_000)],
  });
  return smallest ? { shrunk: smallest, shrinkRuns: runs } : { shrinkRuns: runs };
}

function summarize(report: SuiteReport, converged: number[], walls: number[], started: number): void {
  const c = percentiles(converged, [50, 99] as const);
  report.convergence = { cases: converged.length, p50Ms: c[50], p99Ms: c[99] };
  const w = percentiles(walls, [50, 99] as const);
  report.caseWallMs = { p50: w[50], p99: w[99], max: Math.max(0, ...walls) };
  report.wallMs = performance.now() - started;
}
