import { expect, test } from '@playwright/test';
import {
  allSeeEachOtherAlive,
  commonLeader,
  produceOneBlock,
  produceUntil,
  waitForHeight,
} from '../support/checks.js';
import { closeAll, openTabs, type Tab } from '../support/tabs.js';
import { baseUrl, CATCH_UP_MS, CONVERGENCE_MS } from '../support/timing.js';

const CHANNEL = 'R';
const BEFORE_RELOAD = 6;
const MISSED = 3;

test('7: a reloaded tab is the same peer, keeps its blocks and catches up what it missed', async ({
  browser,
}) => {
  test.setTimeout(150_000);
  const tabs = await openTabs(browser, `${baseUrl()}/?channel=${CHANNEL}`, 3);
  try {
    const ids = await Promise.all(tabs.map((tab) => tab.pkiId()));
    const [producer, , reloaded] = tabs as [Tab, Tab, Tab];
    await expect.poll(() => allSeeEachOtherAlive(tabs, ids), { timeout: CONVERGENCE_MS }).toBe(true);
    await expect.poll(() => commonLeader(tabs, CHANNEL), { timeout: CONVERGENCE_MS }).toBeDefined();
    await produceUntil(producer, CHANNEL, BEFORE_RELOAD);
    await waitForHeight(tabs, CHANNEL, BEFORE_RELOAD);
    const self = reloaded.page.locator('[data-testid=self]');
    await expect(self).toHaveAttribute('data-persisted', String(BEFORE_RELOAD));

    // Hold the reloading page's script until the others have moved on, so the
    // reloaded peer has certainly missed blocks it must catch up.
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    await reloaded.page.route(/\/assets\/.*\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    const reloading = reloaded.page.reload();
    const others = [producer, tabs[1] as Tab];
    for (let i = 0; i < MISSED; i++) await produceOneBlock(producer, CHANNEL);
    await waitForHeight(others, CHANNEL, BEFORE_RELOAD + MISSED);
    release();
    await reloading;
    await reloaded.page.unroute(/\/assets\/.*\.js$/);

    await expect(self).toHaveAttribute('data-state', 'running');
    await expect(self).toHaveAttribute('data-pki-id', ids[2] as string);
    await expect(self).toHaveAttribute('data-restored', String(BEFORE_RELOAD));
    await expect
      .poll(() => reloaded.ownHeight(CHANNEL), { timeout: CATCH_UP_MS })
      .toBe(BEFORE_RELOAD + MISSED);
    const rows = await reloaded.blocks(CHANNEL);
    for (const row of rows) {
      const expected = row.seq < BEFORE_RELOAD ? ['restored'] : ['push', 'pull', 'state'];
      expect(expected, `block ${row.seq} came via ${row.via}`).toContain(row.via);
    }
    expect(rows.length).toBe(BEFORE_RELOAD + MISSED);
    // The others take the reloaded tab for the same peer, alive again, not a stranger.
    await expect.poll(() => allSeeEachOtherAlive(tabs, ids), { timeout: CONVERGENCE_MS }).toBe(true);
  } finally {
    await closeAll(tabs);
  }
});
