import type { Browser, BrowserContext, Page } from '@playwright/test';

export interface BlockRow {
  channel: string;
  seq: number;
  via: string;
  from: string;
}

/**
 * One peer: a browser context of its own (its own sessionStorage and
 * IndexedDB, like a separate browser) with the dashboard open. Reads what the
 * user sees, through the DOM contract of packages/web-ui/README.md.
 */
export class Tab {
  /** Uncaught errors and console errors of the page, kept for the failure report. */
  private readonly errors: string[] = [];

  private constructor(
    readonly context: BrowserContext,
    readonly page: Page,
    readonly label: string,
  ) {
    page.on('pageerror', (error) => this.errors.push(`uncaught: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') this.errors.push(`console: ${message.text()}`);
    });
  }

  /** Opens `url` in a new context; `ready` waits for the peer to run (by default: the dashboard says so). */
  static async open(browser: Browser, url: string, label: string, ready = dashboardReady): Promise<Tab> {
    // Granting media permissions makes Chromium offer host ICE candidates, as a call page would.
    const context = await browser.newContext({
      permissions: ['camera', 'microphone'],
      viewport: { width: 1600, height: 1000 },
    });
    const page = await context.newPage();
    const tab = new Tab(context, page, label);
    await page.goto(url);
    await ready(page);
    return tab;
  }

  async pkiId(): Promise<string> {
    const id = await this.page.locator('[data-testid=self]').getAttribute('data-pki-id');
    if (!id) throw new Error(`${this.label} shows no PKI-ID`);
    return id;
  }

  /** PKI-IDs of the member rows in a state. */
  members(state: 'alive' | 'dead'): Promise<string[]> {
    return this.page
      .locator(`[data-testid=member-row][data-state=${state}]`)
      .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-pki-id') ?? ''));
  }

  async memberState(pkiId: string): Promise<string | null> {
    const row = this.page.locator(`[data-testid=member-row][data-pki-id="${pkiId}"]`);
    return (await row.count()) === 0 ? null : row.getAttribute('data-state');
  }

  async leader(channel: string): Promise<string | null> {
    const leader = this.page.locator(`[data-testid=channel][data-channel="${channel}"] [data-testid=leader]`);
    return (await leader.count()) === 0 ? null : leader.getAttribute('data-pki-id');
  }

  /** The heights the channel panel shows, by PKI-ID (this peer included). */
  async heights(channel: string): Promise<Record<string, number>> {
    const entries = await this.page
      .locator(`[data-testid=channel][data-channel="${channel}"] [data-testid=height]`)
      .evaluateAll((rows) =>
        rows.map(
          (row) => [row.getAttribute('data-pki-id') ?? '', Number(row.getAttribute('data-height'))] as const,
        ),
      );
    return Object.fromEntries(entries);
  }

  async ownHeight(channel: string): Promise<number> {
    const self = await this.pkiId();
    return (await this.heights(channel))[self] ?? -1;
  }

  blocks(channel: string): Promise<BlockRow[]> {
    return this.page.locator(`[data-testid=block-row][data-channel="${channel}"]`).evaluateAll((rows) =>
      rows.map((row) => ({
        channel: row.getAttribute('data-channel') ?? '',
        seq: Number(row.getAttribute('data-seq')),
        via: row.getAttribute('data-via') ?? '',
        from: row.getAttribute('data-from') ?? '',
      })),
    );
  }

  async bootstrapState(): Promise<string | null> {
    return this.page.locator('[data-testid=self]').getAttribute('data-bootstrap');
  }

  /** Submits one transaction in `channel` with the Controls panel. */
  async submitTransaction(channel: string, text = ''): Promise<void> {
    await this.page.locator('[data-testid=tx-channel]').selectOption(channel);
    await this.page.locator('[data-testid=tx-input]').fill(text);
    await this.page.locator('[data-testid=submit-tx]').click();
  }

  /** Starts producing a transaction every `intervalMs` with the Controls panel, or stops it. */
  async autoProduce(channel: string, intervalMs: number | 'stop'): Promise<void> {
    const button = this.page.locator('[data-testid=auto-produce]');
    if (intervalMs === 'stop') {
      if ((await button.getAttribute('data-active')) === 'true') await button.click();
      return;
    }
    await this.page.locator('[data-testid=tx-channel]').selectOption(channel);
    await this.page.locator('[data-testid=auto-interval]').fill(String(intervalMs));
    await button.click();
  }

  async leaveChannel(channel: string): Promise<void> {
    await this.page
      .locator(`[data-testid=channel][data-channel="${channel}"] [data-testid=leave-channel]`)
      .click();
  }

  async close(): Promise<void> {
    await this.context.close();
  }

  /**
   * What this tab shows, in one paragraph, for the report of a failed test:
   * its leader and heights in `channel`, message counts, drops and page errors.
   */
  async summary(channel: string): Promise<string> {
    if (this.page.isClosed()) return `${this.label}: closed`;
    const [self, leader, heights, rows] = await Promise.all([
      this.pkiId(),
      this.leader(channel),
      this.heights(channel),
      // The Traffic panel's rows: messages in and out by kind, and drops by reason.
      this.page.locator('[data-testid=traffic-kind], [data-testid=drop-reason]').evaluateAll((all) =>
        all.map((row) => ({
          drop: row.getAttribute('data-testid') === 'drop-reason',
          text: [...row.querySelectorAll('td')]
            .map((cell) => cell.textContent?.trim() ?? '')
            .filter((text) => text !== '')
            .join(' '),
        })),
      ),
    ]);
    const traffic = rows.filter((row) => !row.drop).map((row) => row.text);
    const drops = rows.filter((row) => row.drop).map((row) => row.text);
    const short = (id: string | null) => (id ? id.slice(0, 8) : 'none');
    const seen = Object.entries(heights).map(([id, h]) => `${short(id)}=${h}`);
    return [
      `${this.label} ${short(self)}: leader ${short(leader)}, heights ${seen.join(' ')}`,
      `  traffic (kind, in, out): ${traffic.join('; ')}`,
      `  dropped: ${drops.join('; ') || 'nothing'}`,
      `  page errors: ${this.errors.slice(-5).join(' | ') || 'none'}`,
    ].join('\n');
  }
}

/**
 * Opens `count` tabs one after another (parallel page loads only slow each
 * other down on two cores), each named `tab-N` through the URL's `name`.
 */
/** Waits until the dashboard shows its peer running. */
export function dashboardReady(page: Page): Promise<void> {
  return page.locator('[data-testid=self][data-state=running]').waitFor({ timeout: 30_000 });
}

export async function openTabs(
  browser: Browser,
  url: string,
  count: number,
  first = 1,
  ready = dashboardReady,
): Promise<Tab[]> {
  const tabs: Tab[] = [];
  for (let i = first; i < first + count; i++)
    tabs.push(await Tab.open(browser, withName(url, i), `tab ${i}`, ready));
  return tabs;
}

export function withName(url: string, n: number): string {
  return `${url}${url.includes('?') ? '&' : '?'}name=tab-${n}`;
}

export async function closeAll(tabs: readonly Tab[]): Promise<void> {
  await Promise.all(tabs.map((tab) => tab.close().catch(() => undefined)));
}
