import type { VirtualRuntime } from '@webgossip/core';

type Action = () => void | Promise<void>;

interface Entry {
  at: number;
  seq: number;
  action: Action;
}

/**
 * Actions at points of virtual time, run between clock advances. A timer
 * callback cannot wait for `createGossip`; the timeline runs its actions
 * outside the runtime's timers, so a restart can await the new engine and
 * join its channels before any other timer of that instant fires.
 */
export class Timeline {
  private readonly entries: Entry[] = [];
  private seq = 0;

  constructor(private readonly runtime: VirtualRuntime) {}

  at(timeMs: number, action: Action): void {
    this.entries.push({ at: Math.max(timeMs, this.runtime.now()), seq: this.seq++, action });
    this.entries.sort((a, b) => a.at - b.at || a.seq - b.seq);
  }

  after(delayMs: number, action: Action): void {
    this.at(this.runtime.now() + delayMs, action);
  }

  /** Runs the clock to `untilMs`, running each action when its time comes. */
  async runTo(untilMs: number): Promise<void> {
    for (;;) {
      const next = this.entries[0];
      if (!next || next.at > untilMs) break;
      this.entries.shift();
      this.runtime.advance(next.at - this.runtime.now());
      await next.action();
    }
    this.runtime.advance(untilMs - this.runtime.now());
  }
}
