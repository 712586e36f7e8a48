import type { Runtime } from '../runtime/index.js';
import type { Link, LinkHandlers, Transport } from './transport.js';

export interface MemoryNetworkOptions {
  /** One-hop latency in ms (default 1). */
  latencyMs?: number;
  /** Uniform jitter of ± this many ms (default 0). */
  jitterMs?: number;
  /** Share of frames lost, 0..1 (default 0). */
  loss?: number;
  /** A latency per frame for a pair of endpoints, overriding latencyMs and jitterMs. */
  latency?: (from: string, to: string) => number;
  /** Bytes per ms a link carries (default unlimited); frames queue behind each other. */
  bandwidthBytesPerMs?: number;
}

/**
 * An in-process network on the injected runtime: frames arrive after a
 * latency, in order per link, and may be lost; sets of peers can be cut off
 * from each other and healed, and a peer can be killed without a goodbye.
 * For unit tests and the simulator.
 */
export class MemoryNetwork {
  private readonly listeners = new Map<string, (link: Link) => void>();
  private readonly killed = new Set<string>();
  private readonly groups = new Map<string, number>();
  /** Open links by their local endpoint, so a transport closes its own without a walk over all. */
  private readonly links = new Map<string, Set<MemoryLink>>();
  private options: Required<Omit<MemoryNetworkOptions, 'latency'>> & Pick<MemoryNetworkOptions, 'latency'>;
  /** Frames delivered and lost, for the simulator's accounting. */
  readonly stats = { frames: 0, bytes: 0, lost: 0 };

  constructor(
    readonly runtime: Runtime,
    options: MemoryNetworkOptions = {},
  ) {
    this.options = {
      latencyMs: options.latencyMs ?? 1,
      jitterMs: options.jitterMs ?? 0,
      loss: options.loss ?? 0,
      bandwidthBytesPerMs: options.bandwidthBytesPerMs ?? Number.POSITIVE_INFINITY,
      ...(options.latency ? { latency: options.latency } : {}),
    };
  }

  /** Changes latency, jitter or loss for frames sent from now on. */
  configure(options: MemoryNetworkOptions): void {
    this.options = { ...this.options, ...options };
  }

  transport(endpoint: string): Transport {
    return new MemoryTransport(this, endpoint);
  }

  /** Splits the network: peers in different groups can no longer reach each other. */
  partition(...groups: string[][]): void {
    this.groups.clear();
    groups.forEach((group, index) => {
      for (const endpoint of group) this.groups.set(endpoint, index + 1);
    });
  }

  /** Removes every partition. */
  heal(): void {
    this.groups.clear();
  }

  /** The peer vanishes: nothing it sends or is sent arrives, and no link learns of it. */
  kill(endpoint: string): void {
    this.killed.add(endpoint);
    this.listeners.delete(endpoint);
  }

  /** A killed endpoint may be used again (a restart). */
  revive(endpoint: string): void {
    this.killed.delete(endpoint);
  }

  /** @internal */
  register(endpoint: string, onLink: (link: Link) => void): void {
    this.listeners.set(endpoint, onLink);
  }

  /** @internal */
  unregister(endpoint: string): void {
    this.listeners.delete(endpoint);
    for (const link of [...(this.links.get(endpoint) ?? [])]) link.close('transport closed');
  }

  /** @internal */
  connect(from: string, to: string): MemoryLink {
    const local = new MemoryLink(this, from, to);
    this.track(local);
    const deliver = () => {
      const accept = this.listeners.get(to);
      if (!accept || !this.reachable(from, to) || local.closed) {
        local.fail('unreachable');
        return;
      }
      const remote = new MemoryLink(this, to, from);
      this.track(remote);
      local.peer = remote;
      remote.peer = local;
      remote.opened = true;
      local.opened = true;
      accept(remote);
      local.handlers?.onOpen();
    };
    this.runtime.setTimeout(deliver, this.delay(from, to));
    return local;
  }

  /** @internal */
  reachable(from: string, to: string): boolean {
    if (this.killed.has(from) || this.killed.has(to)) return false;
    return (this.groups.get(from) ?? 0) === (this.groups.get(to) ?? 0);
  }

