import type { Runtime, Timer } from '../runtime/runtime.js';

/** The timers one pull engine has running, so stop() can cancel every one. */
export class EngineTimers {
  private readonly live = new Set<Timer>();

  constructor(private readonly runtime: Runtime) {}

  /** Runs `fn` after `delayMs` unless cancelled first. */
  later(delayMs: number, fn: () => void): Timer {
    const timer = this.runtime.setTimeout(() => {
      this.live.delete(timer);
      fn();
    }, delayMs);
    this.live.add(timer);
    return timer;
  }

  /** Cancels a timer that `later` returned. */
  forget(timer: Timer | undefined): void {
    if (!timer) return;
    timer.cancel();
    this.live.delete(timer);
  }

  clear(): void {
    for (const timer of this.live) timer.cancel();
    this.live.clear();
  }
}
