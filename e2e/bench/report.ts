import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT } from '../support/server.js';
import { IDLE_MS, type KResult, type SizeResult } from './run-k.js';

export const RESULTS_DIR = join(REPO_ROOT, 'bench', 'results', 'browser');
const DOC = join(REPO_ROOT, 'docs', 'BROWSER-BENCH.md');

export interface Machine {
  cpu: string;
  cores: number;
  memoryGiB: number;
  platform: string;
  node: string;
  browser: string;
}

export interface BrowserBenchFile extends KResult {
  machine: Machine;
  date: string;
  /** Why the run did not finish (then `sizes` is empty). */
  failure?: string;
}

/** The record of a run that did not finish. */
export function failedRun(
  k: number,
  mode: KResult['mode'],
  error: unknown,
  browserVersion: string,
): BrowserBenchFile {
  return {
    k,
    mode,
    convergedMs: Number.NaN,
    idleCoreShare: Number.NaN,
    loadAverage: Math.round((loadavg()[0] ?? Number.NaN) * 10) / 10,
    sizes: [],
    machine: machine(browserVersion),
    date: new Date().toISOString(),
    failure: (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '',
  };
}

export function machine(browserVersion: string): Machine {
  return {
    cpu: cpus()[0]?.model.trim() ?? 'unknown',
    cores: cpus().length,
    memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    platform: `${process.platform} ${process.arch}`,
    node: process.version,
    browser: `Chromium ${browserVersion}`,
  };
}

export function writeResult(result: BrowserBenchFile): string {
  mkdirSync(RESULTS_DIR, { recursive: true });
  const path = join(RESULTS_DIR, `k${result.k}-${result.mode}.json`);
  writeFileSync(path, `${JSON.stringify(result, null, 2)}\n`);
  return path;
}

function readResults(): BrowserBenchFile[] {
  return readdirSync(RESULTS_DIR)
    .filter((name) => /^k\d+-(engine|dashboard)\.json$/.test(name))
    .map((name) => JSON.parse(readFileSync(join(RESULTS_DIR, name), 'utf8')) as BrowserBenchFile)
    .sort((a, b) => a.k - b.k || a.mode.localeCompare(b.mode));
}

const kib = (bytes: number) => `${bytes / 1024} KiB`;
const ms = (value: number) => (Number.isFinite(value) ? value.toFixed(value < 10 ? 1 : 0) : '—');

function row(r: KResult, size: SizeResult): string[] {
  const g = size.gossip;
  const d = size.direct;
  return [
    String(r.k),
    r.mode,
    `${kib(size.blockBytes)} (${size.shownBlockSize})`,
    `${ms(g.latencyMs.p50)} / ${ms(g.latencyMs.p99)}`,
    `${ms(d.latencyMs.p50)} / ${ms(d.latencyMs.p99)}`,
    `${size.ratio.latencyP50} / ${size.ratio.latencyP99}`,
    `${ms(g.underLoadLatencyMs.p50)} / ${ms(g.underLoadLatencyMs.p99)}`,
    g.blocksPerSecond.toFixed(1),
    d.framesPerSecond.toFixed(1),
    size.ratio.rate.toFixed(3),
    `${ms(g.cpuMsPerBlock)} / ${ms(g.mainThreadMsPerBlock)}`,
    String(r.loadAverage),
  ];
}

const HEADER = [
  'K',
  'pages',
  'block',
  'gossip p50 / p99 ms',
  'direct p50 / p99 ms',
  'latency ×',
  'gossip under load p50 / p99 ms',
  'gossip blocks/s',
  'direct blocks/s',
  'rate gossip/direct',
  'CPU ms/block, all pages / main threads',
  'load avg',
];

function table(rows: string[][]): string {
  const lines = [HEADER, HEADER.map(() => '---'), ...rows];
  return lines.map((cells) => `| ${cells.join(' | ')} |`).join('\n');
}

/** The table for the console. */
export function consoleTable(result: KResult): string {
  return table(result.sizes.map((size) => row(result, size)));
}

/** Renders docs/BROWSER-BENCH.md from every result file present. */
export function renderDoc(): void {
  const results = readResults();
  const first = results[0];
  if (!first) return;
  const m = first.machine;
  const notes = results.flatMap((r) =>
    r.failure
      ? [
          `- K=${r.k}, ${r.mode}: did not finish (run ${r.date}, 1-minute load average ${r.loadAverage} on ` +
            `${m.cores} cores): ${r.failure}`,
        ]
      : [
          `- K=${r.k}, ${r.mode}: membership and leader converged ${(r.convergedMs / 1000).toFixed(1)} s after the ` +
            `last tab opened; idle, the ${r.k} pages' renderers took ${(r.idleCoreShare * 100).toFixed(1)} % of one core ` +
            `in all (CPU time over ${IDLE_MS / 1000} s); ` +
            `1-minute load average ${r.loadAverage} on ${m.cores} cores after the gossip phases (run ${r.date})`,
          ...r.sizes.map(
            (s) =>
              `  - ${kib(s.blockBytes)}: blocks reached the other tabs by ${Object.entries(
                s.gossip.latencyVia,
              )
                .map(([how, n]) => `${how} ${n}`)
                .join(', ')} (one at a time); in the rate phase the leader took ` +
              `${s.gossip.offeredBlocksPerSecond.toFixed(1)} blocks/s and every tab had them at ` +
              `${s.gossip.blocksPerSecond.toFixed(1)} blocks/s`,
          ),
        ],
  );
  const text = `# Browser benchmark

Gossip between real browser tabs against the physical limit of one hop on the same machine. Reproduce with
\`npm run build && npm run bench:browser\`. This file is generated from \`bench/results/browser/*.json\`; do not
edit it by hand.

- machine: ${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB memory, ${m.platform}, Node ${m.node}, ${m.browser} (headless)
- setup: the real signaling server; K browser contexts (one peer each, own storage) at \`?channel=bench\` with
  the default preset (\`webgossip\`); membership and a common leader converged first. **pages**: \`dashboard\`
  runs the whole dashboard in every tab; \`engine\` opens the same page with \`?ui=none\`, the peer alone with
  nothing rendered, read and driven through \`window.webgossip\`
- origin: the channel's leader (it cuts the blocks); blocks of about 1 KiB and 64 KiB are ten transactions
  submitted through its Controls panel (dashboard) or its peer's \`submitTransaction\` (engine)
  (\`blockMaxTransactions\` = 10, so each block is cut at once)
- the machine is shared with other work: the load average of each run is in the table

## Results

${table(results.flatMap((r) => r.sizes.map((s) => row(r, s))))}

- **gossip p50 / p99**: the block's latency as each peer records it (arrival minus the block's creation at the
  leader; the Blocks panel shows the same) at every other tab, one block at a time (each cut after every tab
  showed the previous one).
- **direct**: the baseline in the same run. The leader's page opens a plain ordered, reliable RTCDataChannel to
  every other context (already open before timing) and sends the same number of bytes to each; latency is the
  receivers' clock minus the sender's (same machine clock), one frame at a time after all acked the previous one.
- **latency ×**: gossip latency over direct latency (p50, p99).
- **gossip under load**: the latency of the blocks of the rate phase.
- **gossip blocks/s**: blocks sent back to back, over the time from the first submission until every tab showed
  the last (with the dashboard polled through the DOM, which refreshes at most five times a second: up to
  ~0.2 s late per phase).
- **direct blocks/s**: frames of the block's size sent back to back to every other context (each channel's
  buffer kept under 1 MiB), over the time until the last receiver acked its last frame.
- **rate gossip/direct**: the share of the direct rate gossip reached.
- **CPU ms/block**: CPU time of all K pages over the rate phase, per block (CDP \`Performance.getMetrics\`:
  \`ProcessTime\`, each renderer process with all its threads, WebRTC's included, then \`ThreadTime\`, the main
  threads alone): what disseminating one block costs the whole network's renderers, idle work during the
  phase included. CPU time, not wall time, so a saturated machine does not inflate it.
- **load avg**: the machine's 1-minute load average when the run's gossip phases ended.

## Run notes

${notes.join('\n')}

With \`dashboard\`, every tab runs the whole dashboard (React panels refreshed up to five times a second, the
force-directed topology) next to its peer; all K renderers share the machine's cores with the server and the
browser.
When the load average is far above the core count, the figures measure a saturated machine: the leader's
page then takes transactions only as fast as it gets the CPU, and when the delivered rate is close to the
rate the leader took them at, the leader's page set the pace rather than the dissemination.
The direct baseline runs in the same pages (with the same dashboards still running in \`dashboard\` mode).
`;
  mkdirSync(join(REPO_ROOT, 'docs'), { recursive: true });
  writeFileSync(DOC, text);
}
