import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  channelId,
  createGossip,
  createRealRuntime,
  type Gossip,
  type MessageCryptoService,
  presets,
  shortId,
} from '@webgossip/core';
import { createNodeEd25519Crypto } from '@webgossip/core/node';
import { type Logger, pino } from 'pino';
import { guardHttp, HTTP_CHECK_INTERVAL_MS } from './http-guard.js';
import { ServerMetrics } from './metrics.js';
import type { ServerOptions } from './options.js';
import { RefusalLog } from './refusal-log.js';
import { type RelayOptions, startSignalRelay } from './relay.js';
import { defaultKeyFile, loadServerIdentity } from './server-key.js';
import { createStaticHandler } from './static-files.js';
import { WsListenerTransport } from './ws-listener.js';

export interface RunningServer {
  /** The page to open, e.g. http://localhost:8080. */
  readonly url: string;
  /** The bootstrap endpoint peers dial, ws://host:port/ws. */
  readonly wsUrl: string;
  readonly port: number;
  readonly gossip: Gossip;
  readonly metrics: ServerMetrics;
  close(): Promise<void>;
}

export interface ServerDeps {
  logger?: Logger;
  /** The server's signing identity (a fresh key by default). */
  crypto?: MessageCryptoService;
  /** Replaces the relay's routing (tests of a malicious relay only). */
  route?: RelayOptions['route'];
}

/** Starts the bootstrap node: HTTP (dashboard, /healthz, /metrics), WebSocket links at /ws, the gossip peer and the relay. */
export async function startServer(options: ServerOptions, deps: ServerDeps = {}): Promise<RunningServer> {
  const logger = deps.logger ?? pino({ level: options.logLevel });
  const metrics = new ServerMetrics();
  const serveStatic = createStaticHandler(options.staticDir);
  let gossip: Gossip | undefined;
  const refusals = new RefusalLog((fields, message) => logger.warn(fields, message));
  const http = createServer({ connectionsCheckingInterval: HTTP_CHECK_INTERVAL_MS }, (request, response) => {
    handleHttp(request, response, { metrics, gossip, serveStatic, preset: options.preset }).catch(
      (error: unknown) => {
        logger.error({ err: error }, 'request failed');
        if (!response.headersSent) response.writeHead(500).end();
      },
    );
  });
  const upgraded = guardHttp(http, options.limits, (address) => {
    metrics.connectionRefused('too-many-from-address');
    refusals.refused('too-many-from-address', address, { on: 'http' });
  });
  await new Promise<void>((resolve, reject) => {
    http.once('error', reject);
    http.listen(options.port, options.host, () => resolve());
  });
  const port = (http.address() as AddressInfo).port;
  const host = publicHost(options.host);
  const wsUrl = `ws://${host}:${port}/ws`;
  const transport = new WsListenerTransport({
    localEndpoint: wsUrl,
    limits: options.limits,
    metrics,
    onRefusal: (reason, address) => refusals.refused(reason, address),
    onRefusedGone: (reason, address, framesDropped) => {
      if (framesDropped > 0) logger.info({ reason, address, framesDropped }, 'refused connection gone');
    },
  });
  http.on('upgrade', (request, socket, head) => {
    upgraded(request.socket);
    if (new URL(request.url ?? '/', 'http://server').pathname === '/ws')
      transport.handleUpgrade(request, socket, head);
    else socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\n\r\n');
  });
  const preset = presets[options.preset];
  const crypto = deps.crypto ?? identityFor(options, port);
  gossip = await createGossip({
    runtime: createRealRuntime(),
    transport,
    endpoint: wsUrl,
    preset,
    ...(crypto ? { crypto } : {}),
    metadata: new TextEncoder().encode('bootstrap server'),
    // The server holds a link to every peer it introduces; its cap is the connection limit.
    maxConnections: options.limits.maxConnections,
    targetConnections: Math.min(preset.targetConnections, options.limits.maxConnections),
    channelLinks: Math.min(preset.channelLinks, options.limits.maxConnections),
    produceBlocks: false,
    silentLinkTimeout: options.limits.silentTimeoutMs,
  });
  const running = gossip;
  metrics.observe(running);
  logEvents(running, logger);
  const stopRelay = startSignalRelay({
    gossip: running,
    metrics,
    signalBytesPerSecond: options.limits.signalBytesPerSecond,
    onFailure: (reason, from) => logger.debug({ reason, from: shortId(from) }, 'signal not relayed'),
    ...(deps.route ? { route: deps.route } : {}),
  });
  for (const channel of options.join) running.joinChan({}, channelId(channel));
  logger.info({ wsUrl, pkiId: running.self.pkiId, join: options.join }, 'signaling server up');
  let closing: Promise<void> | undefined;
  return {
    url: `http://${host}:${port}`,
    wsUrl,
    port,
    gossip: running,
    metrics,
    close() {
      closing ??= new Promise<void>((resolve) => {
        stopRelay();
        running.stop();
        http.close(() => resolve());
        http.closeAllConnections();
      });
      return closing;
    },
  };
}

/** The server signs with Node's native Ed25519: it checks far more signatures than any tab. */
function identityFor(options: ServerOptions, port: number): MessageCryptoService {
  if (options.keyFile === 'none') return createNodeEd25519Crypto();
  return loadServerIdentity(options.keyFile || defaultKeyFile(port));
}

interface HttpContext {
  metrics: ServerMetrics;
  /** The timing preset of this network: peers read it here before they start. */
  preset: string;
  gossip: Gossip | undefined;
  serveStatic: (request: IncomingMessage, response: ServerResponse) => Promise<void>;
}

async function handleHttp(
  request: IncomingMessage,
  response: ServerResponse,
  context: HttpContext,
): Promise<void> {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.writeHead(405, { allow: 'GET, HEAD' }).end();
    return;
  }
  const path = new URL(request.url ?? '/', 'http://server').pathname;
  if (path === '/healthz') {
    const body = {
      status: context.gossip ? 'ok' : 'starting',
      pkiId: context.gossip?.self.pkiId,
      endpoint: context.gossip?.self.endpoint,
      peers: context.gossip?.links().length ?? 0,
      uptimeSeconds: Math.round(process.uptime()),
      preset: context.preset,
    };
    // Any page may read it: a dashboard served elsewhere names this server as its bootstrap.
    response
      .writeHead(context.gossip ? 200 : 503, {
        'content-type': 'application/json',
        'access-control-allow-origin': '*',
      })
      .end(JSON.stringify(body));
    return;
  }
  if (path === '/metrics') {
    response
      .writeHead(200, { 'content-type': context.metrics.registry.contentType })
      .end(await context.metrics.text());
    return;
  }
  await context.serveStatic(request, response);
}

function logEvents(gossip: Gossip, logger: Logger): void {
  gossip.events.on('link-up', (event) =>
    logger.info({ peer: shortId(event.pkiId), endpoint: event.endpoint }, 'peer linked'),
  );
  gossip.events.on('link-down', (event) =>
    logger.info({ peer: shortId(event.pkiId), reason: event.reason }, 'peer unlinked'),
  );
  gossip.events.on('message-dropped', (event) =>
    logger.debug(
      { reason: event.reason, kind: event.kind, from: event.from && shortId(event.from) },
      'dropped',
    ),
  );
}

/**
 * The host to advertise, as given: peers must dial the server by the very
 * endpoint it announces, or they hold two links to it under two names. A
 * wildcard address is reached as localhost from this machine.
 */
function publicHost(host: string): string {
  if (host === '0.0.0.0' || host === '::') return 'localhost';
  return host.includes(':') ? `[${host}]` : host;
}
