import { createVirtualRuntime, type PkiId, presets, sample, type VirtualRuntime } from '@webgossip/core';
import { type PullAdapter, PullEngine, type PullMessageKind } from '../../src/pull/engine-index.js';

export type WireKind = 'hello' | 'digest' | 'request' | 'response';

export interface Wire {
  at: number;
  from: PkiId;
  to: PkiId;
  kind: WireKind;
  nonce: bigint;
  items: string[];
}

export interface Drop {
  at: PkiId;
  from: PkiId;
  kind: PullMessageKind;
}

export interface PullNetOptions {
  seed?: number;
  peers: number;
  /** Peers asked per round (pullPeerNum). */
  fanout?: number;
  latencyMs?: number;
  jitterMs?: number;
  /** Owners asked per missing item (default: the webgossip preset's). */
  ownersPerItem?: number;
}

export const pullConfig = {
  pullInterval: presets.webgossip.pullInterval,
  digestWaitTime: presets.webgossip.digestWaitTime,
  requestWaitTime: presets.webgossip.requestWaitTime,
  responseWaitTime: presets.webgossip.responseWaitTime,
  advertRetryTime: presets.webgossip.advertRetryTime,
  pullOwnersPerItem: presets.webgossip.pullOwnersPerItem,
};

export const peerId = (i: number) => i.toString(16).padStart(8, '0') as PkiId;

/**
 * Pull engines wired to each other by an in-test router: every send becomes
 * the receiver's on* call after a latency, and an Update's items are stored
 * the way a binding would (only when onResponse says the nonce is live).
 */
export class PullNet {
  readonly runtime: VirtualRuntime;
  readonly ids: PkiId[];
  readonly engines = new Map<PkiId, PullEngine>();
  readonly wires: Wire[] = [];
  readonly drops: Drop[] = [];
  private readonly fanout: number;
  private readonly latencyMs: number;
  private readonly jitterMs: number;

  constructor(options: PullNetOptions) {
    this.runtime = createVirtualRuntime({ seed: options.seed ?? 7 });
    this.fanout = options.fanout ?? 3;
    this.latencyMs = options.latencyMs ?? 20;
    this.jitterMs = options.jitterMs ?? 10;
    this.ids = Array.from({ length: options.peers }, (_, i) => peerId(i + 1));
    for (const id of this.ids) {
      this.engines.set(
        id,
        new PullEngine({
          runtime: this.runtime,
          config: { ...pullConfig, pullOwnersPerItem: options.ownersPerItem ?? pullConfig.pullOwnersPerItem },
          adapter: this.adapter(id),
        }),
      );
    }
  }

  engine(id: PkiId): PullEngine {
    const engine = this.engines.get(id);
    if (!engine) throw new Error(`no engine ${id}`);
    return engine;
  }

  everyoneHas(items: readonly string[]): boolean {
    return [...this.engines.values()].every((engine) => items.every((item) => engine.has(item)));
  }

  private adapter(self: PkiId): PullAdapter {
    return {
      selectPeers: () =>
        sample(
          this.runtime,
          this.ids.filter((id) => id !== self),
          this.fanout,
        ),
      hello: (to, nonce) => this.deliver(self, to, 'hello', nonce, []),
      sendDigest: (to, nonce, items) => this.deliver(self, to, 'digest', nonce, items),
      sendRequest: (to, nonce, items) => this.deliver(self, to, 'request', nonce, items),
      sendResponse: (to, nonce, items) => this.deliver(self, to, 'response', nonce, items),
      dropped: (_reason, from, kind) => this.drops.push({ at: self, from, kind }),
    };
  }

  private deliver(from: PkiId, to: PkiId, kind: WireKind, nonce: bigint, items: string[]): void {
    this.wires.push({ at: this.runtime.now(), from, to, kind, nonce, items: [...items] });
    const delay = this.latencyMs + this.runtime.random() * this.jitterMs;
    this.runtime.setTimeout(() => receive(this.engine(to), from, kind, nonce, items), delay);
  }
}

/** What a binding does with each pull message it receives. */
export function receive(
  engine: PullEngine,
  from: PkiId,
  kind: WireKind,
  nonce: bigint,
  items: string[],
): void {
  switch (kind) {
    case 'hello':
      engine.onHello(from, nonce);
      return;
    case 'digest':
      engine.onDigest(from, nonce, items);
      return;
    case 'request':
      engine.onRequest(from, nonce, items);
      return;
    case 'response':
      if (engine.onResponse(from, nonce)) for (const item of items) engine.add(item);
      return;
  }
}

/** An adapter that only records what the engine sends, for driving one engine by hand. */
export function recordingAdapter(peers: PkiId[] = []) {
  const sent: Omit<Wire, 'at' | 'from'>[] = [];
  const drops: { from: PkiId; kind: PullMessageKind }[] = [];
  const adapter: PullAdapter = {
    selectPeers: () => peers,
    hello: (to, nonce) => sent.push({ to, kind: 'hello', nonce, items: [] }),
    sendDigest: (to, nonce, items) => sent.push({ to, kind: 'digest', nonce, items: [...items] }),
    sendRequest: (to, nonce, items) => sent.push({ to, kind: 'request', nonce, items: [...items] }),
    sendResponse: (to, nonce, items) => sent.push({ to, kind: 'response', nonce, items: [...items] }),
    dropped: (_reason, from, kind) => drops.push({ from, kind }),
  };
  return { adapter, sent, drops };
}
