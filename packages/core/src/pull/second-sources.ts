import type { PkiId } from '../ids.js';

/** An advert of items that were already being asked of another peer. */
export interface Announcement {
  peer: PkiId;
  /** The advert's nonce, under which the advertiser serves a request. */
  nonce: bigint;
  /** Until when it is still asked under (the advertiser keeps the nonce live a little longer). */
  until: number;
}

/** Items to ask of one second source, under its advert's nonce. */
export interface Ask {
  peer: PkiId;
  nonce: bigint;
  items: string[];
}

/**
 * The second sources of items being asked for, as Plumtree keeps the
 * announcers of a message it is waiting for: up to `perItem` adverts per
 * item, oldest first, each used once and only while in date.
 */
export class SecondSources {
  private readonly byItem = new Map<string, Announcement[]>();

  constructor(private readonly perItem: number) {}

  keep(items: readonly string[], announcement: Announcement): void {
    for (const item of items) {
      const list = this.byItem.get(item);
      if (!list) this.byItem.set(item, [announcement]);
      else if (list.length < this.perItem) list.push(announcement);
    }
  }

  /**
   * Takes the next source of each item still in date at `now`, grouped into
   * one request per advert; `unsourced` are the items with none left.
   */
  takeEach(items: readonly string[], now: number): { asks: Ask[]; unsourced: string[] } {
    const byNonce = new Map<bigint, Ask>();
    const unsourced: string[] = [];
    for (const item of items) {
      const next = this.take(item, now);
      if (!next) {
        unsourced.push(item);
        continue;
      }
      const ask = byNonce.get(next.nonce);
      if (ask) ask.items.push(item);
      else byNonce.set(next.nonce, { peer: next.peer, nonce: next.nonce, items: [item] });
    }
    return { asks: [...byNonce.values()], unsourced };
  }

  /** Takes the oldest source of `item` still in date at `now`. */
  private take(item: string, now: number): Announcement | undefined {
    const list = this.byItem.get(item);
    while (list && list.length > 0) {
      const next = list.shift() as Announcement;
      if (list.length === 0) this.byItem.delete(item);
      if (next.until >= now) return next;
    }
    return undefined;
  }

  /** The item arrived or left the store: its sources are not needed. */
  forget(item: string): void {
    this.byItem.delete(item);
  }

  /** Drops sources past their date, so items never received leave nothing behind. */
  prune(now: number): void {
    for (const [item, list] of this.byItem) {
      const live = list.filter((a) => a.until >= now);
      if (live.length === 0) this.byItem.delete(item);
      else if (live.length < list.length) this.byItem.set(item, live);
    }
  }

  clear(): void {
    this.byItem.clear();
  }
}
