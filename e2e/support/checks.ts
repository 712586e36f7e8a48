import { expect } from '@playwright/test';
import type { Tab } from './tabs.js';
import { BLOCK_SPREAD_MS, CONVERGENCE_MS, PRESET } from './timing.js';

/** Every tab lists every other tab as alive. */
export async function allSeeEachOtherAlive(tabs: readonly Tab[], ids: readonly string[]): Promise<boolean> {
  for (const [i, tab] of tabs.entries()) {
    const alive = new Set(await tab.members('alive'));
    if (!ids.every((id, j) => j === i || alive.has(id))) return false;
  }
  return true;
}

/** The one leader every tab shows for `channel`, or undefined while they disagree or some show none. */
export async function commonLeader(tabs: readonly Tab[], channel: string): Promise<string | undefined> {
  const leaders = new Set(await Promise.all(tabs.map((tab) => tab.leader(channel))));
  const [only] = leaders;
  return leaders.size === 1 && only ? only : undefined;
}

/** Every height every tab shows for `channel` (its own and each member's), as one sorted list of distinct values. */
export async function distinctHeights(tabs: readonly Tab[], channel: string): Promise<number[]> {
  const all = await Promise.all(tabs.map((tab) => tab.heights(channel)));
  return [...new Set(all.flatMap((heights) => Object.values(heights)))].sort((a, b) => a - b);
}

/** Submits one transaction in `tab` and waits until its own height has grown by one block. */
export async function produceOneBlock(tab: Tab, channel: string): Promise<number> {
  const before = await tab.ownHeight(channel);
  await tab.submitTransaction(channel);
  await expect
    .poll(() => tab.ownHeight(channel), { timeout: BLOCK_SPREAD_MS, intervals: [50, 100, 200] })
    .toBeGreaterThan(before);
  return tab.ownHeight(channel);
}

/** Produces blocks one by one from `tab` until its height reaches `target` (never beyond). */
export async function produceUntil(tab: Tab, channel: string, target: number): Promise<void> {
  while ((await tab.ownHeight(channel)) < target) await produceOneBlock(tab, channel);
}

/** Waits until every tab shows exactly `height` for itself in `channel`. */
export async function waitForHeight(
  tabs: readonly Tab[],
  channel: string,
  height: number,
  timeout = BLOCK_SPREAD_MS,
) {
  await expect
    .poll(() => Promise.all(tabs.map((tab) => tab.ownHeight(channel))), { timeout, intervals: [100, 250] })
    .toEqual(tabs.map(() => height));
}

/** How long every tab's height must stay the same to count as settled: a pull round and a block timeout. */
const QUIET_MS = PRESET.pullInterval + PRESET.blockTimeout;

/** Waits until every tab shows the same own height for `channel`, unchanged for a quiet period, and returns it. */
export async function settledHeight(tabs: readonly Tab[], channel: string): Promise<number> {
  let last = -1;
  let since = 0;
  await expect
    .poll(
      async () => {
        const heights = await Promise.all(tabs.map((tab) => tab.ownHeight(channel)));
        const common = heights.every((h) => h === heights[0]) ? (heights[0] ?? -1) : -1;
        if (common !== last) {
          last = common;
          since = Date.now();
        }
        return common >= 0 && Date.now() - since >= QUIET_MS;
      },
      { timeout: CONVERGENCE_MS, intervals: [250] },
    )
    .toBe(true);
  return last;
}
