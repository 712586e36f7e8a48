import { loadavg } from 'node:os';
import type { Browser, Page } from '@playwright/test';
import { freePort, ServerProcess } from '../support/server.js';
import { closeAll, openTabs, type Tab } from '../support/tabs.js';
import { CONVERGENCE_MS } from '../support/timing.js';
import { directLatencies, directRate, openDirectChannels } from './direct-channels.js';
import {
  type GossipPhase,
  gossipLatencyPhase,
  gossipRatePhase,
  type PageCpu,
  waitAllAtLeast,
} from './gossip-phases.js';
import type { PageView } from './page-view.js';
import { type LatencySummary, round, summarize } from './stats.js';

export const CHANNEL = 'bench';

/** How many blocks each phase sends, per block size. */
export interface PhasePlan {
  blockBytes: number;
  latencyBlocks: number;
  rateBlocks: number;
}

export interface SizeResult {
  blockBytes: number;
  shownBlockSize: string;
  gossip: {
    latencyMs: LatencySummary;
    latencyVia: Record<string, number>;
    underLoadLatencyMs: LatencySummary;
    blocksPerSecond: number;
    offeredBlocksPerSecond: number;
    /** CPU time of all K pages' renderer processes per block in the rate phase (ms). */
    cpuMsPerBlock: number;
    /** The same, of their main threads only (ms). */
    mainThreadMsPerBlock: number;
    blocks: { latency: number; rate: number };
  };
  direct: { latencyMs: LatencySummary; framesPerSecond: number };
  /** Gossip over direct: latency (p50, p99) is how many times slower, rate the share reached. */
  ratio: { latencyP50: number; latencyP99: number; rate: number };
}

export interface KResult {
  k: number;
  /** The dashboard in every tab, or the engine alone (`?ui=none`). */
  mode: PageView['mode'];
  convergedMs: number;
  /** CPU time of all K pages while idle (converged, no blocks), as a share of one core. */
  idleCoreShare: number;
  /** The machine's 1-minute load average when the gossip phases ended (the K pages share its cores). */
  loadAverage: number;
  sizes: SizeResult[];
}

