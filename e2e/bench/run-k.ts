import { loadavg } from 'node:os';
import type { Browser } from '@playwright/test';
import { allSeeEachOtherAlive, commonLeader } from '../support/checks.js';
import { freePort, ServerProcess } from '../support/server.js';
import { closeAll, openTabs, type Tab } from '../support/tabs.js';
import { CONVERGENCE_MS } from '../support/timing.js';
import { directLatencies, directRate, openDirectChannels } from './direct-channels.js';
import { type GossipPhase, gossipLatencyPhase, gossipRatePhase, waitAllAtLeast } from './gossip-phases.js';
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
    blocks: { latency: number; rate: number };
  };
  direct: { latencyMs: LatencySummary; framesPerSecond: number };
  /** Gossip over direct: latency (p50, p99) is how many times slower, rate the share reached. */
  ratio: { latencyP50: number; latencyP99: number; rate: number };
}

export interface KResult {
  k: number;
  convergedMs: number;
  /** The machine's 1-minute load average when the gossip phases ended (the K pages share its cores). */
  loadAverage: number;
  sizes: SizeResult[];
}

async function converge(tabs: readonly Tab[]): Promise<{ leader: string; ms: number }> {
  const started = Date.now();
  const ids = await Promise.all(tabs.map((tab) => tab.pkiId()));
  const deadline = started + CONVERGENCE_MS + 60_000;
  for (;;) {
    const leader = (await allSeeEachOtherAlive(tabs, ids)) ? await commonLeader(tabs, CHANNEL) : undefined;
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

/** One K: a fresh server, K tabs in one channel, gossip phases from the leader's tab, then the direct baseline. */
export async function runOneK(browser: Browser, k: number, plans: readonly PhasePlan[]): Promise<KResult> {
  const server = new ServerProcess(await freePort());
  server.start();
  let tabs: Tab[] = [];
  try {
    await server.ready();
    tabs = await openTabs(browser, `${server.url}/?channel=${CHANNEL}`, k);
    const { leader, ms: convergedMs } = await converge(tabs);
    const ids = await Promise.all(tabs.map((tab) => tab.pkiId()));
    const leaderTab = tabs[ids.indexOf(leader)];
    if (!leaderTab) throw new Error(`the leader ${leader} is none of the tabs`);
    console.log(`K=${k}: converged ${convergedMs} ms after the last tab opened; leader ${leaderTab.label}`);
    // One warm-up block so every link has carried a block before anything is timed.
    await gossipLatencyPhase(tabs, leaderTab, CHANNEL, 1, 1024);

    const gossip: [GossipPhase, GossipPhase][] = [];
    for (const plan of plans) {
      const latency = await gossipLatencyPhase(tabs, leaderTab, CHANNEL, plan.latencyBlocks, plan.blockBytes);
      const rate = await gossipRatePhase(tabs, leaderTab, CHANNEL, plan.rateBlocks, plan.blockBytes);
      console.log(`K=${k} ${plan.blockBytes} B: gossip phases done`);
      gossip.push([latency, rate]);
    }
    const loadAverage = round(loadavg()[0] ?? Number.NaN, 1);
    const pages = tabs.map((tab) => tab.page);
    await waitAllAtLeast(pages, CHANNEL, await leaderTab.ownHeight(CHANNEL), 30_000);
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
    return { k, convergedMs, loadAverage, sizes };
  } finally {
    await closeAll(tabs);
    await server.kill('SIGTERM');
  }
}
