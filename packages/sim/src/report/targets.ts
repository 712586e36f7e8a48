import type { BenchRecord } from '../bench/bench-record.js';
import { formatBytes, formatMs } from '../harness/resources.js';

/** One of the targets for presets.webgossip, checked against measured records. */
export interface TargetCheck {
  target: string;
  figure: string;
  met: boolean | undefined;
}

const GIB = 1024 ** 3;

/** Checks every target that the given records can speak to; absent runs read "not run". */
export function checkTargets(records: readonly BenchRecord[]): TargetCheck[] {
  const web = records.filter((r) => r.preset === 'webgossip');
  const checks: TargetCheck[] = [];
  for (const loss of [0, 0.2]) {
    const runs = web.filter((r) => r.loss === loss);
    const worst = runs.map((r) => ({ n: r.peers, c: r.result.dissemination.coverageMin }));
    checks.push({
      target: `100% coverage of live members for every block, loss ${loss * 100}%`,
      figure:
        runs.length === 0 ? 'not run' : worst.map((w) => `N=${w.n}: ${(w.c * 100).toFixed(2)}%`).join(', '),
      met: runs.length === 0 ? undefined : worst.every((w) => w.c >= 1),
    });
  }
  for (const r of web.filter((r) => r.loss === 0)) {
    const { lastWorstMs, lastMedianMs } = r.result.dissemination;
    const bound = 2 * r.result.lowerBound.ms;
    checks.push({
      target: `time to the last peer ≤ 2× lower bound at 0% loss, N=${r.peers} (≤ ${bound} ms)`,
      figure: `worst ${formatMs(lastWorstMs)}, median ${formatMs(lastMedianMs)} over blocks`,
      met: lastWorstMs !== undefined && lastWorstMs <= bound,
    });
  }
  for (const r of web) {
    const m = r.result.messages.payloadPerPeerPerBlock;
    checks.push({
      target: `≤ 4 payload-carrying messages per peer per block, N=${r.peers}, loss ${r.loss * 100}%`,
      figure: `${m}`,
      met: m <= 4,
    });
  }
  const big = web.find((r) => r.peers >= 10_000 && r.loss === 0);
  checks.push({
    target: '10,000-peer run ≤ 2 min wall and ≤ 6 GiB',
    figure: big
      ? `${formatMs(big.result.resources.wallMs)} wall, ${formatBytes(big.result.resources.peakRssBytes)} peak RSS, ${big.machine.cores} cores (start: ${big.result.setup.start})`
      : 'not run',
    met: big
      ? big.result.resources.wallMs <= 120_000 && big.result.resources.peakRssBytes <= 6 * GIB
      : undefined,
  });
  return checks;
}

export function verdict(met: boolean | undefined): string {
  if (met === undefined) return 'not run';
  return met ? 'met' : 'NOT met';
}
