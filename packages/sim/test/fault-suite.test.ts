import fc from 'fast-check';
import { describe, it } from 'vitest';
import { scheduleArb } from '../src/faults/generate.js';
import { runCase } from '../src/faults/run-case.js';
import { describeSchedule, type FaultPreset } from '../src/faults/schedule.js';

/**
 * Random fault schedules over both presets: partitions that heal, loss,
 * latency spikes, crashes, graceful stops, restarts with and without the
 * stored blocks, leader kills, leaving and joining channels, forged
 * messages, and transactions at random peers; then the heal and a quiet
 * period. Every case must end with one chain per channel, every
 * transaction of a submitter that stayed, one agreed leader and agreed
 * membership, and no forged content anywhere.
 *
 * The seed is fixed, so a run is the same on every machine. On a failure
 * fast-check shrinks the schedule; shrinking stops after SHRINK_BUDGET_MS
 * of wall time (later candidates count as passing, so fast-check reports
 * the smallest failing schedule found by then). `npm run faults` runs many
 * more cases and reports every failure.
 */
const SEED = 20_261_204;
const SHRINK_BUDGET_MS = 90_000;
const RUNS: Record<FaultPreset, number> = { webgossip: 120, fabric: 80 };

describe('fault suite: after any healed fault schedule the channel converges', () => {
  for (const preset of ['webgossip', 'fabric'] as const) {
    it(`${preset}: ${RUNS[preset]} random schedules end with agreed chains, leaders and views`, async () => {
      let shrinkDeadline: number | undefined;
      const property = fc.asyncProperty(scheduleArb(preset), async (schedule) => {
        if (shrinkDeadline !== undefined && performance.now() > shrinkDeadline) return;
        const result = await runCase(schedule);
        if (result.violations.length === 0) return;
        shrinkDeadline ??= performance.now() + SHRINK_BUDGET_MS;
        const lines = result.violations.slice(0, 8).map((v) => `  ${v.property}: ${v.detail}`);
        throw new Error(`${lines.join('\n')}\n${describeSchedule(schedule)}`);
      });
      await fc.assert(property, { numRuns: RUNS[preset], seed: SEED });
    }, 900_000);
  }
});
