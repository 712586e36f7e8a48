import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  createRealRuntime,
  type Link,
  MemoryNetwork,
  type PkiId,
  SimplePeer,
  type Transport,
  toHex,
  WebRtcTransport,
  WebSocketTransport,
} from '@webgossip/core';
import { WebSocket, WebSocketServer } from 'ws';
import { ServerMetrics } from '../metrics.js';
import { DEFAULTS } from '../options.js';
import { WsListenerTransport } from '../ws-listener.js';

/** Two ends that move byte messages: a Link pair or the raw socket / data channel under it. */
export interface Pipe {
  send(side: 'a' | 'b', bytes: Uint8Array): void;
  onMessage(side: 'a' | 'b', handler: (bytes: Uint8Array) => void): void;
  /** Bytes the sender has queued; the benchmark waits while it is high. */
  buffered(side: 'a' | 'b'): number;
  close(): Promise<void>;
}

const runtime = createRealRuntime();
const BENCH_LIMIT = 4 * 1024 * 1024;

function linkPipe(a: Link, b: Link, close: () => Promise<void>): Pipe {
  const handlers = { a: (_: Uint8Array) => {}, b: (_: Uint8Array) => {} };
  a.attach({ onOpen: () => {}, onFrame: (f) => handlers.a(f), onClose: () => {} });
  b.attach({ onOpen: () => {}, onFrame: (f) => handlers.b(f), onClose: () => {} });
  return {
    send: (side, bytes) => (side === 'a' ? a : b).send(bytes),
    onMessage: (side, handler) => {
      handlers[side] = handler;
    },
    buffered: (side) => (side === 'a' ? a : b).bufferedAmount,
    close,
  };
}

async function openLinks(dialer: Transport, listener: Transport, endpoint: string): Promise<[Link, Link]> {
  const accepted = new Promise<Link>((resolve) => listener.listen(resolve));
  const dialed = dialer.dial(endpoint);
  const opened = new Promise<void>((resolve, reject) =>
    dialed.attach({ onOpen: resolve, onFrame: () => {}, onClose: (reason) => reject(new Error(reason)) }),
  );
  await opened;
  return [dialed, await accepted];
}

export async function memoryLinks(): Promise<Pipe> {
  const net = new MemoryNetwork(runtime, { latencyMs: 0 });
  const a = net.transport('a');
  const b = net.transport('b');
  const [la, lb] = await openLinks(a, b, 'b');
  return linkPipe(la, lb, async () => {
    a.close();
    b.close();
  });
}

async function httpServer() {
  const http = createServer();
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  return { http, port: (http.address() as AddressInfo).port };
}

export async function webSocketLinks(): Promise<Pipe> {
  const { http, port } = await httpServer();
  const limits = { ...DEFAULTS.limits, maxFrameSize: BENCH_LIMIT, rate: 1e9 };
  const server = new WsListenerTransport({
    localEndpoint: `ws://127.0.0.1:${port}/ws`,
    limits,
    metrics: new ServerMetrics(),
  });
  http.on('upgrade', (request, socket, head) => server.handleUpgrade(request, socket, head));
  const client = new WebSocketTransport({
    localEndpoint: 'rtc:00',
    runtime,
    WebSocket,
    maxFrameSize: BENCH_LIMIT,
  });
  const [la, lb] = await openLinks(client, server, server.localEndpoint);
  return linkPipe(la, lb, async () => {
    client.close();
    server.close();
    http.closeAllConnections();
    await new Promise((resolve) => http.close(resolve));
  });
}

export async function rawWebSockets(): Promise<Pipe> {
  const { http, port } = await httpServer();
  const wss = new WebSocketServer({ server: http, maxPayload: BENCH_LIMIT });
  const accepted = new Promise<WebSocket>((resolve) => wss.once('connection', resolve));
  const a = new WebSocket(`ws://127.0.0.1:${port}/`);
  await new Promise((resolve) => a.once('open', resolve));
  const b = await accepted;
  const socket = (side: 'a' | 'b') => (side === 'a' ? a : b);
  const handlers = { a: (_: Uint8Array) => {}, b: (_: Uint8Array) => {} };
  a.on('message', (data: Buffer) => handlers.a(data));
  b.on('message', (data: Buffer) => handlers.b(data));
  return {
    send: (side, bytes) => socket(side).send(bytes),
    onMessage: (side, handler) => {
      handlers[side] = handler;
    },
    buffered: (side) => socket(side).bufferedAmount,
    close: async () => {
      a.terminate();
      wss.close();
      http.closeAllConnections();
      await new Promise((resolve) => http.close(resolve));
    },
  };
}

export async function webRtcLinks(): Promise<Pipe> {
  const id = () => toHex(runtime.randomBytes(32)) as PkiId;
  const a = new WebRtcTransport({ pkiId: id(), runtime, maxFrameSize: BENCH_LIMIT });
  const b = new WebRtcTransport({ pkiId: id(), runtime, maxFrameSize: BENCH_LIMIT });
  const inboxes = new Map<string, (signal: { from: PkiId; data: string; error: string }) => void>();
  for (const [self, transport] of [
    [a.localEndpoint.slice(4) as PkiId, a],
    [b.localEndpoint.slice(4) as PkiId, b],
  ] as const) {
    transport.attach({
      sendSignal: (to, data) => setTimeout(() => inboxes.get(to)?.({ from: self, data, error: '' }), 0),
      onSignal: (handler) => {
        inboxes.set(self, handler);
        return () => inboxes.delete(self);
      },
    });
  }
  const [la, lb] = await openLinks(a, b, b.localEndpoint);
  return linkPipe(la, lb, async () => {
    a.close();
    b.close();
  });
}

export async function rawDataChannel(): Promise<Pipe> {
  const a = new SimplePeer({ initiator: true, config: { iceServers: [] } });
  const b = new SimplePeer({ config: { iceServers: [] } });
  a.on('signal', (signal) => b.signal(signal));
  b.on('signal', (signal) => a.signal(signal));
  for (const peer of [a, b]) peer.on('error', () => {});
  await Promise.all([a, b].map((peer) => new Promise<void>((resolve) => peer.on('connect', resolve))));
  const peer = (side: 'a' | 'b') => (side === 'a' ? a : b);
  const handlers = { a: (_: Uint8Array) => {}, b: (_: Uint8Array) => {} };
  a.on('data', (data) => handlers.a(data));
  b.on('data', (data) => handlers.b(data));
  return {
    send: (side, bytes) => peer(side).write(bytes),
    onMessage: (side, handler) => {
      handlers[side] = handler;
    },
    buffered: (side) => peer(side).bufferSize,
    close: async () => {
      a.destroy();
      b.destroy();
    },
  };
}
