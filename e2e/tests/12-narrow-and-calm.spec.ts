import { expect, test } from '@playwright/test';
import { baseUrl, DEAD_WITHIN_MS, PRESET, SLACK_MS } from '../support/timing.js';

test('12: at 420 px every panel fits; drops say whether they are normal; dead peers say why and fold behind a count', async ({
  browser,
}) => {
  test.setTimeout(90_000);
  const context = await browser.newContext({ viewport: { width: 420, height: 900 } });
  try {
    const page = await context.newPage();
    await page.goto(`${baseUrl()}/?channel=N&lab=2&name=narrow`);
    await page.locator('[data-testid=self][data-state=running]').waitFor({ timeout: 30_000 });
    const rows = page.locator('[data-testid=member-row][data-state=alive]');
    await expect(rows).toHaveCount(3, { timeout: 30_000 });

    // Nothing wider than the screen: no page-wide scroll, and the last column of the membership table shows.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(420);
    for (const box of await rows
      .locator('td:last-child')
      .evaluateAll((cells) => cells.map((cell) => cell.getBoundingClientRect().right)))
      expect(box).toBeLessThanOrEqual(420);

    // Gossip sends copies along several paths: duplicates show, marked as normal, with what they mean.
    const duplicate = page.locator('[data-testid=drop-reason][data-reason=duplicate]');
    await expect(duplicate).toHaveAttribute('data-severity', 'normal', { timeout: 30_000 });
    await expect(duplicate).toHaveAttribute('title', /^normal protocol behaviour: already held/);

    // The lab peers go; once they are dead their rows fold behind one line with their count. The server
    // may know dead peers of earlier tests too, so the two are found by their PKI-IDs.
    const aliveBefore = await rows.evaluateAll((found) =>
      found.map((row) => row.getAttribute('data-pki-id')),
    );
    const removedAt = Date.now();
    await page.locator('[data-testid=lab-remove]').click();
    await expect(rows).toHaveCount(1, { timeout: DEAD_WITHIN_MS + 10_000 });
    const staying = await rows.first().getAttribute('data-pki-id');
    const gone = aliveBefore.filter((pkiId) => pkiId !== staying);
    expect(gone).toHaveLength(2);
    const toggle = page.locator('[data-testid=dead-toggle]');
    const ours = page.locator(
      gone.map((pkiId) => `[data-testid=member-row][data-state=dead][data-pki-id="${pkiId}"]`).join(','),
    );
    await expect(ours).toHaveCount(2, { timeout: 10_000 });
    expect(Number(await toggle.getAttribute('data-count'))).toBeGreaterThanOrEqual(2);
    // Each says why (it went silent) and when it was last heard alive: just before it went, not when it was declared dead.
    const deaths = await ours.evaluateAll((found) =>
      found.map(
        (row) =>
          [row.getAttribute('data-dead-reason'), Number(row.getAttribute('data-last-alive-ms'))] as const,
      ),
    );
    for (const [reason, lastAlive] of deaths) {
      expect(reason).toBe('expired');
      expect(lastAlive).toBeGreaterThan(removedAt - PRESET.aliveTimeInterval - SLACK_MS);
      expect(lastAlive).toBeLessThanOrEqual(removedAt + SLACK_MS);
    }
    await expect(ours.first()).toBeHidden();
    await toggle.click();
    await expect(ours.first()).toBeVisible();
    await expect(toggle).toHaveAttribute('data-open', 'true');
  } finally {
    await context.close();
  }
});
