import type { GossipMessage } from '../proto/index.js';
import type { Subscription } from './api.js';

/** One accept() subscription: a predicate, handlers, and a queue for async iteration. */
export class MessageSubscription<T> implements Subscription<T> {
  private readonly handlers: ((item: T) => void)[] = [];
  private readonly queue: T[] = [];
  private waiters: ((result: IteratorResult<T>) => void)[] = [];
  private closed = false;

  constructor(
    readonly predicate: (message: GossipMessage) => boolean,
    private readonly onClose: (sub: MessageSubscription<T>) => void,
  ) {}

  deliver(item: T): void {
    if (this.closed) return;
    for (const handler of this.handlers) handler(item);
    const waiter = this.waiters.shift();
    if (waiter) waiter({ value: item, done: false });
    else if (this.handlers.length === 0) this.queue.push(item);
  }

  onMessage(handler: (item: T) => void): void {
    this.handlers.push(handler);
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.handlers.length = 0;
    this.queue.length = 0;
    for (const waiter of this.waiters) waiter({ value: undefined, done: true });
    this.waiters = [];
    this.onClose(this);
  }

  [Symbol.asyncIterator](): AsyncIterator<T> {
    return {
      next: () => {
        const item = this.queue.shift();
        if (item !== undefined) return Promise.resolve({ value: item, done: false });
        if (this.closed) return Promise.resolve({ value: undefined, done: true });
        return new Promise((resolve) => this.waiters.push(resolve));
      },
      return: () => {
        this.close();
        return Promise.resolve({ value: undefined, done: true });
      },
    };
  }
}
