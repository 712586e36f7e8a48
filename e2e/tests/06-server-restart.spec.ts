import { expect, test } from '@playwright/test';
import { allSeeEachOtherAlive, commonLeader, produceOneBlock, waitForHeight } from '../support/checks.js';
import { freePort, ServerProcess } from '../support/server.js';
import { closeAll, openTabs, type Tab } from '../support/tabs.js';
import { CONVERGENCE_MS, PRESET, SLACK_MS } from '../support/timing.js';

const CHANNEL = 'A';
const TABS = 4;

/** Every tab has a direct (WebRTC) link to every other tab. */
async function fullyLinked(tabs: readonly Tab[], ids: readonly string[]): Promise<boolean> {
  for (const [i, tab] of tabs.entries()) {
    const linked = await tab.page
      .locator('[data-testid=member-row][data-link=direct]')
      .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-pki-id')));
    if (!ids.every((id, j) => j === i || linked.includes(id))) return false;
  }
  return true;
}

const bootstrapStates = (tabs: readonly Tab[]) => Promise.all(tabs.map((tab) => tab.bootstrapState()));

test('6: blocks keep flowing while the server restarts, and every tab reconnects to it', async ({
  browser,
}) => {
  test.setTimeout(150_000);
  // This test stops its server, so it runs one of its own rather than the suite's.
  const server = new ServerProcess(await freePort());
  server.start();
  let tabs: Tab[] = [];
  try {
    await server.ready();
    tabs = await openTabs(browser, `${server.url}/?channel=${CHANNEL}`, TABS);
    const ids = await Promise.all(tabs.map((tab) => tab.pkiId()));
    await expect.poll(() => allSeeEachOtherAlive(tabs, ids), { timeout: CONVERGENCE_MS }).toBe(true);
    await expect.poll(() => fullyLinked(tabs, ids), { timeout: CONVERGENCE_MS }).toBe(true);
    await expect.poll(() => commonLeader(tabs, CHANNEL), { timeout: CONVERGENCE_MS }).toBeDefined();
    await expect.poll(() => bootstrapStates(tabs)).toEqual(tabs.map(() => 'up'));
    const height = await produceOneBlock(tabs[0] as Tab, CHANNEL);
    await waitForHeight(tabs, CHANNEL, height);

    await server.kill();
    await expect.poll(() => bootstrapStates(tabs)).toEqual(tabs.map(() => 'down'));
    const duringOutage = await produceOneBlock(tabs[1] as Tab, CHANNEL);
    await waitForHeight(tabs, CHANNEL, duringOutage);
    // The tabs outlive the server's absence: nobody is declared dead while only the server is gone.
    expect(await allSeeEachOtherAlive(tabs, ids)).toBe(true);

    server.start();
    await server.ready();
    const restartedAt = Date.now();
    await expect
      .poll(() => bootstrapStates(tabs), { timeout: PRESET.reconnectInterval * 2 + SLACK_MS + 10_000 })
      .toEqual(tabs.map(() => 'up'));
    console.log(
      `all ${TABS} tabs reconnected to the restarted server ${Date.now() - restartedAt} ms after it came back`,
    );
    const afterRestart = await produceOneBlock(tabs[2] as Tab, CHANNEL);
    await waitForHeight(tabs, CHANNEL, afterRestart);
    expect(afterRestart).toBe(height + 2);
  } finally {
    await closeAll(tabs);
    await server.kill();
  }
});
