import type { PkiId } from '../ids.js';
import type { Envelope, GossipMessage } from '../proto/index.js';
import type { ReceivedMessage, Subscription } from './api.js';

/**
 * The peer's accept() subscriptions: passThrough ones get every message as
 * it arrived, before the engine looks at it; the others get the messages the
 * engine processed without dropping them.
 */
export class Subscribers {
  private readonly processed = new Set<MessageSubscription<GossipMessage>>();
  private readonly raw = new Set<MessageSubscription<ReceivedMessage>>();

  /** `respond` sends a passThrough subscriber's answer back to the sender. */
  constructor(private readonly respond: (reply: GossipMessage, to: PkiId) => void) {}

  accept(predicate: (message: GossipMessage) => boolean, passThrough: false): Subscription<GossipMessage>;
  accept(predicate: (message: GossipMessage) => boolean, passThrough: true): Subscription<ReceivedMessage>;
  accept(
    predicate: (message: GossipMessage) => boolean,
    passThrough: boolean,
  ): Subscription<GossipMessage> | Subscription<ReceivedMessage> {
    if (passThrough) {
      const sub = new MessageSubscription<ReceivedMessage>(predicate, (s) => this.raw.delete(s));
      this.raw.add(sub);
      return sub;
    }
    const sub = new MessageSubscription<GossipMessage>(predicate, (s) => this.processed.delete(s));
    this.processed.add(sub);
    return sub;
  }

  /** A message as it arrived, for passThrough subscribers. */
  received(message: GossipMessage, envelope: Envelope, sender: PkiId): void {
    for (const sub of this.raw) {
      if (!sub.predicate(message)) continue;
      sub.deliver({ message, envelope, sender, respond: (reply) => this.respond(reply, sender) });
    }
  }

  /** A message the engine took without dropping it, for the other subscribers. */
  delivered(message: GossipMessage): void {
    for (const sub of this.processed) if (sub.predicate(message)) sub.deliver(message);
  }

  close(): void {
    for (const sub of [...this.processed, ...this.raw]) sub.close();
  }
}

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
