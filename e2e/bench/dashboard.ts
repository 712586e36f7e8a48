import type { Page } from '@playwright/test';

/** One row of the Blocks panel, with the latency the dashboard computed (arrival minus the block's creation). */
export interface BlockSample {
  seq: number;
  via: string;
  latencyMs: number;
  size: string;
}

/**
 * Submits `blocks` × `perBlock` transactions of `bytes` characters each
 * through the Controls panel, from inside the page so that Playwright's round
 * trips do not pace them. The transactions of one block go in one task, so
 * the leader holds all of them at once and cuts the block without waiting for
 * blockTimeout; between blocks the page gets a task boundary to send. React
 * takes the typed text in a microtask (its sync-lane flush), so a few awaited
 * microtasks separate typing from the click.
 */
export function submitThroughControls(
  page: Page,
  blocks: number,
  perBlock: number,
  bytes: number,
): Promise<void> {
  return page.evaluate(
    async ({ blocks, perBlock, bytes }) => {
      const input = document.querySelector<HTMLInputElement>('[data-testid=tx-input]');
      const button = document.querySelector<HTMLButtonElement>('[data-testid=submit-tx]');
      const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
      if (!input || !button || !setValue) throw new Error('the Controls panel is not on the page');
      const microtasks = async () => {
        for (let i = 0; i < 4; i++) await Promise.resolve();
      };
      // A MessageChannel task is not clamped to 4 ms the way nested timers are.
      const nextTask = () =>
        new Promise<void>((resolve) => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => resolve();
          channel.port2.postMessage(0);
        });
      const filler = 'x'.repeat(bytes);
      for (let b = 0; b < blocks; b++) {
        for (let t = 0; t < perBlock; t++) {
          setValue.call(input, `${b}.${t}:${Date.now()}:${filler}`.slice(0, bytes));
          input.dispatchEvent(new Event('input', { bubbles: true }));
          await microtasks();
          button.click();
          await microtasks();
        }
        await nextTask();
      }
    },
    { blocks, perBlock, bytes },
  );
}

/** This page's own height in `channel`, read in one round trip. */
export function ownHeight(page: Page, channel: string): Promise<number> {
  return page.evaluate((channel) => {
    const self = document.querySelector('[data-testid=self]')?.getAttribute('data-pki-id');
    const cell = document.querySelector(
      `[data-testid=channel][data-channel="${channel}"] [data-testid=height][data-pki-id="${self}"]`,
    );
    return cell ? Number(cell.getAttribute('data-height')) : -1;
  }, channel);
}

/**
 * The Blocks panel's rows for `channel`: seq, how it came, the latency (ms,
 * from the row's received and created times, as the Latency column shows
 * them) and the Size column's text.
 */
export function blockSamples(page: Page, channel: string): Promise<BlockSample[]> {
  return page.locator(`[data-testid=block-row][data-channel="${channel}"]`).evaluateAll((rows) => {
    const headers = [...(rows[0]?.closest('table')?.querySelectorAll('thead th') ?? [])];
    const sizeColumn = headers.findIndex((th) => th.textContent?.trim() === 'Size');
    return rows.map((row) => ({
      seq: Number(row.getAttribute('data-seq')),
      via: row.getAttribute('data-via') ?? '',
      latencyMs: Number(row.getAttribute('data-received-ms')) - Number(row.getAttribute('data-created-ms')),
      size: row.querySelectorAll('td')[sizeColumn]?.textContent?.trim() ?? '?',
    }));
  });
}
