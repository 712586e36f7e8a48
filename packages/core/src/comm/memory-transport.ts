import type { Link, Transport } from '../contracts/index.js';
import type { Runtime } from '../runtime/index.js';
import { MemoryLink, type MemoryWire } from './memory-link.js';

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
  /** Share of frames delivered twice, 0..1 (default 0); the copy comes one hop delay after the frame. */
  duplicate?: number;
  /**
   * Share of frames that leave their link's order, 0..1 (default 0): such a
   * frame lands at a random moment before its in-order arrival, so it may
   * overtake frames sent before it that are still in flight.
   */
  reorder?: number;
  /** Share of close notices lost, 0..1 (default 0): the closing side alone learns of the close. */
  closeNoticeLoss?: number;
  /**
   * When set, a link that sends to a killed peer fails ('peer vanished') this
   * many ms after its first such frame, as a TCP or SCTP sender gives up on
   * data that is never acknowledged. Unset (the default), such a link stays
   * open and silent: only the engine's own probes find the dead peer.
   */
  vanishDetectionMs?: number;
}

type Settings = Required<Omit<MemoryNetworkOptions, 'latency' | 'vanishDetectionMs'>> &
  Pick<MemoryNetworkOptions, 'latency' | 'vanishDetectionMs'>;

/** A one-way cut: frames from `from` to `to` are dropped. */
interface Cut {
  from: ReadonlySet<string>;
  to: ReadonlySet<string>;
}

/**
 * An in-process network on the injected runtime, for unit tests and the
 * simulator. Frames arrive after a latency, in order per link. Faults, each
 * drawn from the runtime's seeded randomness (and drawing nothing while off),
 * each healable:
 *
 * - loss (`loss`), duplicates (`duplicate`) and reordering (`reorder`), shares
 *   of frames set in the options or changed with `configure`;
 * - symmetric partitions (`partition`) and one-way cuts (`cut`: X to Y
 *   dropped, Y to X delivered), both removed by `heal`; a link cannot be
 *   opened across a cut in either direction, as a handshake needs both;
 * - latency per pair of endpoints changed at run time (`setLatency`,
 *   `clearLatency`), beside the `latency` function of the options;
 * - a peer killed without a goodbye (`kill`, undone by `revive`): nothing it
 *   sends or is sent arrives, and no link learns of it unless
 *   `vanishDetectionMs` is set;
 * - closes only one side learns of: `closeOneSided`, or a share of every
 *   close notice lost (`closeNoticeLoss`). The side left open keeps a link
 *   whose frames go nowhere.
 */
export class MemoryNetwork implements MemoryWire {
  private readonly listeners = new Map<string, (link: Link) => void>();
  private readonly killed = new Set<string>();
  private readonly groups = new Map<string, number>();
  private cuts: Cut[] = [];
  private readonly fixedLatency = new Map<string, number>();
  /** Open links by their local endpoint, so a transport closes its own without a walk over all. */
  private readonly links = new Map<string, Set<MemoryLink>>();
  private options: Settings;
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
      duplicate: options.duplicate ?? 0,
      reorder: options.reorder ?? 0,
      closeNoticeLoss: options.closeNoticeLoss ?? 0,
      ...(options.latency ? { latency: options.latency } : {}),
      ...(options.vanishDetectionMs !== undefined ? { vanishDetectionMs: options.vanishDetectionMs } : {}),
    };
  }

  /** Changes any option for frames sent (and links closed) from now on. */
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

  /** Drops every frame from an endpoint in `from` to one in `to`; frames the other way still pass. */
  cut(from: readonly string[], to: readonly string[]): void {
    this.cuts.push({ from: new Set(from), to: new Set(to) });
  }

  /** Removes every partition and every cut. */
  heal(): void {
    this.groups.clear();
    this.cuts = [];
  }

  /** Frames between `a` and `b`, both ways, take `ms` from now on, whatever the other latency options say. */
  setLatency(a: string, b: string, ms: number): void {
    if (!(ms >= 0)) throw new RangeError(`latency must be >= 0, got ${ms}`);
    this.fixedLatency.set(pairKey(a, b), ms);
  }

  /** Gives the pair back to the latency options; without arguments, every pair. */
  clearLatency(a?: string, b?: string): void {
    if (a === undefined || b === undefined) this.fixedLatency.clear();
    else this.fixedLatency.delete(pairKey(a, b));
  }

  /** Closes the links between `endpoint` and `remote` on `endpoint`'s side only: `remote` is never told. */
  closeOneSided(endpoint: string, remote: string, reason = 'closed'): void {
    for (const link of [...(this.links.get(endpoint) ?? [])]) {
      if (link.remoteEndpoint === remote) link.shut(reason);
    }
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
      if (!accept || !this.reachable(from, to) || !this.reachable(to, from) || local.closed) {
        local.shut('unreachable');
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
    if (this.cuts.length > 0 && this.cuts.some((cut) => cut.from.has(from) && cut.to.has(to))) return false;
    return (this.groups.get(from) ?? 0) === (this.groups.get(to) ?? 0);
  }

  /** @internal */
  delay(from: string, to: string): number {
    if (this.fixedLatency.size > 0) {
      const fixed = this.fixedLatency.get(pairKey(from, to));
      if (fixed !== undefined) return fixed;
    }
    const { latency, latencyMs, jitterMs } = this.options;
    if (latency) return Math.max(0, latency(from, to));
    return Math.max(0, latencyMs + (this.runtime.random() * 2 - 1) * jitterMs);
  }

  /** @internal */
  lost(): boolean {
    return this.chance(this.options.loss);
  }

  /** @internal */
  reordered(): boolean {
    return this.chance(this.options.reorder);
  }

  /** @internal */
  duplicated(): boolean {
    return this.chance(this.options.duplicate);
  }

  /** @internal */
  noticeLost(): boolean {
    return this.chance(this.options.closeNoticeLoss);
  }

  /** @internal */
  vanishDetection(endpoint: string): number | undefined {
    return this.killed.has(endpoint) ? this.options.vanishDetectionMs : undefined;
  }

  /** @internal */
  transferTime(bytes: number): number {
    return bytes / this.options.bandwidthBytesPerMs;
  }

  /** A draw only when the share is on, so runs without a fault draw exactly what they drew before it existed. */
  private chance(share: number): boolean {
    return share > 0 && this.runtime.random() < share;
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

function pairKey(a: string, b: string): string {
  return a < b ? `${a}\n${b}` : `${b}\n${a}`;
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
