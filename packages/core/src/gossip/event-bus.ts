import type { EventSink, EventStream } from '../contracts/index.js';

/** The node's events: the parts emit, the application subscribes. */
export class EventBus<E extends { type: string }> implements EventStream<E>, EventSink<E> {
  private readonly byType = new Map<string, Set<(event: never) => void>>();
  private readonly any = new Set<(event: E) => void>();
  private closed = false;

  on<T extends E['type']>(type: T, handler: (event: Extract<E, { type: T }>) => void): () => void {
    let set = this.byType.get(type);
    if (!set) {
      set = new Set();
      this.byType.set(type, set);
    }
    const entry = handler as (event: never) => void;
    set.add(entry);
    return () => set.delete(entry);
  }

  onAny(handler: (event: E) => void): () => void {
    this.any.add(handler);
    return () => this.any.delete(handler);
  }

  /** Whether anyone listens for `type`: lets hot paths skip building events nobody reads. */
  wants(type: E['type']): boolean {
    return !this.closed && (this.any.size > 0 || (this.byType.get(type)?.size ?? 0) > 0);
  }

  emit(event: E): void {
    if (this.closed) return;
    const set = this.byType.get(event.type);
    if (set) for (const handler of set) (handler as (event: E) => void)(event);
    for (const handler of this.any) handler(event);
  }

  /** No handler runs after this. */
  close(): void {
    this.closed = true;
    this.byType.clear();
    this.any.clear();
  }
}
