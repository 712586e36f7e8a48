import { afterEach, describe, expect, it } from 'vitest';
import type { Link } from '../../src/contracts/index.js';
import { sha256 } from '../../src/crypto/index.js';
import { toHex } from '../../src/ids.js';

/** A link with everything that happened on it, as the test sees it. */
export interface RecordedLink {
  link: Link;
  frames: Uint8Array[];
  opened: boolean;
  closes: string[];
}

export interface LinkPair {
  dialed: RecordedLink;
  accepted: RecordedLink;
}

/** How to make and break links of one transport, for the shared contract suite. */
export interface TransportHarness {
  name: string;
  /** The largest frame the links carry; undefined when the transport has no limit of its own. */
  maxFrameSize?: number;
  /** Opens a link; resolves once the dialed side is open and the accepting side has it. */
  connect(): Promise<LinkPair>;
  /** The accepting side disappears without closing its link. */
  vanish(pair: LinkPair): void;
  dispose(): Promise<void>;
}

export function record(link: Link): RecordedLink {
  const recorded: RecordedLink = { link, frames: [], opened: link.open, closes: [] };
  link.attach({
    onOpen: () => {
      recorded.opened = true;
    },
    onFrame: (frame) => {
      recorded.frames.push(frame.slice());
    },
    onClose: (reason) => {
      recorded.closes.push(reason);
    },
  });
  return recorded;
}

/** Waits for a condition, polling; fails with `what` after the deadline. */
export async function until(condition: () => boolean, what: string, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** A frame whose first four bytes hold its sequence number and whose rest is a pattern of that number. */
export function numbered(seq: number, size: number): Uint8Array {
  const frame = new Uint8Array(Math.max(4, size));
  new DataView(frame.buffer).setUint32(0, seq);
  for (let i = 4; i < frame.length; i++) frame[i] = (seq * 31 + i) & 0xff;
  return frame;
}

/** A frame's length and SHA-256, for comparing big frames quickly. */
export function digest(frame: Uint8Array): string {
  return `${frame.length}:${toHex(sha256(frame))}`;
}

const SIZES = [1, 64, 1000, 16 * 1024 - 1, 16 * 1024, 16 * 1024 + 1, 40_000, 100_000];

/** The behaviour every transport's links share (js-libp2p style compliance suite). */
export function linkContract(harness: TransportHarness): void {
  describe(`${harness.name} links`, () => {
    afterEach(async () => {
      await harness.dispose();
    });

    it('deliver frames intact and in order, both ways', async () => {
      const { dialed, accepted } = await harness.connect();
      const sent = SIZES.flatMap((size, i) => [
        numbered(i * 3, size),
        numbered(i * 3 + 1, 4),
        numbered(i * 3 + 2, size),
      ]);
      for (const frame of sent) dialed.link.send(frame);
      for (const frame of sent) accepted.link.send(frame);
      await until(
        () => accepted.frames.length === sent.length && dialed.frames.length === sent.length,
        'all frames',
      );
      expect(accepted.frames.map(digest)).toEqual(sent.map(digest));
      expect(dialed.frames.map(digest)).toEqual(sent.map(digest));
    });

    for (const closer of ['dialed', 'accepted'] as const) {
      it(`close from the ${closer} side reaches both sides once`, async () => {
        const pair = await harness.connect();
        const other = closer === 'dialed' ? pair.accepted : pair.dialed;
        pair[closer].link.close('test is done');
        expect(pair[closer].closes).toEqual(['test is done']);
        expect(pair[closer].link.open).toBe(false);
        await until(() => other.closes.length > 0, 'the other side to see the close');
        expect(other.link.open).toBe(false);
        other.link.send(numbered(1, 10));
        pair[closer].link.send(numbered(2, 10));
        pair[closer].link.close('again');
        expect(pair[closer].closes).toHaveLength(1);
        expect(other.closes).toHaveLength(1);
        expect(other.frames).toHaveLength(0);
      });
    }

    if (harness.maxFrameSize !== undefined) {
      const max = harness.maxFrameSize;
      it('refuse a frame over the limit and stay usable', async () => {
        const { dialed, accepted } = await harness.connect();
        dialed.link.send(numbered(0, max + 1));
        dialed.link.send(numbered(1, 100));
        await until(() => accepted.frames.length >= 1, 'the frame after the oversize one');
        expect(accepted.frames.map((frame) => frame.length)).toEqual([100]);
        expect(dialed.link.open && accepted.link.open).toBe(true);
      });
    }

    it('take a peer vanishing mid-send without throwing, and report the close once', async () => {
      const pair = await harness.connect();
      let sent = 0;
      const sending = setInterval(() => pair.dialed.link.send(numbered(sent++, 2000)), 2);
      try {
        await until(() => pair.accepted.frames.length > 5, 'a few frames before the peer vanishes');
        harness.vanish(pair);
        await until(() => pair.dialed.closes.length === 1, 'the sender to notice');
        const before = sent;
        await until(() => sent > before + 20, 'more sends after the peer vanished');
      } finally {
        clearInterval(sending);
      }
      expect(pair.dialed.closes).toHaveLength(1);
      expect(pair.dialed.link.open).toBe(false);
    });

    if ((harness.maxFrameSize ?? Number.POSITIVE_INFINITY) >= 1024 * 1024) {
      it('carry a 1 MiB frame intact', async () => {
        const { dialed, accepted } = await harness.connect();
        const big = numbered(7, 1024 * 1024);
        dialed.link.send(big);
        dialed.link.send(numbered(8, 10));
        await until(() => accepted.frames.length === 2, 'the 1 MiB frame and the one after it');
        expect(accepted.frames.map(digest)).toEqual([big, numbered(8, 10)].map(digest));
      });
    }
  });
}