async function converge(view: PageView, tabs: readonly Tab[]): Promise<{ leader: string; ms: number }> {
  const started = Date.now();
  const ids = await Promise.all(tabs.map((tab) => view.pkiId(tab.page)));
  const deadline = started + CONVERGENCE_MS + 60_000;
  const allAlive = async () => {
    const alive = await Promise.all(tabs.map((tab) => view.alive(tab.page)));
    return alive.every((seen, i) => ids.every((id, j) => j === i || seen.includes(id)));
  };
  const commonLeader = async () => {
    const leaders = new Set(await Promise.all(tabs.map((tab) => view.leader(tab.page, CHANNEL))));
    const [only] = leaders;
    return leaders.size === 1 && only ? only : undefined;
  };
  for (;;) {
    const leader = (await allAlive()) ? await commonLeader() : undefined;
    if (leader && ids.includes(leader)) return { leader, ms: Date.now() - started };
    if (Date.now() > deadline)
      throw new Error(`${tabs.length} tabs did not converge on membership and a leader`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

function sizeResult(plan: PhasePlan, latency: GossipPhase, rate: GossipPhase, direct: SizeResult['direct']) {
  const gossipLatency = summarize(latency.latencies);
  const blocksPerSecond = rate.blocksPerSecond ?? Number.NaN;
  return {
    blockBytes: plan.blockBytes,
    shownBlockSize: latency.shownSize,
    gossip: {
      latencyMs: gossipLatency,
      latencyVia: latency.via,
      underLoadLatencyMs: summarize(rate.latencies),
      blocksPerSecond: round(blocksPerSecond),
      offeredBlocksPerSecond: round(rate.offeredPerSecond ?? Number.NaN),
      cpuMsPerBlock: round(rate.cpuMsPerBlock ?? Number.NaN),
      mainThreadMsPerBlock: round(rate.mainThreadMsPerBlock ?? Number.NaN),
      blocks: { latency: latency.count, rate: rate.count },
    },
    direct,
    ratio: {
      latencyP50: round(gossipLatency.p50 / direct.latencyMs.p50),
      latencyP99: round(gossipLatency.p99 / direct.latencyMs.p99),
      rate: round(blocksPerSecond / direct.framesPerSecond, 3),
    },
  } satisfies SizeResult;
}

/**
 * CPU time of `pages` through CDP: each renderer's process CPU time (every
 * thread: the engine on the main thread, WebRTC's network thread, the
 * compositor) and its main thread's, summed over the pages. CPU time, not
 * wall time: on a saturated machine a task's wall time grows with the
 * queue for the cores, its CPU time does not.
 */
async function pageCpu(pages: readonly Page[]): Promise<PageCpu> {
  const sessions = await Promise.all(
    pages.map(async (page) => {
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Performance.enable');
      return cdp;
    }),
  );
  return {
    async total() {
      const all = await Promise.all(sessions.map((cdp) => cdp.send('Performance.getMetrics')));
      const sum = (name: string) =>
        all.reduce((total, r) => total + (r.metrics.find((m) => m.name === name)?.value ?? Number.NaN), 0) *
        1000;
      return { processMs: sum('ProcessTime'), mainThreadMs: sum('ThreadTime') };
    },
  };
}

/** How long the converged, idle pages are measured for. */
export const IDLE_MS = 5_000;

/**
 * One K in one mode: a fresh server, K tabs in one channel, the idle cost,
 * gossip phases from the leader's tab, then the direct baseline.
 */
export async function runOneK(
  browser: Browser,
  k: number,
  plans: readonly PhasePlan[],
  view: PageView,
): Promise<KResult> {
  const server = new ServerProcess(await freePort());
  server.start();
  let tabs: Tab[] = [];
  try {
    await server.ready();
    tabs = await openTabs(browser, `${server.url}/?channel=${CHANNEL}${view.query}`, k, 1, view.ready);
    const { leader, ms: convergedMs } = await converge(view, tabs);
    const ids = await Promise.all(tabs.map((tab) => view.pkiId(tab.page)));
    const leaderTab = tabs[ids.indexOf(leader)];
    if (!leaderTab) throw new Error(`the leader ${leader} is none of the tabs`);
    const label = `K=${k} ${view.mode}`;
    console.log(`${label}: converged ${convergedMs} ms after the last tab opened; leader ${leaderTab.label}`);
    const pages = tabs.map((tab) => tab.page);
    const cpu = await pageCpu(pages);
    // One warm-up block so every link has carried a block before anything is timed.
    await gossipLatencyPhase(view, tabs, leaderTab, CHANNEL, 1, 1024);
    const idleFrom = await cpu.total();
    const idleStart = Date.now();
    await new Promise((resolve) => setTimeout(resolve, IDLE_MS));
    const idleCoreShare = round(
      ((await cpu.total()).processMs - idleFrom.processMs) / (Date.now() - idleStart),
      3,
    );

    const gossip: [GossipPhase, GossipPhase][] = [];
    for (const plan of plans) {
      const latency = await gossipLatencyPhase(
        view,
        tabs,
        leaderTab,
        CHANNEL,
        plan.latencyBlocks,
        plan.blockBytes,
      );
      const rate = await gossipRatePhase(
        view,
        tabs,
        leaderTab,
        CHANNEL,
        plan.rateBlocks,
        plan.blockBytes,
        cpu,
      );
      console.log(`${label} ${plan.blockBytes} B: gossip phases done`);
      gossip.push([latency, rate]);
    }
    const loadAverage = round(loadavg()[0] ?? Number.NaN, 1);
    await waitAllAtLeast(view, pages, CHANNEL, await view.ownHeight(leaderTab.page, CHANNEL), 30_000);
    const others = tabs.filter((tab) => tab !== leaderTab).map((tab) => tab.page);
    await openDirectChannels(leaderTab.page, others);
    const sizes: SizeResult[] = [];
    for (const [i, plan] of plans.entries()) {
      const latencies = await directLatencies(leaderTab.page, others, plan.latencyBlocks, plan.blockBytes);
      const framesPerSecond = await directRate(leaderTab.page, others, plan.rateBlocks, plan.blockBytes);
      const direct = { latencyMs: summarize(latencies), framesPerSecond: round(framesPerSecond) };
      const [latency, rate] = gossip[i] as [GossipPhase, GossipPhase];
      sizes.push(sizeResult(plan, latency, rate, direct));
    }
    return { k, mode: view.mode, convergedMs, idleCoreShare, loadAverage, sizes };
  } finally {
    await closeAll(tabs);
    await server.kill('SIGTERM');
  }
}
