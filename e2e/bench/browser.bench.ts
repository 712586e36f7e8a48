import { expect, test } from '@playwright/test';
import { dashboardView, engineView, type PageView } from './page-view.js';
import { type BrowserBenchFile, consoleTable, failedRun, machine, renderDoc, writeResult } from './report.js';
import { type PhasePlan, runOneK } from './run-k.js';

/** K from BENCH_K (comma-separated) or 4, 8 and 16. */
const KS = (process.env.BENCH_K ?? '4,8,16').split(',').map((k) => Number.parseInt(k, 10));

/** Pages from BENCH_PAGES (comma-separated: engine, dashboard) or both. */
const VIEWS: PageView[] = (process.env.BENCH_PAGES ?? 'engine,dashboard').split(',').map((mode) => {
  if (mode === 'engine') return engineView;
  if (mode === 'dashboard') return dashboardView;
  throw new Error(`BENCH_PAGES: '${mode}' is neither engine nor dashboard`);
});

/** BENCH_QUICK=1: a few blocks per phase, to check the benchmark itself runs. */
const QUICK = process.env.BENCH_QUICK === '1';

/**
 * Blocks per phase. All tabs share the machine's cores, so bigger K gets
 * fewer blocks to keep each run to minutes.
 */
function plans(k: number): PhasePlan[] {
  const scale = QUICK ? 0.2 : k > 8 ? 0.5 : 1;
  const blocks = (n: number) => Math.max(3, Math.round(n * scale));
  return [
    { blockBytes: 1024, latencyBlocks: blocks(20), rateBlocks: blocks(80) },
    { blockBytes: 64 * 1024, latencyBlocks: blocks(20), rateBlocks: blocks(30) },
  ];
}

// A benchmark: it prints and writes figures and only checks that it finished.
test.describe
  .serial('browser benchmark', () => {
    for (const k of KS) {
      for (const view of VIEWS) {
        test(`K=${k} tabs, ${view.mode}: gossip next to direct data channels`, async ({ browser }) => {
          const result = await runOneK(browser, k, plans(k), view).catch((error: unknown) => {
            // A run that does not finish is a result too: the doc says so, with the load it ran under.
            writeResult(failedRun(k, view.mode, error, browser.version()));
            renderDoc();
            throw error;
          });
          const file: BrowserBenchFile = {
            ...result,
            machine: machine(browser.version()),
            date: new Date().toISOString(),
          };
          const path = writeResult(file);
          renderDoc();
          console.log(`\n${consoleTable(result)}\n(written to ${path} and docs/BROWSER-BENCH.md)`);
          expect(result.sizes).toHaveLength(2);
        });
      }
    }
  });
