import type { Link, Transport } from '../contracts/index.js';
import type { Runtime } from '../runtime/index.js';
import { DEFAULT_MAX_FRAME_SIZE } from './chunking.js';
import type { DropListener } from './link-drops.js';
import { type WebSocketConstructor, WebSocketLink } from './websocket-link.js';

export interface WebSocketTransportOptions {
  /** This peer's own endpoint (a WebSocket client cannot be dialed back). */
  localEndpoint: string;
  runtime: Runtime;
  /** The WebSocket implementation: globalThis.WebSocket in browsers, the `ws` package in Node. */
  WebSocket?: WebSocketConstructor;
  /** Frames over this size are refused both ways (default 4 MiB; the server enforces its own). */
  maxFrameSize?: number;
  /**
   * Backoff between failed dials to one endpoint: starts at initialMs and doubles up to maxMs
   * (default 250 ms to 4 s: under the engine's handshake deadline for a dialed link, 3 × connTimeout).
   */
  backoff?: { initialMs: number; maxMs: number };
  onDrop?: DropListener;
}

/** A link that lasted this long was a success: the next dial to its endpoint starts without delay. */
const STABLE_LINK_MS = 10_000;
/** The redial backoff's default: a quarter second after the first failure, doubling up to 4 s. */
const DEFAULT_BACKOFF = { initialMs: 250, maxMs: 4000 };

interface DialHistory {
  failures: number;
  notBefore: number;
}

/**
 * The client side of WebSocket links (`ws://` and `wss://` endpoints): a tab
 * or a headless peer reaching the bootstrap server.
 *
 * Reconnecting is the engine's job: it never forgets its bootstrap peers and
 * dials them again when their link closes. This transport only spaces those
 * dials: after a link to an endpoint failed (or closed soon after opening),
 * the next dial to it waits an exponential, jittered backoff before opening
 * its socket, so a server that is down or full is not hammered and one that
 * comes back is found again within the backoff.
 */
export class WebSocketTransport implements Transport {
  readonly localEndpoint: string;
  private readonly runtime: Runtime;
  private readonly WebSocketImpl: WebSocketConstructor | undefined;
  private readonly maxFrameSize: number;
  private readonly backoff: { initialMs: number; maxMs: number };
  private readonly onDrop: DropListener | undefined;
  /** Open and opening links, with when each opened (Infinity while opening). */
  private readonly links = new Map<WebSocketLink, number>();
  private readonly history = new Map<string, DialHistory>();
  private closed = false;

  constructor(options: WebSocketTransportOptions) {
    this.localEndpoint = options.localEndpoint;
    this.runtime = options.runtime;
    this.WebSocketImpl = options.WebSocket ?? (globalThis.WebSocket as WebSocketConstructor | undefined);
    this.maxFrameSize = options.maxFrameSize ?? DEFAULT_MAX_FRAME_SIZE;
    this.backoff = options.backoff ?? DEFAULT_BACKOFF;
    this.onDrop = options.onDrop;
  }

  listen(): void {
    // A WebSocket client accepts no connections: the server's links reach it as its own dials.
  }

  canDial(endpoint: string): boolean {
    return /^wss?:\/\//i.test(endpoint);
  }

  dial(endpoint: string): Link {
    const link = new WebSocketLink(endpoint, {
      maxFrameSize: this.maxFrameSize,
      ...(this.onDrop ? { onDrop: this.onDrop } : {}),
      onOpened: (opened) => this.links.set(opened, this.runtime.now()),
      onClosed: (closed, wasOpen) => this.closedLink(closed, wasOpen),
    });
    this.links.set(link, Number.POSITIVE_INFINITY);
    const Impl = this.WebSocketImpl;
    if (this.closed || !Impl || !this.canDial(endpoint)) {
      const why = this.closed
        ? 'transport closed'
        : Impl
          ? 'not a WebSocket endpoint'
          : 'no WebSocket implementation';
      this.runtime.setTimeout(() => link.close(why), 0);
      return link;
    }
    const record = this.record(endpoint);
    const delay = Math.max(0, record.notBefore - this.runtime.now());
    this.runtime.setTimeout(() => this.connect(link, Impl), delay);
    return link;
  }

  close(): void {
    this.closed = true;
    for (const link of [...this.links.keys()]) link.close('transport closed');
  }

  private connect(link: WebSocketLink, Impl: WebSocketConstructor): void {
    if (this.closed || !this.links.has(link)) return;
    try {
      link.adopt(new Impl(link.remoteEndpoint));
    } catch (err) {
      link.close(`cannot open: ${err instanceof Error ? err.message : String(err)}`);
    }
  }

  private record(endpoint: string): DialHistory {
    let record = this.history.get(endpoint);
    if (!record) {
      record = { failures: 0, notBefore: 0 };
      this.history.set(endpoint, record);
    }
    return record;
  }

  private closedLink(link: WebSocketLink, wasOpen: boolean): void {
    const openedAt = this.links.get(link) ?? Number.POSITIVE_INFINITY;
    this.links.delete(link);
    const record = this.history.get(link.remoteEndpoint);
    if (!record) return;
    const now = this.runtime.now();
    if (wasOpen && now - openedAt >= STABLE_LINK_MS) {
      record.failures = 0;
      record.notBefore = now;
      return;
    }
    record.failures++;
    const base = Math.min(this.backoff.maxMs, this.backoff.initialMs * 2 ** (record.failures - 1));
    record.notBefore = now + base * (0.5 + 0.5 * this.runtime.random());
  }
}
