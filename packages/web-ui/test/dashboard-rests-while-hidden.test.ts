import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type PageVisibility, PeerSet } from '../src/peers/peer-set.js';

/** A document that is hidden or shown at the test's word. */
class FakePage implements PageVisibility {
  hidden = false;
  private readonly listeners: (() => void)[] = [];
  addEventListener(_type: 'visibilitychange', listener: () => void): void {
    this.listeners.push(listener);
  }
  show(hidden: boolean): void {
    this.hidden = hidden;
    for (const listener of this.listeners) listener();
  }
}

let peers: PeerSet;
beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  peers?.close();
  vi.useRealTimers();
});

describe('the dashboard renders nothing while its document is hidden', () => {
  it('changes while hidden cause no render; showing the page again causes one', () => {
    const page = new FakePage();
    peers = new PeerSet(page);
    let renders = 0;
    peers.subscribe(() => renders++);
    peers.changed();
    vi.advanceTimersByTime(250);
    expect(renders).toBe(1);

    page.show(true);
    for (let i = 0; i < 20; i++) peers.changed();
    // The one-second ticker signals changes too; none of them may render.
    vi.advanceTimersByTime(5_000);
    expect(renders).toBe(1);

    page.show(false);
    vi.advanceTimersByTime(250);
    expect(renders).toBe(2);
  });

  it('a render already scheduled when the page is hidden does not happen, and is made up for when shown', () => {
    const page = new FakePage();
    peers = new PeerSet(page);
    let renders = 0;
    peers.subscribe(() => renders++);
    peers.changed();
    page.show(true);
    vi.advanceTimersByTime(1_500);
    expect(renders).toBe(0);
    page.show(false);
    vi.advanceTimersByTime(250);
    expect(renders).toBe(1);
  });

  it('while shown, a burst of changes renders at most once per throttle window', () => {
    peers = new PeerSet(new FakePage());
    let renders = 0;
    peers.subscribe(() => renders++);
    for (let i = 0; i < 50; i++) {
      peers.changed();
      vi.advanceTimersByTime(10);
    }
    // 500 ms of changes every 10 ms: at most one render per 200 ms.
    expect(renders).toBeLessThanOrEqual(3);
    expect(renders).toBeGreaterThanOrEqual(2);
  });
});
