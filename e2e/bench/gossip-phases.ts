import type { Page } from '@playwright/test';
import type { Tab } from '../support/tabs.js';
import type { BlockSample } from './dashboard.js';
import type { PageView } from './page-view.js';

/** The dashboard's leader cuts a block once it holds this many transactions (blockMaxTransactions of both presets). */
export const TXS_PER_BLOCK = 10;
/** Bytes a transaction adds to a block besides its data: id, submitter, time and protobuf framing. */
const TX_OVERHEAD = 64;
/** Bytes of a block besides its transactions: header, hashes, producer and signature. */
const BLOCK_OVERHEAD = 180;

/** Data bytes per transaction for blocks of about `blockBytes` (ten transactions, cut at once, no blockTimeout wait). */
export function txBytesFor(blockBytes: number): number {
  return Math.max(8, Math.floor((blockBytes - BLOCK_OVERHEAD) / TXS_PER_BLOCK) - TX_OVERHEAD);
}

/** Waits until every page shows at least `height` for itself; returns Date.now() when it saw so. */
export async function waitAllAtLeast(
  view: PageView,
  pages: readonly Page[],
  channel: string,
  height: number,
  timeoutMs: number,
): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const heights = await Promise.all(pages.map((page) => view.ownHeight(page, channel)));
    if (heights.every((h) => h >= height)) return Date.now();
    if (Date.now() > deadline)
      throw new Error(`heights ${heights.join(',')} did not all reach ${height} within ${timeoutMs} ms`);
    // Every poll is K page round trips: not so often that it loads the pages it measures.
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

export interface GossipPhase {
  /** Seqs this phase produced: [first, first + count). */
  first: number;
  count: number;
  /** Latency of every block at every tab but the origin, as the tabs' Blocks panels show it (ms). */
  latencies: number[];
  /** How the other tabs got the blocks: push / pull / state, counted. */
  via: Record<string, number>;
  /** The block size the origin's Blocks panel shows. */
  shownSize: string;
  /** Blocks per second until every tab showed the last one (rate phases only). */
  blocksPerSecond?: number;
  /** Blocks per second the origin's Controls took the transactions at (rate phases only). */
  offeredPerSecond?: number;
  /** CPU time of all pages over the rate phase, per block (ms; rate phases only). */
  cpuMsPerBlock?: number;
  /** The same, of the pages' main threads only. */
  mainThreadMsPerBlock?: number;
}

/** CPU time of a set of pages, summed over them. */
export interface PageCpu {
  /** Milliseconds so far: of the pages' renderer processes, and of their main threads. */
  total(): Promise<{ processMs: number; mainThreadMs: number }>;
}

async function samplesOf(
  view: PageView,
  tabs: readonly Tab[],
  origin: Tab,
  channel: string,
  first: number,
  count: number,
) {
  const inPhase = (row: BlockSample) => row.seq >= first && row.seq < first + count;
  const others = tabs.filter((tab) => tab !== origin);
  const rows = (await Promise.all(others.map((tab) => view.blockSamples(tab.page, channel))))
    .flat()
    .filter(inPhase);
  const via: Record<string, number> = {};
  for (const row of rows) via[row.via] = (via[row.via] ?? 0) + 1;
  const own = (await view.blockSamples(origin.page, channel)).find(inPhase);
  return { latencies: rows.map((row) => row.latencyMs), via, shownSize: own?.size ?? '?' };
}

/** The pages, and the origin's height once every tab has reached it: where a phase's blocks start. */
async function settledStart(view: PageView, tabs: readonly Tab[], origin: Tab, channel: string) {
  const pages = tabs.map((tab) => tab.page);
  const first = await view.ownHeight(origin.page, channel);
  await waitAllAtLeast(view, pages, channel, first, 30_000);
  return { pages, first };
}

/** One block at a time: each is cut only after every tab showed the previous one. */
export async function gossipLatencyPhase(
  view: PageView,
  tabs: readonly Tab[],
  origin: Tab,
  channel: string,
  count: number,
  blockBytes: number,
): Promise<GossipPhase> {
  const { pages, first } = await settledStart(view, tabs, origin, channel);
  for (let i = 0; i < count; i++) {
    await view.submit(origin.page, channel, 1, TXS_PER_BLOCK, txBytesFor(blockBytes));
    await waitAllAtLeast(view, pages, channel, first + i + 1, 30_000);
  }
  return { first, count, ...(await samplesOf(view, tabs, origin, channel, first, count)) };
}

/** Blocks back to back, as fast as the origin's Controls take the transactions; delivered blocks per second. */
export async function gossipRatePhase(
  view: PageView,
  tabs: readonly Tab[],
  origin: Tab,
  channel: string,
  count: number,
  blockBytes: number,
  cpu: PageCpu,
): Promise<GossipPhase> {
  const { pages, first } = await settledStart(view, tabs, origin, channel);
  const cpuBefore = await cpu.total();
  const started = Date.now();
  await view.submit(origin.page, channel, count, TXS_PER_BLOCK, txBytesFor(blockBytes));
  const submitted = Date.now();
  const done = await waitAllAtLeast(view, pages, channel, first + count, 120_000);
  const cpuAfter = await cpu.total();
  return {
    first,
    count,
    ...(await samplesOf(view, tabs, origin, channel, first, count)),
    cpuMsPerBlock: (cpuAfter.processMs - cpuBefore.processMs) / count,
    mainThreadMsPerBlock: (cpuAfter.mainThreadMs - cpuBefore.mainThreadMs) / count,
    blocksPerSecond: count / ((done - started) / 1000),
    offeredPerSecond: count / ((submitted - started) / 1000),
  };
}
