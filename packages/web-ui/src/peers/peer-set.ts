import type { ChannelId, PkiId } from '@webgossip/core';
import type { PeerModel } from './peer-model.js';

const RENDER_THROTTLE_MS = 200;
const TICK_MS = 1000;

/** Transactions produced on a timer, from one peer into one channel. */
export interface AutoProduce {
  pkiId: PkiId;
  channel: ChannelId;
  intervalMs: number;
  sent: number;
}

/** What the peer set needs of the document: whether it is hidden, and word when that changes. */
export interface PageVisibility {
  readonly hidden: boolean;
  addEventListener(type: 'visibilitychange', listener: () => void): void;
}

/**
 * The set of peers this tab runs (its own first, then lab peers), which one
 * the panels show, and a change signal for React, throttled so a burst of
 * gossip events causes one render, and held back while the document is
 * hidden (a hidden dashboard renders nothing; it catches up once shown).
 */
export class PeerSet {
  private models: PeerModel[] = [];
  private viewed: PkiId | undefined;
  private version = 0;
  private readonly listeners = new Set<() => void>();
  private pendingRender: ReturnType<typeof setTimeout> | undefined;
  private readonly ticker: ReturnType<typeof setInterval>;
  private auto: { state: AutoProduce; timer: ReturnType<typeof setInterval> } | undefined;
  /** A change signalled while the document was hidden, to be told when it shows again. */
  private missed = false;

  constructor(private readonly page: PageVisibility | undefined = globalThis.document) {
    this.ticker = setInterval(() => {
      const now = Date.now();
      for (const model of this.models) model.tick(now);
      this.changed();
    }, TICK_MS);
    page?.addEventListener('visibilitychange', () => {
      if (page.hidden || !this.missed) return;
      this.missed = false;
      this.changed();
    });
  }

  /** For usePeersVersion (and useSyncExternalStore). */
  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getVersion = (): number => this.version;

  /** Signals a change; listeners hear of it once per throttle window. */
  readonly changed = (): void => {
    if (this.page?.hidden) {
      this.missed = true;
      return;
    }
    if (this.pendingRender !== undefined) return;
    this.pendingRender = setTimeout(() => {
      this.pendingRender = undefined;
      if (this.page?.hidden) {
        this.missed = true;
        return;
      }
      this.version++;
      for (const listener of this.listeners) listener();
    }, RENDER_THROTTLE_MS);
  };

  all(): readonly PeerModel[] {
    return this.models;
  }

  main(): PeerModel | undefined {
    return this.models.find((model) => model.main);
  }

  lab(): PeerModel[] {
    return this.models.filter((model) => !model.main);
  }

  isInTab(pkiId: PkiId): boolean {
    return this.models.some((model) => model.pkiId === pkiId && !model.stopped);
  }

  /** The peer the panels show: the chosen one, else the tab's own. */
  current(): PeerModel | undefined {
    return this.models.find((model) => model.pkiId === this.viewed) ?? this.main() ?? this.models[0];
  }

  view(pkiId: PkiId): void {
    this.viewed = pkiId;
    this.changed();
  }

  add(model: PeerModel): void {
    this.models = [...this.models.filter((m) => m.pkiId !== model.pkiId), model];
    this.changed();
  }

  /** Crashes and forgets a peer (a lab peer being removed, or the tab's peer before a restart). */
  remove(model: PeerModel): void {
    model.crash();
    this.models = this.models.filter((m) => m !== model);
    if (this.auto?.state.pkiId === model.pkiId) this.stopAutoProduce();
    this.changed();
  }

  autoProduce(): AutoProduce | undefined {
    return this.auto?.state;
  }

  startAutoProduce(model: PeerModel, channel: ChannelId, intervalMs: number, makeTx: () => Uint8Array): void {
    this.stopAutoProduce();
    const state: AutoProduce = { pkiId: model.pkiId, channel, intervalMs, sent: 0 };
    const timer = setInterval(() => {
      if (model.stopped || !model.gossip.channels().includes(channel)) return;
      model.gossip.submitTransaction(channel, makeTx());
      state.sent++;
    }, intervalMs);
    this.auto = { state, timer };
    this.changed();
  }

  stopAutoProduce(): void {
    if (!this.auto) return;
    clearInterval(this.auto.timer);
    this.auto = undefined;
    this.changed();
  }

  close(): void {
    clearInterval(this.ticker);
    this.stopAutoProduce();
    for (const model of this.models) model.crash();
  }
}
