import type { Link, LinkHandlers } from '../contracts/index.js';
import type { Runtime } from '../runtime/index.js';

/** What a memory link asks of its network: reachability, delays and the faults it injects. */
export interface MemoryWire {
  readonly runtime: Runtime;
  readonly stats: { frames: number; bytes: number; lost: number };
  reachable(from: string, to: string): boolean;
  delay(from: string, to: string): number;
  transferTime(bytes: number): number;
  /** Whether the next frame is lost (draws only when loss is on). */
  lost(): boolean;
  /** Whether the next frame skips its link's order (draws only when reordering is on). */
  reordered(): boolean;
  /** Whether the next frame is delivered twice (draws only when duplication is on). */
  duplicated(): boolean;
  /** Whether the next close notice is lost (draws only when notice loss is on). */
  noticeLost(): boolean;
  /** How long a link sending to `endpoint` takes to fail when that peer was killed; undefined: never. */
  vanishDetection(endpoint: string): number | undefined;
  forget(link: MemoryLink): void;
}

/** One end of an in-process link; see MemoryNetwork for how frames travel and fail. */
export class MemoryLink implements Link {
  handlers: LinkHandlers | undefined;
  peer: MemoryLink | undefined;
  opened = false;
  closed = false;
  private backlog: Uint8Array[] = [];
  /** When the last in-order frame on this link arrives: later in-order frames never overtake it. */
  private lastArrival = 0;
  private inFlight = 0;
  private vanishNoticed = false;

  constructor(
    private readonly net: MemoryWire,
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
    this.noticeVanish();
    if (!net.reachable(this.local, this.remoteEndpoint) || net.lost()) {
      net.stats.lost++;
      return;
    }
    const now = net.runtime.now();
    const inOrder =
      Math.max(now + net.delay(this.local, this.remoteEndpoint), this.lastArrival) +
      net.transferTime(frame.length);
    // A reordered frame lands at a random moment before its in-order time, ahead of frames still in flight.
    const skips = net.reordered();
    const arrival = skips ? now + net.runtime.random() * (inOrder - now) : inOrder;
    if (!skips) this.lastArrival = inOrder;
    this.inFlight += frame.length;
    net.runtime.setTimeout(() => {
      this.inFlight -= frame.length;
      this.deliver(peer, frame);
    }, arrival - now);
    if (net.duplicated()) {
      const again = arrival - now + net.delay(this.local, this.remoteEndpoint);
      net.runtime.setTimeout(() => this.deliver(peer, frame), again);
    }
  }

  private deliver(peer: MemoryLink, frame: Uint8Array): void {
    const net = this.net;
    if (peer.closed || !net.reachable(this.local, this.remoteEndpoint)) return;
    net.stats.frames++;
    net.stats.bytes += frame.length;
    peer.receive(frame);
  }

  /** Frames to a killed peer are never acknowledged: the link fails when the network is told to notice. */
  private noticeVanish(): void {
    if (this.vanishNoticed) return;
    const after = this.net.vanishDetection(this.remoteEndpoint);
    if (after === undefined) return;
    this.vanishNoticed = true;
    this.net.runtime.setTimeout(() => this.shut('peer vanished'), after);
  }

  receive(frame: Uint8Array): void {
    if (this.handlers) this.handlers.onFrame(frame);
    else this.backlog.push(frame);
  }

  close(reason = 'closed'): void {
    if (this.closed) return;
    this.shut(reason);
    const peer = this.peer;
    // A peer cut off or killed says no goodbye, and a notice may be lost: then the other side never hears of the close.
    if (
      peer &&
      !peer.closed &&
      this.net.reachable(this.local, this.remoteEndpoint) &&
      !this.net.noticeLost()
    ) {
      this.net.runtime.setTimeout(
        () => peer.shut('closed by remote'),
        this.net.delay(this.local, this.remoteEndpoint),
      );
    }
  }

  /** Ends this side only: handlers hear `reason`, the other side hears nothing. */
  shut(reason: string): void {
    if (this.closed) return;
    this.closed = true;
    this.net.forget(this);
    this.handlers?.onClose(reason);
  }
}
