import { expect, type Page, test } from '@playwright/test';
import { Tab, withName } from '../support/tabs.js';
import {
  BLOCK_SPREAD_MS,
  baseUrl,
  CATCH_UP_MS,
  CONVERGENCE_MS,
  PRESET,
  SLACK_MS,
} from '../support/timing.js';

const CHANNEL = 'A';
const LAB = 6;
const BLOCKS_UNDER_LOSS = 3;
const BLOCKS_IN_PARTITION = 3;

/** One row of the Lab panel: a peer of this tab, its partition group, height and the leader it follows. */
interface LabPeer {
  pkiId: string;
  main: boolean;
  group: string;
  height: number;
  leader: string;
}

function labPeers(page: Page): Promise<LabPeer[]> {
  return page.locator('[data-testid=lab-peer]').evaluateAll((rows) =>
    rows.map((row) => ({
      pkiId: row.getAttribute('data-pki-id') ?? '',
      main: row.getAttribute('data-main') === 'true',
      group: row.getAttribute('data-group') ?? '',
      height: Number(row.getAttribute('data-height') || -1),
      leader: row.getAttribute('data-leader') ?? '',
    })),
  );
}

/** The one leader every given peer follows, or '' while they disagree or some follow none. */
function sharedLeader(peers: readonly LabPeer[]): string {
  const leaders = new Set(peers.map((peer) => peer.leader));
  const [only] = leaders;
  return leaders.size === 1 && only ? only : '';
}

/** The one height every given peer holds, or -1 while they differ. */
function sharedHeight(peers: readonly LabPeer[]): number {
  const heights = new Set(peers.map((peer) => peer.height));
  const [only] = heights;
  return heights.size === 1 && only !== undefined ? only : -1;
}

const counter = (page: Page, name: 'data-lost' | 'data-cut') =>
  page
    .locator('[data-testid=lab-faults]')
    .getAttribute(name)
    .then((value) => Number(value));

test('9: lab peers keep receiving blocks under loss; a partition splits them, and they agree again once healed', async ({
  browser,
}) => {
  test.setTimeout(240_000);
  const tab = await Tab.open(browser, withName(`${baseUrl()}/?lab=${LAB}&channel=${CHANNEL}`, 1), 'tab 1');
  const page = tab.page;
  try {
    await expect(page.locator('[data-testid=lab-peer]')).toHaveCount(LAB + 1, { timeout: 30_000 });
    await expect
      .poll(async () => sharedLeader(await labPeers(page)), { timeout: CONVERGENCE_MS })
      .not.toBe('');

    // 30 % of the frames between the tab's peers are lost: pull makes up for the pushes that vanish.
    await page.locator('[data-testid=lab-loss]').fill('30');
    await expect(page.locator('[data-testid=lab-faults]')).toHaveAttribute('data-loss', '30');
    const start = sharedHeight(await labPeers(page));
    expect(start, 'one height for every peer before the faults').toBeGreaterThanOrEqual(0);
    for (let i = 1; i <= BLOCKS_UNDER_LOSS; i++) {
      await tab.submitTransaction(CHANNEL, `under loss ${i}`);
      await expect
        .poll(async () => Math.min(...(await labPeers(page)).map((peer) => peer.height)), {
          timeout: BLOCK_SPREAD_MS,
          intervals: [100, 250],
        })
        .toBeGreaterThanOrEqual(start + i);
    }
    expect(await counter(page, 'data-lost'), 'frames the loss setting took').toBeGreaterThan(0);
    await page.locator('[data-testid=lab-loss]').fill('0');
    await expect(page.locator('[data-testid=lab-faults]')).toHaveAttribute('data-loss', '0');

    // The partition: you and the first half in A, the rest in B.
    await page.locator('[data-testid=lab-partition]').click();
    await expect(page.locator('[data-testid=lab-faults]')).toHaveAttribute('data-partitioned', 'true');
    const split = await labPeers(page);
    const groupA = split.filter((peer) => peer.group === 'A').map((peer) => peer.pkiId);
    const groupB = split.filter((peer) => peer.group === 'B').map((peer) => peer.pkiId);
    expect(split.find((peer) => peer.main)?.group).toBe('A');
    expect(groupA.length + groupB.length).toBe(LAB + 1);
    expect(groupB.length).toBeGreaterThan(0);
    await expect(page.locator('[data-testid=topo-node][data-group=B]')).toHaveCount(groupB.length);
    const inGroup = (peers: readonly LabPeer[], ids: readonly string[]) =>
      peers.filter((peer) => ids.includes(peer.pkiId));

    // Cut off from A's leader, B follows a leader of its own side.
    await expect
      .poll(
        async () => {
          const peers = await labPeers(page);
          const leaderB = sharedLeader(inGroup(peers, groupB));
          return leaderB !== '' && groupB.includes(leaderB) && sharedLeader(inGroup(peers, groupA)) !== '';
        },
        { timeout: PRESET.leaderAliveThreshold + PRESET.leaderElectionDuration + CONVERGENCE_MS },
      )
      .toBe(true);

    // Transactions from this tab's own peer reach only A: A grows, B stalls.
    const stalled = sharedHeight(inGroup(await labPeers(page), groupB));
    expect(stalled).toBeGreaterThanOrEqual(start + BLOCKS_UNDER_LOSS);
    for (let i = 1; i <= BLOCKS_IN_PARTITION; i++) {
      await tab.submitTransaction(CHANNEL, `in partition ${i}`);
      await expect
        .poll(async () => sharedHeight(inGroup(await labPeers(page), groupA)), {
          timeout: BLOCK_SPREAD_MS,
          intervals: [100, 250],
        })
        .toBeGreaterThanOrEqual(stalled + i);
    }
    // B has had a pull round and a block timeout to get A's blocks, and did not.
    await page.waitForTimeout(PRESET.pullInterval + PRESET.blockTimeout + SLACK_MS / 4);
    expect(
      inGroup(await labPeers(page), groupB).map((peer) => peer.height),
      'heights in group B during the partition',
    ).toEqual(groupB.map(() => stalled));
    expect(await counter(page, 'data-cut'), 'frames the partition stopped').toBeGreaterThan(0);

    await page.screenshot({ path: test.info().outputPath('lab-partitioned.png'), fullPage: true });

    // Healed: B catches up by pull and state transfer and every peer follows one leader again.
    await page.locator('[data-testid=lab-heal]').click();
    await expect(page.locator('[data-testid=lab-faults]')).toHaveAttribute('data-partitioned', 'false');
    await expect(page.locator('[data-testid=topo-node][data-group=B]')).toHaveCount(0);
    await expect
      .poll(
        async () => {
          const peers = await labPeers(page);
          return sharedHeight(peers) >= stalled + BLOCKS_IN_PARTITION && sharedLeader(peers) !== '';
        },
        { timeout: CATCH_UP_MS, intervals: [250, 500] },
      )
      .toBe(true);

    await page.screenshot({ path: test.info().outputPath('lab-healed.png'), fullPage: true });
  } catch (error) {
    throw new Error(`${String(error)}\n${await tab.summary(CHANNEL)}`);
  } finally {
    await tab.close();
  }
});
