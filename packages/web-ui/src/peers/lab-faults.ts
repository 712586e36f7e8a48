import type { ChannelBinding, Link, LinkHandlers, PkiId, Runtime, Transport } from '@webgossip/core';

/** The two sides of a partition. */
export type LabGroup = 'A' | 'B';

export interface LabFaultSettings {
  /** Share of frames lost, 0..1. */
  loss: number;
  /** Extra one-way delay per frame, in ms. */
  latencyMs: number;
}

/** Frames the fault layer took away, by why. */
export interface LabFaultStats {
  /** Lost at random (the loss setting). */
  lost: number;
  /** Sent across the partition. */
  cut: number;
}

/**
 * Faults injected on the links between the peers of one tab, whatever
 * carries them (WebRTC in network mode, the in-page network in memory mode):
 * every frame one of them sends to another is lost with probability `loss`,
 * arrives `latencyMs` later (in order), and does not arrive at all while
 * sender and receiver sit in different groups of a partition. Links to peers
 * outside the tab (the bootstrap server, other tabs) are left alone, so a
 * partition cuts the tab's peers apart while the server still relays
 * membership between them, as a partial network failure would.
 *
 * Like the in-memory network, the layer acts at the sender: each frame is
 * judged once, and a partition leaves links open but silent.
 */
export class LabFaults {
  private current: LabFaultSettings = { loss: 0, latencyMs: 0 };
  private readonly peerAt = new Map<string, PkiId>();
  private groups: Map<PkiId, LabGroup> | undefined;
  readonly stats: LabFaultStats = { lost: 0, cut: 0 };

  constructor(private readonly runtime: Pick<Runtime, 'now' | 'setTimeout' | 'random'>) {}

  get settings(): LabFaultSettings {
    return this.current;
  }

  /** Changes loss or latency for frames sent from now on. */
  configure(settings: Partial<LabFaultSettings>): void {
    const loss = Math.min(Math.max(settings.loss ?? this.current.loss, 0), 1);
    const latencyMs = Math.max(settings.latencyMs ?? this.current.latencyMs, 0);
    this.current = { loss, latencyMs };
  }

  /** Splits the tab's peers into groups A and B; peers in neither group are cut off from both. */
  partition(groupA: readonly PkiId[], groupB: readonly PkiId[]): void {
    const groups = new Map<PkiId, LabGroup>();
    for (const id of groupA) groups.set(id, 'A');
    for (const id of groupB) groups.set(id, 'B');
    this.groups = groups;
  }

  /** Puts a peer into a group of the partition in force (a peer started during it). */
  assign(pkiId: PkiId, group: LabGroup): void {
    this.groups?.set(pkiId, group);
  }

  heal(): void {
    this.groups = undefined;
  }

  get partitioned(): boolean {
    return this.groups !== undefined;
  }

  /** The peer's group while partitioned, else undefined. */
  groupOf(pkiId: PkiId): LabGroup | undefined {
    return this.groups?.get(pkiId);
  }

  /** Records that `endpoint` is a peer of this tab; only frames between such endpoints are touched. */
  bind(endpoint: string, pkiId: PkiId): void {
    this.peerAt.set(endpoint, pkiId);
  }

  unbind(endpoint: string): void {
    this.peerAt.delete(endpoint);
  }

  /** The layer to put over one peer's transport. */
  readonly wrap = (transport: Transport): Transport => new FaultyTransport(this, transport);

  /** @internal Whether a frame between two endpoints is subject to the faults at all. */
  applies(from: string, to: string): boolean {
    return this.peerAt.has(from) && this.peerAt.has(to);
  }

  /** @internal Whether the partition in force separates the two endpoints' peers. */
  cut(from: string, to: string): boolean {
    if (!this.groups) return false;
    const a = this.peerAt.get(from);
    const b = this.peerAt.get(to);
    if (a === undefined || b === undefined) return false;
    const groupA = this.groups.get(a);
    return groupA === undefined || groupA !== this.groups.get(b);
  }

  /** @internal */
  lose(): boolean {
    return this.current.loss > 0 && this.runtime.random() < this.current.loss;
  }

  /** @internal */
  now(): number {
    return this.runtime.now();
  }

  /** @internal */
  later(fn: () => void, delayMs: number): void {
    this.runtime.setTimeout(fn, delayMs);
  }
}

class FaultyTransport implements Transport {
  constructor(
    private readonly faults: LabFaults,
    private readonly inner: Transport,
  ) {}

  get localEndpoint(): string {
    return this.inner.localEndpoint;
  }

  listen(onLink: (link: Link) => void): void {
    this.inner.listen((link) => onLink(new FaultyLink(this.faults, this.inner.localEndpoint, link)));
  }

  /** A dial across the partition fails at once, as on the in-memory network: no connection is even tried. */
  dial(endpoint: string): Link {
    const local = this.inner.localEndpoint;
    if (this.faults.cut(local, endpoint)) {
      this.faults.stats.cut++;
      return new CutLink(endpoint);
    }
    return new FaultyLink(this.faults, local, this.inner.dial(endpoint));
  }

  canDial(endpoint: string): boolean {
    return this.inner.canDial(endpoint);
  }

  close(): void {
    this.inner.close();
  }
}

class FaultyLink implements Link {
  /** Bytes held back by the latency setting, not yet handed to the inner link. */
  private delayed = 0;
  /** When the last delayed frame goes out: later frames never overtake it. */
  private lastDue = 0;

  constructor(
    private readonly faults: LabFaults,
    private readonly local: string,
    private readonly inner: Link,
  ) {}

  get remoteEndpoint(): string {
    return this.inner.remoteEndpoint;
  }

  get open(): boolean {
    return this.inner.open;
  }

  get binding(): ChannelBinding | null {
    return this.inner.binding;
  }

  get bufferedAmount(): number {
    return this.inner.bufferedAmount + this.delayed;
  }

  attach(handlers: LinkHandlers): void {
    this.inner.attach(handlers);
  }

  send(frame: Uint8Array): void {
    const { faults, local, inner } = this;
    const remote = inner.remoteEndpoint;
    if (!faults.applies(local, remote)) {
      inner.send(frame);
      return;
    }
    if (faults.cut(local, remote)) {
      faults.stats.cut++;
      return;
    }
    if (faults.lose()) {
      faults.stats.lost++;
      return;
    }
    const latency = faults.settings.latencyMs;
    if (latency <= 0 && this.delayed === 0) {
      inner.send(frame);
      return;
    }
    const now = faults.now();
    const due = Math.max(now + latency, this.lastDue);
    this.lastDue = due;
    this.delayed += frame.length;
    faults.later(() => {
      this.delayed -= frame.length;
      // A partition that began while the frame was on its way stops it too.
      if (faults.cut(local, remote)) {
        faults.stats.cut++;
        return;
      }
      inner.send(frame);
    }, due - now);
  }

  close(reason?: string): void {
    this.inner.close(reason);
  }
}

/** A link dialed across the partition: it reports its close as soon as it is attached. */
class CutLink implements Link {
  readonly open = false;
  readonly binding = null;
  readonly bufferedAmount = 0;

  constructor(readonly remoteEndpoint: string) {}

  attach(handlers: LinkHandlers): void {
    queueMicrotask(() => handlers.onClose('unreachable: lab partition'));
  }

  send(): void {}

  close(): void {}
}