  /** @internal */
  delay(from: string, to: string): number {
    const { latency, latencyMs, jitterMs } = this.options;
    if (latency) return Math.max(0, latency(from, to));
    return Math.max(0, latencyMs + (this.runtime.random() * 2 - 1) * jitterMs);
  }

  /** @internal */
  lost(): boolean {
    return this.options.loss > 0 && this.runtime.random() < this.options.loss;
  }

  /** @internal */
  transferTime(bytes: number): number {
    return bytes / this.options.bandwidthBytesPerMs;
  }

  private track(link: MemoryLink): void {
    let own = this.links.get(link.local);
    if (!own) {
      own = new Set();
      this.links.set(link.local, own);
    }
    own.add(link);
  }

  /** @internal */
  forget(link: MemoryLink): void {
    const own = this.links.get(link.local);
    own?.delete(link);
    if (own?.size === 0) this.links.delete(link.local);
  }
}

class MemoryTransport implements Transport {
  constructor(
    private readonly net: MemoryNetwork,
    readonly localEndpoint: string,
  ) {}

  listen(onLink: (link: Link) => void): void {
    this.net.revive(this.localEndpoint);
    this.net.register(this.localEndpoint, onLink);
  }

  dial(endpoint: string): Link {
    return this.net.connect(this.localEndpoint, endpoint);
  }

  canDial(endpoint: string): boolean {
    return endpoint !== this.localEndpoint;
  }

  close(): void {
    this.net.unregister(this.localEndpoint);
  }
}

class MemoryLink implements Link {
  handlers: LinkHandlers | undefined;
  peer: MemoryLink | undefined;
  opened = false;
  closed = false;
  private backlog: Uint8Array[] = [];
  /** When the last frame on this link arrives: later frames never overtake it. */
  private lastArrival = 0;
  private inFlight = 0;

  constructor(
    private readonly net: MemoryNetwork,
    readonly local: string,
    readonly remoteEndpoint: string,
  ) {}

  get open(): boolean {
    return this.opened && !this.closed;
  }

  readonly binding = null;

  get bufferedAmount(): number {
    return this.inFlight;
  }

  attach(handlers: LinkHandlers): void {
    this.handlers = handlers;
    const backlog = this.backlog;
    this.backlog = [];
    for (const frame of backlog) handlers.onFrame(frame);
  }

  send(frame: Uint8Array): void {
    const peer = this.peer;
    if (!this.open || !peer) return;
    const net = this.net;
    if (!net.reachable(this.local, this.remoteEndpoint) || net.lost()) {
      net.stats.lost++;
      return;
    }
    const now = net.runtime.now();
    const arrival =
      Math.max(now + net.delay(this.local, this.remoteEndpoint), this.lastArrival) +
      net.transferTime(frame.length);
    this.lastArrival = arrival;
    this.inFlight += frame.length;
    net.runtime.setTimeout(() => {
      this.inFlight -= frame.length;
      if (peer.closed || !net.reachable(this.local, this.remoteEndpoint)) return;
      net.stats.frames++;
      net.stats.bytes += frame.length;
      peer.receive(frame);
    }, arrival - now);
  }

  receive(frame: Uint8Array): void {
    if (this.handlers) this.handlers.onFrame(frame);
    else this.backlog.push(frame);
  }

  close(reason = 'closed'): void {
    if (this.closed) return;
    this.shut(reason);
    const peer = this.peer;
    // A peer cut off or killed says no goodbye: the other side never hears of the close.
    if (peer && !peer.closed && this.net.reachable(this.local, this.remoteEndpoint)) {
      this.net.runtime.setTimeout(
        () => peer.shut('closed by remote'),
        this.net.delay(this.local, this.remoteEndpoint),
      );
    }
  }

  fail(reason: string): void {
    this.shut(reason);
  }

  shut(reason: string): void {
    if (this.closed) return;
    this.closed = true;
    this.net.forget(this);
    this.handlers?.onClose(reason);
  }
}
