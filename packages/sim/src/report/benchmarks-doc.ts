import { dirname, join, relative } from 'node:path';
import { type BenchRecord, isDissemination } from '../bench/bench-record.js';
import { formatBytes, formatMs } from '../harness/resources.js';
import { CRYPTO_NOTE } from '../harness/sim-result.js';
import type { PresetChoice } from '../scenario/scenario.js';
import { markdownTable } from './markdown-table.js';
import { lineChart } from './svg-chart.js';
import { checkTargets, verdict } from './targets.js';

export interface RenderOptions {
  docPath: string;
  chartDir: string;
  /** Runs of the matrix that have no result, with why. */
  missing?: readonly { id: string; reason: string }[];
}

export interface RenderedReport {
  markdown: string;
  charts: { path: string; svg: string }[];
}

const PRESET_ORDER: readonly PresetChoice[] = ['webgossip', 'fabric', 'flood'];
const COLORS: Record<PresetChoice, string> = { webgossip: '#1f77b4', fabric: '#d62728', flood: '#2ca02c' };
const pct = (x: number) => `${(x * 100).toFixed(x >= 1 ? 0 : 2)}%`;
const uniq = <T>(xs: T[]) => [...new Set(xs)];

/** Renders docs/BENCHMARKS.md and its coverage charts from benchmark records. */
export function renderBenchmarks(records: readonly BenchRecord[], options: RenderOptions): RenderedReport {
  const sorted = [...records].sort(
    (a, b) =>
      a.peers - b.peers || a.loss - b.loss || PRESET_ORDER.indexOf(a.preset) - PRESET_ORDER.indexOf(b.preset),
  );
  const charts: RenderedReport['charts'] = [];
  const out: string[] = [...header(sorted)];
  const dissemination = sorted.filter(isDissemination);
  const targets = checkTargets(dissemination).map((t) => [t.target, t.figure, verdict(t.met)]);
  out.push(
    '## Targets for `presets.webgossip`',
    '',
    ...markdownTable(['target', 'measured', 'verdict'], targets),
    '',
  );
  if (options.missing && options.missing.length > 0) {
    const rows = options.missing.map((m) => [m.id, m.reason]);
    out.push('## Not run', '', ...markdownTable(['run', 'why'], rows), '');
  }
  for (const peers of uniq(dissemination.map((r) => r.peers))) {
    const group = dissemination.filter((r) => r.peers === peers);
    out.push(`## N = ${peers.toLocaleString('en-US')}`, '', ...disseminationTable(group), '');
    for (const loss of uniq(group.map((r) => r.loss))) {
      const chart = coverageChart(
        group.filter((r) => r.loss === loss),
        peers,
        loss,
      );
      const path = join(options.chartDir, `coverage-n${peers}-loss${Math.round(loss * 100)}.svg`);
      charts.push({ path, svg: chart });
      const link = relative(dirname(options.docPath), path).split('\\').join('/');
      out.push(`![coverage over time, N=${peers}, loss ${loss * 100}%](${link})`, '');
    }
  }
  out.push(...membershipSection(sorted), ...costSection(sorted), ...methodSection());
  return { markdown: `${out.join('\n').trimEnd()}\n`, charts };
}

function header(records: readonly BenchRecord[]): string[] {
  const first = records[0];
  const seeds = uniq(records.map((r) => r.result.scenario.seed));
  const starts = uniq(records.filter(isDissemination).map((r) => `${startCell(r)} (N=${r.peers})`));
  const lines = [
    '# Benchmarks',
    '',
    'Dissemination of blocks by the real webgossip engine (`createGossip`), many peers in one Node process on',
    'virtual time and a simulated network. Reproduce with `npm run build && npm run bench`',
    '(`npm run bench -- --quick` for the small CI run). This file is generated; do not edit it by hand.',
    '',
    `> ${CRYPTO_NOTE}. Message handling, membership, pull, state transfer and election are the real engine.`,
    '',
  ];
  if (!first) return [...lines, 'No results yet: run `npm run bench`.', ''];
  const m = first.machine;
  lines.push(
    `- machine: ${m.cpuModel}, ${m.cores} cores, ${formatBytes(m.memoryBytes)} memory, ${m.platform}, Node ${m.node}`,
    `- seed: ${seeds.join(', ')} (same seed, same figures: only wall time and memory vary)`,
    '- network: one-hop latency 20 ms ± 5 ms (uniform), loss as listed from the first block on (setup runs lossless)',
    `- start: ${uniq(starts).join(', ')}`,
    '- lower bound: ceil(log_(f+1) N) × 20 ms for push fanout f (webgossip and fabric f = 3; flood f = the link cap);',
    "  webgossip's producer pushes its own block to all its linked channel peers (publishPeerNum 8, as GossipSub's",
    '  flood publishing), every other peer to f',
    '',
  );
  return lines;
}

