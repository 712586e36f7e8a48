import type { Page } from '@playwright/test';
import { type BlockSample, blockSamples, ownHeight, submitThroughControls } from './dashboard.js';

/**
 * How the benchmark reads and drives one page: through the dashboard's DOM
 * (the dashboard running, as a user sees it), or through the tab session
 * the page exposes with `?ui=none` (the engine alone, nothing rendered).
 */
export interface PageView {
  mode: 'dashboard' | 'engine';
  /** Added to the page URL. */
  query: string;
  ready(page: Page): Promise<void>;
  pkiId(page: Page): Promise<string>;
  alive(page: Page): Promise<string[]>;
  leader(page: Page, channel: string): Promise<string | null>;
  ownHeight(page: Page, channel: string): Promise<number>;
  blockSamples(page: Page, channel: string): Promise<BlockSample[]>;
  /** `blocks` × `perBlock` transactions of `bytes` characters, a task boundary after each block's. */
  submit(page: Page, channel: string, blocks: number, perBlock: number, bytes: number): Promise<void>;
}

export const dashboardView: PageView = {
  mode: 'dashboard',
  query: '',
  ready: (page) => page.locator('[data-testid=self][data-state=running]').waitFor({ timeout: 30_000 }),
  pkiId: async (page) => (await page.locator('[data-testid=self]').getAttribute('data-pki-id')) ?? '',
  alive: (page) =>
    page
      .locator('[data-testid=member-row][data-state=alive]')
      .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-pki-id') ?? '')),
  async leader(page, channel) {
    const leader = page.locator(`[data-testid=channel][data-channel="${channel}"] [data-testid=leader]`);
    return (await leader.count()) === 0 ? null : leader.getAttribute('data-pki-id');
  },
  ownHeight,
  blockSamples,
  submit: (page, _channel, blocks, perBlock, bytes) => submitThroughControls(page, blocks, perBlock, bytes),
};

/** The few calls of the tab's own peer the engine view uses (window.webgossip.peers.main().gossip). */
interface BenchGossip {
  self: { pkiId: string };
  peers(): { pkiId: string }[];
  leaderOf(channel: string): string | undefined;
  ledgerHeight(channel: string): number;
  blocks(
    channel: string,
  ): { seq: number; via: string; createdAtMs: number; receivedAtMs: number; size: number }[];
  submitTransaction(channel: string, data: Uint8Array): string;
}

type BenchWindow = { webgossip?: { peers: { main(): { gossip: BenchGossip } | undefined } } };

/** The page's own peer, inside page.evaluate (each evaluated function names it itself: it runs in the page). */
const PEER = '(window.webgossip?.peers.main()?.gossip)';

export const engineView: PageView = {
  mode: 'engine',
  query: '&ui=none',
  async ready(page) {
    await page.waitForFunction(`${PEER} !== undefined`, undefined, { timeout: 30_000 });
  },
  pkiId: (page) => page.evaluate(`${PEER}.self.pkiId`),
  alive: (page) => page.evaluate(`${PEER}.peers().map((m) => m.pkiId)`),
  leader: (page, channel) =>
    page.evaluate(
      (ch) => (window as unknown as BenchWindow).webgossip?.peers.main()?.gossip.leaderOf(ch) ?? null,
      channel,
    ),
  ownHeight: (page, channel) =>
    page.evaluate(
      (ch) => (window as unknown as BenchWindow).webgossip?.peers.main()?.gossip.ledgerHeight(ch) ?? -1,
      channel,
    ),
  blockSamples: (page, channel) =>
    page.evaluate((ch) => {
      const gossip = (window as unknown as BenchWindow).webgossip?.peers.main()?.gossip;
      return (gossip?.blocks(ch) ?? []).map((b) => ({
        seq: b.seq,
        via: b.via,
        latencyMs: b.receivedAtMs - b.createdAtMs,
        size: `${(b.size / 1024).toFixed(1)} KiB`,
      }));
    }, channel),
  submit: (page, channel, blocks, perBlock, bytes) =>
    page.evaluate(
      async (a) => {
        const gossip = (window as unknown as BenchWindow).webgossip?.peers.main()?.gossip;
        if (!gossip) throw new Error('the page runs no peer (is it opened with ?ui=none?)');
        const encoder = new TextEncoder();
        const filler = 'x'.repeat(a.bytes);
        // A MessageChannel task is not clamped to 4 ms the way nested timers are.
        const nextTask = () =>
          new Promise<void>((resolve) => {
            const port = new MessageChannel();
            port.port1.onmessage = () => resolve();
            port.port2.postMessage(0);
          });
        for (let b = 0; b < a.blocks; b++) {
          for (let t = 0; t < a.perBlock; t++)
            gossip.submitTransaction(
              a.channel,
              encoder.encode(`${b}.${t}:${Date.now()}:${filler}`.slice(0, a.bytes)),
            );
          await nextTask();
        }
      },
      { channel, blocks, perBlock, bytes },
    ),
};
