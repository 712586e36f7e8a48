import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { CloseCode, type Link, type Transport, WebSocketLink } from '@webgossip/core';
import { type WebSocket, WebSocketServer } from 'ws';
import { AddressCounter, TokenBucket } from './limits.js';
import type { ConnectionRefusal, ServerMetrics } from './metrics.js';
import type { ServerLimits } from './options.js';

export interface WsListenerOptions {
  /** The endpoint peers reach this server at, ws://host:port/ws. */
  localEndpoint: string;
  limits: ServerLimits;
  metrics: ServerMetrics;
  /** Told of each connection refused or closed by a limit, once per connection, for the log. */
  onRefusal?: (reason: ConnectionRefusal | 'oversize' | 'not-binary', address: string) => void;
  /** Told when a connection closed by a limit is gone, with the frames it sent after (dropped unread). */
  onRefusedGone?: (reason: ConnectionRefusal, address: string, framesDropped: number) => void;
}

/** How long a connection closed by a limit has to finish the close handshake before its socket is cut. */
const CLOSE_GRACE_MS = 1000;

interface Connection {
  link: WebSocketLink;
  ws: WebSocket;
  address: string;
  alive: boolean;
  /** The limit this connection was closed by, and the frames it sent after, dropped unread. */
  refused?: { reason: ConnectionRefusal; framesAfter: number };
}

/**
 * The server's side of WebSocket links: every accepted connection at /ws is
 * an inbound Link for the gossip engine. The limits live here, each with its
 * own close code and reason, and each counted: too many connections (1013),
 * too many from one address, a disallowed Origin or a frame flood (1008),
 * frames over the size limit (1009), and connections that stop answering
 * pings (dropped). The server dials nobody: tabs are reached over the links
 * they opened.
 */
export class WsListenerTransport implements Transport {
  readonly localEndpoint: string;
  private readonly wss: WebSocketServer;
  private readonly connections = new Set<Connection>();
  private readonly perAddress = new AddressCounter();
  private readonly heartbeat: ReturnType<typeof setInterval>;
  private onLink: ((link: Link) => void) | undefined;

  constructor(private readonly options: WsListenerOptions) {
    this.localEndpoint = options.localEndpoint;
    this.wss = new WebSocketServer({ noServer: true, maxPayload: options.limits.maxFrameSize });
    this.heartbeat = setInterval(() => this.checkIdle(), Math.max(100, options.limits.idleTimeoutMs / 2));
    this.heartbeat.unref();
  }

  /** Takes over an HTTP upgrade request for /ws. */
  handleUpgrade(request: IncomingMessage, socket: Duplex, head: Buffer): void {
    this.wss.handleUpgrade(request, socket, head, (ws) => this.accept(ws, request));
  }

  listen(onLink: (link: Link) => void): void {
    this.onLink = onLink;
  }

  canDial(): boolean {
    return false;
  }

  dial(endpoint: string): Link {
    const link = new WebSocketLink(endpoint, { maxFrameSize: 0 });
    setTimeout(() => link.close('the server dials nobody'), 0);
    return link;
  }

  close(): void {
    clearInterval(this.heartbeat);
    for (const connection of [...this.connections])
      connection.link.closeWith(CloseCode.goingAway, 'server shutting down');
    this.wss.close();
  }

  get size(): number {
    return this.connections.size;
  }

  private accept(ws: WebSocket, request: IncomingMessage): void {
    const address = request.socket.remoteAddress ?? 'unknown';
    const refusal = this.admission(address, request.headers.origin);
    if (refusal) {
      this.refuse(refusal.reason, address);
      ws.close(refusal.code, refusal.text);
      return;
    }
    const { limits, metrics } = this.options;
    const port = request.socket.remotePort ?? 0;
    const link = new WebSocketLink(`${address}:${port}`, {
      maxFrameSize: limits.maxFrameSize,
      onDrop: (reason) => {
        if (reason === 'not-open') return;
        metrics.frameDropped(reason);
        if (reason === 'oversize' || reason === 'not-binary') this.options.onRefusal?.(reason, address);
      },
    });
    const connection: Connection = { link, ws, address, alive: true };
    this.connections.add(connection);
    this.perAddress.add(address);
    metrics.socketOpened();
    this.police(ws, connection);
    link.adopt(ws);
    if (this.onLink) this.onLink(link);
    else link.closeWith(CloseCode.tryAgainLater, 'server starting');
  }

  private admission(address: string, origin: string | undefined) {
    const { limits } = this.options;
    if (limits.origins.length > 0 && !limits.origins.includes(origin ?? '')) {
      return { reason: 'origin-not-allowed', code: CloseCode.policy, text: 'origin not allowed' } as const;
    }
    if (this.connections.size >= limits.maxConnections) {
      return { reason: 'server-full', code: CloseCode.tryAgainLater, text: 'server full' } as const;
    }
    if (this.perAddress.count(address) >= limits.maxPerIp) {
      return {
        reason: 'too-many-from-address',
        code: CloseCode.policy,
        text: 'too many connections from this address',
      } as const;
    }
    return undefined;
  }

  /** Rate limit, oversize accounting, liveness and cleanup; registered before the link's own listeners. */
  private police(ws: WebSocket, connection: Connection): void {
    const { limits, metrics } = this.options;
    const bucket = new TokenBucket(limits.rate, limits.rate * 2, Date.now());
    ws.on('message', () => {
      connection.alive = true;
      if (connection.refused) {
        connection.refused.framesAfter++;
        metrics.frameDropped(connection.refused.reason);
        return;
      }
      if (bucket.take(Date.now())) return;
      metrics.frameDropped('rate-limit');
      this.closeByLimit(connection, 'rate-limit', CloseCode.policy, 'rate limit exceeded');
    });
    ws.on('pong', () => {
      connection.alive = true;
    });
    ws.on('error', (error: Error & { code?: string }) => {
      // ws closes with 1009 by itself when a frame exceeds maxPayload.
      if (error.code === 'WS_ERR_UNSUPPORTED_MESSAGE_LENGTH') {
        metrics.frameDropped('oversize');
        this.options.onRefusal?.('oversize', connection.address);
      }
    });
    ws.on('close', () => {
      if (!this.connections.delete(connection)) return;
      this.perAddress.remove(connection.address);
      metrics.socketClosed();
      const refused = connection.refused;
      if (refused) this.options.onRefusedGone?.(refused.reason, connection.address, refused.framesAfter);
    });
  }

  private checkIdle(): void {
    for (const connection of this.connections) {
      if (connection.refused) continue;
      if (!connection.alive) {
        this.refuse('idle-timeout', connection.address);
        connection.refused = { reason: 'idle-timeout', framesAfter: 0 };
        connection.link.close('idle timeout');
        connection.ws.terminate();
        continue;
      }
      connection.alive = false;
      connection.ws.ping();
    }
  }

  /**
   * Closes a connection by a limit: counted and told once; what it sends
   * meanwhile is dropped unread, and its socket is cut if it does not finish
   * the close handshake in time.
   */
  private closeByLimit(connection: Connection, reason: ConnectionRefusal, code: number, text: string): void {
    connection.refused = { reason, framesAfter: 0 };
    this.refuse(reason, connection.address);
    connection.link.closeWith(code, text);
    setTimeout(() => connection.ws.terminate(), CLOSE_GRACE_MS).unref();
  }

  private refuse(reason: ConnectionRefusal, address: string): void {
    this.options.metrics.connectionRefused(reason);
    this.options.onRefusal?.(reason, address);
  }
}