function disseminationTable(group: readonly BenchRecord[]): string[] {
  const header = [
    'preset',
    'loss',
    'start',
    'coverage (min)',
    'complete blocks',
    'last peer median / worst',
    'arrival p50 / p99',
    'lower bound',
    'payload msgs / peer / block',
    'control msgs / peer / block',
    'wall',
    'cpu',
    'peak RSS',
  ];
  const rows: string[][] = [];
  for (const r of group) {
    const d = r.result.dissemination;
    const m = r.result.messages;
    const cells = [
      r.preset,
      `${r.loss * 100}%`,
      startCell(r),
      pct(d.coverageMin),
      `${d.completeBlocks}/${d.blocks}`,
      `${formatMs(d.lastMedianMs)} / ${formatMs(d.lastWorstMs)}`,
      `${formatMs(d.p50Ms)} / ${formatMs(d.p99Ms)}`,
      `${r.result.lowerBound.ms} ms (f=${r.result.lowerBound.fanout})`,
      `${m.payloadPerPeerPerBlock}`,
      `${m.controlPerPeerPerBlock}`,
      formatMs(r.result.resources.wallMs),
      cpuCell(r),
      formatBytes(r.result.resources.peakRssBytes),
    ];
    rows.push(cells);
  }
  return markdownTable(header, rows);
}

/** How a run started (with the seeded view size), and the heartbeat stretch when it had one. */
function startCell(r: BenchRecord): string {
  const scale = r.result.scenario.heartbeatScale;
  const view = r.result.setup.initialView;
  const start = view === undefined ? r.result.setup.start : `${r.result.setup.start} (view ${view})`;
  if (scale === 1) return start;
  const stateInfoKept = r.result.scenario.config.publishStateInfoInterval !== undefined;
  return `${start}, heartbeats ×${scale}${stateInfoKept ? ' (StateInfo unstretched)' : ''}`;
}

/** CPU time, which other load on the machine does not inflate (older records lack it). */
function cpuCell(r: BenchRecord): string {
  const cpu = r.result.resources.cpuMs;
  return cpu === undefined ? '—' : formatMs(cpu);
}

function coverageChart(runs: readonly BenchRecord[], peers: number, loss: number): string {
  const xMax = Math.max(
    100,
    ...runs.map((r) => r.result.coverage.tMs[r.result.coverage.tMs.length - 1] ?? 0),
  );
  const series = runs.map((r) => ({
    name: `${r.preset} (mean)`,
    color: COLORS[r.preset],
    points: r.result.coverage.tMs.map((t, i) => [t, r.result.coverage.mean[i] ?? 0] as const),
  }));
  const bounds = new Map(runs.map((r) => [r.result.lowerBound.ms, r.result.lowerBound.fanout]));
  const markers = [...bounds]
    .filter(([ms]) => ms > 0)
    .sort((a, b) => b[0] - a[0])
    .map(([ms, fanout]) => ({ x: ms, label: `bound ${ms} ms (f=${fanout})`, color: '#555' }));
  return lineChart({
    title: `Coverage of live members after a block is cut — N=${peers}, loss ${loss * 100}%`,
    xLabel: 'time since the block was cut (log scale)',
    yLabel: 'live members holding the block',
    series,
    markers,
    xMin: 5,
    xMax,
  });
}

function membershipSection(records: readonly BenchRecord[]): string[] {
  const timed = records.filter((r) => r.result.failureDetection !== undefined);
  const header = [
    'preset',
    'membership convergence (all know all)',
    'failure detection (crash seen dead by all)',
    'alive interval / expiration',
    'start',
  ];
  const out: string[] = [];
  for (const peers of uniq(timed.map((r) => r.peers))) {
    const rows: string[][] = [];
    for (const r of timed.filter((t) => t.peers === peers)) {
      const fd = r.result.failureDetection;
      const e = r.result.engine;
      const detection =
        fd?.detectedByAllMs === undefined
          ? `not all (${pct(fd?.detectedShare ?? 0)})`
          : formatMs(fd.detectedByAllMs);
      const alive = `${formatMs(e.aliveTimeInterval)} / ${formatMs(e.aliveExpirationTimeout)}`;
      const stretched =
        r.result.scenario.heartbeatScale === 1 ? '' : `, heartbeats ×${r.result.scenario.heartbeatScale}`;
      const start = isDissemination(r)
        ? `${r.result.setup.start}, leader ${r.result.scenario.leader ?? 'elected'}${stretched}`
        : `${r.result.setup.start}, membership only (no channel)${stretched}`;
      rows.push([r.preset, formatMs(r.result.setup.membershipConvergedMs), detection, alive, start]);
    }
    out.push(`## Membership at N = ${peers.toLocaleString('en-US')}`, '', ...markdownTable(header, rows), '');
  }
  return out;
}

