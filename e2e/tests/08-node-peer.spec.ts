import { expect, test } from '@playwright/test';
import { allSeeEachOtherAlive, commonLeader, produceOneBlock, waitForHeight } from '../support/checks.js';
import { HeadlessPeer } from '../support/server.js';
import { closeAll, openTabs, Tab, withName } from '../support/tabs.js';
import { baseUrl, CATCH_UP_MS, CONVERGENCE_MS, DEAD_WITHIN_MS } from '../support/timing.js';

const CHANNEL = 'N';
const BLOCKS = 3;

test('8: a headless Node peer and browser tabs in one channel see each other and exchange blocks', async ({
  browser,
}) => {
  test.setTimeout(150_000);
  const bootstrap = `${baseUrl().replace('http', 'ws')}/ws`;
  const node = new HeadlessPeer(bootstrap, CHANNEL, 'node-peer');
  node.start();
  let tabs: Tab[] = [];
  try {
    await expect.poll(() => node.pkiId(), { message: 'webgossip-peer announced no PKI-ID' }).toBeDefined();
    const nodeId = node.pkiId() as string;
    tabs = await openTabs(browser, `${baseUrl()}/?channel=${CHANNEL}`, 2);
    const tabIds = await Promise.all(tabs.map((tab) => tab.pkiId()));

    // They see each other: the tabs list the Node peer alive in membership and
    // in the channel, and the Node peer's status lists both tabs alive.
    await expect.poll(() => allSeeEachOtherAlive(tabs, tabIds), { timeout: CONVERGENCE_MS }).toBe(true);
    for (const tab of tabs) {
      await expect.poll(() => tab.memberState(nodeId), { timeout: CONVERGENCE_MS }).toBe('alive');
      await expect
        .poll(async () => nodeId in (await tab.heights(CHANNEL)), { timeout: CONVERGENCE_MS })
        .toBe(true);
      await expect(tab.page.locator(`[data-testid=member-row][data-pki-id="${nodeId}"]`)).toContainText(
        'node-peer',
      );
    }
    await expect
      .poll(() => tabIds.every((id) => node.lastStatus()?.alive.includes(id)), { timeout: CONVERGENCE_MS })
      .toBe(true);
    await expect.poll(() => commonLeader(tabs, CHANNEL), { timeout: CONVERGENCE_MS }).toBeDefined();

    // Browser transactions become blocks the Node peer holds, and the tabs see its height.
    for (let i = 0; i < BLOCKS; i++) await produceOneBlock(tabs[0] as Tab, CHANNEL);
    await waitForHeight(tabs, CHANNEL, BLOCKS);
    await expect.poll(() => node.lastStatus()?.heights[CHANNEL]).toBe(BLOCKS);
    for (const tab of tabs) await expect.poll(async () => (await tab.heights(CHANNEL))[nodeId]).toBe(BLOCKS);

    // With the first tabs gone, a new tab can learn the channel only from the Node peer.
    await closeAll(tabs);
    await expect
      .poll(() => tabIds.some((id) => node.lastStatus()?.alive.includes(id)), { timeout: DEAD_WITHIN_MS })
      .toBe(false);
    tabs = [await Tab.open(browser, withName(`${baseUrl()}/?channel=${CHANNEL}`, 3), 'tab 3')];
    const late = tabs[0] as Tab;
    await expect.poll(() => late.ownHeight(CHANNEL), { timeout: CATCH_UP_MS }).toBe(BLOCKS);
    for (const row of await late.blocks(CHANNEL)) expect(row.from, `block ${row.seq}`).toBe(nodeId);

    // And the other way again: a transaction from the new tab ends up in the Node peer's ledger.
    await expect.poll(() => late.leader(CHANNEL), { timeout: CONVERGENCE_MS }).not.toBeNull();
    await produceOneBlock(late, CHANNEL);
    await expect.poll(() => node.lastStatus()?.heights[CHANNEL]).toBe(BLOCKS + 1);
  } finally {
    await closeAll(tabs);
    await node.kill('SIGTERM');
    await test.info().attach('webgossip-peer log', { body: node.log, contentType: 'text/plain' });
  }
});
