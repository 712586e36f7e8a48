import type { Page } from '@playwright/test';

/**
 * The baseline: plain RTCDataChannels from the origin page straight to every
 * other page, opened here with the SDP handed across by Playwright (no
 * trickle: each side waits for its candidates). Ordered and reliable, as the
 * gossip links are. Everything the pages run is installed on
 * `window.__benchDirect`, which belongs to this benchmark only.
 *
 * Frames: [f64 send time (ms since epoch, sub-ms)][u32 seq][u32 total]
 * then filler. total = 0: the receiver acks every frame (latency rounds);
 * total > 0: it acks once it holds `total` frames (throughput rounds).
 */

interface Hooks {
  latencies: number[];
  received: number;
}

declare global {
  interface Window {
    __benchDirect?: Hooks & {
      channels: RTCDataChannel[];
      offer(index: number): Promise<string>;
      accept(index: number, answer: string): Promise<void>;
      answer(offer: string): Promise<string>;
      opened(): Promise<void>;
    };
  }
}

/** Installs the helpers in a page; both sides of every channel use the same code. */
function install(): void {
  if (window.__benchDirect) return;
  const now = () => performance.timeOrigin + performance.now();
  const pcs: RTCPeerConnection[] = [];
  const gathered = (pc: RTCPeerConnection) =>
    new Promise<void>((resolve) => {
      if (pc.iceGatheringState === 'complete') return resolve();
      pc.addEventListener('icegatheringstatechange', () => {
        if (pc.iceGatheringState === 'complete') resolve();
      });
    });
  const open = (channel: RTCDataChannel) =>
    new Promise<void>((resolve) => {
      if (channel.readyState === 'open') return resolve();
      channel.addEventListener('open', () => resolve(), { once: true });
    });
  const hooks = {
    latencies: [] as number[],
    received: 0,
    channels: [] as RTCDataChannel[],
    async offer(index: number) {
      const pc = new RTCPeerConnection();
      pcs[index] = pc;
      const channel = pc.createDataChannel('bench', { ordered: true });
      channel.binaryType = 'arraybuffer';
      hooks.channels[index] = channel;
      await pc.setLocalDescription(await pc.createOffer());
      await gathered(pc);
      return pc.localDescription?.sdp ?? '';
    },
    async accept(index: number, answer: string) {
      await pcs[index]?.setRemoteDescription({ type: 'answer', sdp: answer });
      const channel = hooks.channels[index];
      if (channel) await open(channel);
    },
    async answer(offer: string) {
      const pc = new RTCPeerConnection();
      pcs.push(pc);
      pc.addEventListener('datachannel', (event) => {
        const channel = event.channel;
        channel.binaryType = 'arraybuffer';
        hooks.channels.push(channel);
        channel.addEventListener('message', (message: MessageEvent<ArrayBuffer>) => {
          const view = new DataView(message.data);
          const total = view.getUint32(12);
          if (total === 0) {
            hooks.latencies.push(now() - view.getFloat64(0));
            channel.send(message.data.slice(0, 16));
            return;
          }
          hooks.received++;
          if (hooks.received === total) channel.send(message.data.slice(0, 16));
        });
      });
      await pc.setRemoteDescription({ type: 'offer', sdp: offer });
      await pc.setLocalDescription(await pc.createAnswer());
      await gathered(pc);
      return pc.localDescription?.sdp ?? '';
    },
    async opened() {
      while (hooks.channels.length === 0) await new Promise((resolve) => setTimeout(resolve, 20));
      await Promise.all(hooks.channels.map(open));
    },
  };
  window.__benchDirect = hooks;
}

/** Opens one channel from `origin` to each of `others` and waits until all are open. */
export async function openDirectChannels(origin: Page, others: readonly Page[]): Promise<void> {
  for (const page of [origin, ...others]) await page.evaluate(install);
  for (const [index, page] of others.entries()) {
    const offer = await origin.evaluate((i) => window.__benchDirect?.offer(i) ?? '', index);
    const answer = await page.evaluate((sdp) => window.__benchDirect?.answer(sdp) ?? '', offer);
    await origin.evaluate(({ i, sdp }) => window.__benchDirect?.accept(i, sdp), { i: index, sdp: answer });
    await page.evaluate(() => window.__benchDirect?.opened());
  }
}

/**
 * Sends `count` frames of `bytes` to every channel one at a time, each after
 * every receiver acked the previous one; returns the one-way latencies the
 * receivers measured (ms).
 */
export async function directLatencies(
  origin: Page,
  others: readonly Page[],
  count: number,
  bytes: number,
): Promise<number[]> {
  await Promise.all(others.map((page) => page.evaluate(() => window.__benchDirect?.latencies.splice(0))));
  await origin.evaluate(
    async ({ count, bytes }) => {
      const hooks = window.__benchDirect;
      if (!hooks) throw new Error('direct channels are not installed');
      for (let seq = 0; seq < count; seq++) {
        const acks = hooks.channels.map(
          (channel) =>
            new Promise<void>((resolve) =>
              channel.addEventListener('message', () => resolve(), { once: true }),
            ),
        );
        const frame = new ArrayBuffer(Math.max(16, bytes));
        const view = new DataView(frame);
        view.setUint32(8, seq);
        view.setUint32(12, 0);
        view.setFloat64(0, performance.timeOrigin + performance.now());
        for (const channel of hooks.channels) channel.send(frame);
        await Promise.all(acks);
      }
    },
    { count, bytes },
  );
  const all = await Promise.all(
    others.map((page) => page.evaluate(() => window.__benchDirect?.latencies ?? [])),
  );
  return all.flat();
}

/**
 * Sends `count` frames of `bytes` to every channel back to back (keeping each
 * channel's buffer under 1 MiB) and returns frames per second delivered to
 * all: `count` over the time until the last receiver acked its last frame.
 */
export async function directRate(
  origin: Page,
  others: readonly Page[],
  count: number,
  bytes: number,
): Promise<number> {
  await Promise.all(
    others.map((page) =>
      page.evaluate(() => {
        if (window.__benchDirect) window.__benchDirect.received = 0;
      }),
    ),
  );
  const elapsedMs = await origin.evaluate(
    async ({ count, bytes }) => {
      const hooks = window.__benchDirect;
      if (!hooks) throw new Error('direct channels are not installed');
      const done = hooks.channels.map(
        (channel) =>
          new Promise<void>((resolve) =>
            channel.addEventListener('message', () => resolve(), { once: true }),
          ),
      );
      const drained = (channel: RTCDataChannel) =>
        new Promise<void>((resolve) =>
          channel.addEventListener('bufferedamountlow', () => resolve(), { once: true }),
        );
      const started = performance.now();
      for (let seq = 0; seq < count; seq++) {
        const frame = new ArrayBuffer(Math.max(16, bytes));
        const view = new DataView(frame);
        view.setFloat64(0, performance.timeOrigin + performance.now());
        view.setUint32(8, seq);
        view.setUint32(12, count);
        for (const channel of hooks.channels) {
          channel.bufferedAmountLowThreshold = 256 * 1024;
          if (channel.bufferedAmount > 1024 * 1024) await drained(channel);
          channel.send(frame);
        }
      }
      await Promise.all(done);
      return performance.now() - started;
    },
    { count, bytes },
  );
  return count / (elapsedMs / 1000);
}