/** What each run cost the simulator: the O(N²) background shows in frames per virtual second. */
function costSection(records: readonly BenchRecord[]): string[] {
  if (records.length === 0) return [];
  const lines = [
    '## Simulator cost',
    '',
    'Frames are every delivery on the simulated network, setup included; "other" is membership, StateInfo, election',
    'and transaction traffic per peer per second of the block phase. Wall time depends on what else the machine ran.',
    '',
  ];
  const header = [
    'run',
    'virtual time',
    'frames delivered',
    'frames / virtual s',
    'other msgs / peer / s',
    'wall',
    'cpu',
    'peak RSS',
  ];
  const rows: string[][] = [];
  for (const r of records) {
    const { virtualMs, network, messages, resources } = r.result;
    const perVirtualSecond = Math.round(network.frames / Math.max(virtualMs / 1000, 0.001));
    rows.push([
      r.id,
      formatMs(virtualMs),
      network.frames.toLocaleString('en-US'),
      perVirtualSecond.toLocaleString('en-US'),
      `${messages.otherPerPeerPerSecond}`,
      formatMs(resources.wallMs),
      cpuCell(r),
      formatBytes(resources.peakRssBytes),
    ]);
  }
  return [...lines, ...markdownTable(header, rows), ''];
}

function methodSection(): string[] {
  return [
    '## How it is measured',
    '',
    '- Every peer is a real engine; all peers join channel `bench`. After setup (membership, channel and leader agreed),',
    '  one block per second is produced by submitting transactions to the leader, which cuts them into a block.',
    "- A block's arrival at a peer is its `block-added` event (`receivedAtMs - createdAtMs`), by push, pull or state transfer.",
    '- Coverage counts live peers that were channel members when the block was cut. "Last peer" is the time until the',
    '  last of them held the block (only for blocks all of them got); p50/p99 are over every (block, peer) arrival.',
    '- Payload-carrying messages: `dataMsg`, `dataUpdate`, `stateResponse`; control: `hello`, `dataDig`, `dataReq`,',
    "  `stateRequest`, from each engine's `metrics().messagesOut` over the block phase, divided by peers and blocks;",
    '  identity pulls use the same message kinds but are counted apart, with the other background traffic.',
    "- flood = presets.webgossip's overlay with propagatePeerNum = maxConnections and no lazy digests: each peer forwards",
    '  every new block to every linked neighbour.',
    '- Starts: `bootstrap` runs the whole protocol from one bootstrap node (set up like the signaling server: linked to',
    '  every peer, in no channel); `converged` seeds every peer with a random symmetric view of `view` members, alive and',
    '  in the channel (`initialMembers`), and no bootstrap node: discovery is taken as done, so the run measures',
    '  dissemination. Converged runs stretch heartbeats so that no member expires during the run. Fabric keeps its',
    '  StateInfo periods (4 s, "StateInfo unstretched"): its state transfer finds the peers ahead through them, and',
    '  stretched it would not see them within the run. webgossip and flood deliver by pull without it; theirs (500 ms)',
    '  stay stretched: unstretched, they more than double the wall time of a 10,000-peer run.',
    "- Wall time depends on what else the machine ran; cpu is the process's user + system time.",
    "- Membership convergence: from the first peer's start until every peer saw every other alive (`member-alive` events);",
    '  failure detection: from a crash without goodbye until every live peer emitted `member-dead` for it. At N = 100',
    '  they are timed in the lossless dissemination runs; at N = 1,000 in membership-only runs (bootstrap start, no',
    "  channel) with alive messages every 5 s for every preset (Fabric's own period; webgossip's and flood's periods",
    '  stretched ×5), since each alive message reaches every peer: O(N²) frames per period in one process. Flooding',
    '  forwards each alive message over all its links, so its run delivers the most frames of the benchmark.',
    '',
  ];
}
