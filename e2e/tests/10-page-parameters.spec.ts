import { expect, test } from '@playwright/test';
import { closeAll, openTabs, type Tab } from '../support/tabs.js';
import { baseUrl } from '../support/timing.js';

test('10: the page says which URL parameters it could not take, and starts with the rest', async ({
  browser,
}) => {
  const tabs = await openTabs(browser, `${baseUrl()}/?channel=A,bad%20name&preset=nope&lab=-1`, 1);
  const tab = tabs[0] as Tab;
  try {
    const warnings = tab.page.locator('[data-testid=param-warning]');
    await expect(warnings).toHaveText([
      'preset=nope is not a preset (fabric, webgossip): webgossip used',
      'channel "bad name" skipped: a channel name is 1 to 64 letters, digits, dots, dashes or underscores',
      'lab=-1 is not a whole number of lab peers: none started',
    ]);
    await expect(tab.page.locator('[data-testid=channel][data-channel=A]')).toHaveAttribute(
      'data-joined',
      'true',
    );
    await expect(tab.page.locator('[data-testid=lab-peer]')).toHaveCount(0);

    await tab.page.goto(`${baseUrl()}/?channel=A`);
    await tab.page.locator('[data-testid=self][data-state=running]').waitFor();
    await expect(tab.page.locator('[data-testid=param-warning]')).toHaveCount(0);
  } finally {
    await closeAll(tabs);
  }
});
