import type { Runtime } from '../runtime/index.js';

/** What one message does to another under a store's invalidation policy (Fabric's common.InvalidationResult). */
export type Invalidation = 'none' | 'invalidates' | 'invalidated';

interface Entry<T> {
  item: T;
  addedAt: number;
}

export interface MessageStoreOptions<K, T> {
  runtime: Runtime;
  /** Messages that compete to be the one kept share a key (a peer's alive messages, a block's seq). */
  keyOf(item: T): K;
  /** Compares a new message with the stored one of the same key. */
  policy(fresh: T, stored: T): Invalidation;
  /** Messages older than this are expired (default: never). */
  ttlMs?: number;
  /** When set, only this many keys are kept: the `retain` order decides which go. */
  capacity?: number;
  /** Orders keys for capacity eviction: the smallest goes first. */
  retainOrder?(a: K, b: K): number;
  /** Called for every message that leaves the store, by invalidation, expiry or capacity. */
  onRemoved?(item: T): void;
}

/**
 * Fabric's msgstore: keeps the newest message per key, tells whether an
 * incoming message is new (and so worth forwarding), and expires old ones.
 */
export class MessageStore<K, T> {
  private readonly entries = new Map<K, Entry<T>>();

  constructor(private readonly options: MessageStoreOptions<K, T>) {}

  /** Adds a message; true when it is new (stored), false when the store already has it or something newer. */
  add(item: T): boolean {
    const key = this.options.keyOf(item);
    const stored = this.entries.get(key);
    if (stored) {
      if (this.options.policy(item, stored.item) !== 'invalidates') return false;
      this.options.onRemoved?.(stored.item);
    }
    this.entries.set(key, { item, addedAt: this.options.runtime.now() });
    this.enforceCapacity();
    return true;
  }

  /** Whether `item` would be new to the store, without adding it. */
  wouldAdd(item: T): boolean {
    const stored = this.entries.get(this.options.keyOf(item));
    return !stored || this.options.policy(item, stored.item) === 'invalidates';
  }

  get(key: K): T | undefined {
    return this.entries.get(key)?.item;
  }

  has(key: K): boolean {
    return this.entries.has(key);
  }

  delete(key: K): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.entries.delete(key);
    this.options.onRemoved?.(entry.item);
  }

  values(): T[] {
    return [...this.entries.values()].map((entry) => entry.item);
  }

  keys(): K[] {
    return [...this.entries.keys()];
  }

  get size(): number {
    return this.entries.size;
  }

  /** Removes messages older than the TTL. */
  expire(): void {
    const ttl = this.options.ttlMs;
    if (ttl === undefined) return;
    const cutoff = this.options.runtime.now() - ttl;
    for (const [key, entry] of this.entries) {
      if (entry.addedAt < cutoff) {
        this.entries.delete(key);
        this.options.onRemoved?.(entry.item);
      }
    }
  }

  private enforceCapacity(): void {
    const { capacity, retainOrder } = this.options;
    if (capacity === undefined || this.entries.size <= capacity || !retainOrder) return;
    const doomed = [...this.entries.keys()].sort(retainOrder).slice(0, this.entries.size - capacity);
    for (const key of doomed) this.delete(key);
  }
}
