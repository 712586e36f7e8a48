import { expect, test } from '@playwright/test';
import { closeAll, openTabs, type Tab } from '../support/tabs.js';
import { baseUrl, CONVERGENCE_MS } from '../support/timing.js';

test('13: block rows show their transactions; a stopped peer says so in its channels, its traffic falls to zero, and its restart button fits', async ({
  browser,
}) => {
  test.setTimeout(60_000);
  const tabs = await openTabs(browser, `${baseUrl()}/?channel=S`, 1);
  const tab = tabs[0] as Tab;
  const { page } = tab;
  try {
    // A block row shows the text of its transaction and who submitted it.
    await tab.submitTransaction('S', 'hello from the stopped-peer test');
    const txs = page.locator('[data-testid=block-row][data-channel=S] [data-testid=block-txs]').first();
    await expect(txs).toHaveAttribute('data-first-text', 'hello from the stopped-peer test', {
      timeout: CONVERGENCE_MS,
    });
    await expect(txs).toHaveAttribute('data-first-submitter', await tab.pkiId());
    await expect(txs).toContainText('“hello from the stopped-peer test”');

    const rate = page.locator('[data-testid=traffic-rate]');
    await expect
      .poll(async () => Number(await rate.getAttribute('data-in-bps')), { timeout: 20_000 })
      .toBeGreaterThan(0);
    await page.locator('[data-testid=stop-peer]').click();
    await expect(page.locator('[data-testid=self]')).toHaveAttribute('data-state', 'stopped');
    const channel = page.locator('[data-testid=channel][data-channel=S]');
    await expect(channel).toHaveAttribute('data-joined', 'false');
    await expect(channel).toContainText('peer stopped');
    await expect(channel).not.toContainText('left');
    await expect(rate).toHaveAttribute('data-in-bps', '0', { timeout: 10_000 });
    await expect(rate).toHaveAttribute('data-out-bps', '0');

    const restart = page.locator('[data-testid=start-peer]');
    const panel = page.locator('.area-controls');
    const [button, box] = [await restart.boundingBox(), await panel.boundingBox()];
    expect(button && box && button.x + button.width <= box.x + box.width).toBe(true);
    await restart.click();
    await expect(page.locator('[data-testid=self]')).toHaveAttribute('data-state', 'running');
  } finally {
    await closeAll(tabs);
  }
});
