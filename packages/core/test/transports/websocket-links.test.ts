import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { WebSocket, WebSocketServer } from 'ws';
import { createRealRuntime } from '../../src/runtime/index.js';
import type { TransportDropReason } from '../../src/transports/link-drops.js';
import { WebSocketTransport } from '../../src/transports/websocket-transport.js';
import { record, until } from './link-contract.js';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

async function server(onConnection: (socket: WebSocket) => void): Promise<string> {
  const wss = new WebSocketServer({ host: '127.0.0.1', port: 0 });
  await new Promise<void>((resolve) => wss.once('listening', resolve));
  wss.on('connection', onConnection);
  cleanups.push(() => new Promise<void>((resolve) => wss.close(() => resolve())));
  return `ws://127.0.0.1:${(wss.address() as AddressInfo).port}/ws`;
}

function client(options: { maxFrameSize?: number; onDrop?: (reason: TransportDropReason) => void } = {}) {
  const transport = new WebSocketTransport({
    localEndpoint: 'rtc:00',
    runtime: createRealRuntime(),
    WebSocket,
    backoff: { initialMs: 200, maxMs: 800 },
    ...options,
  });
  cleanups.push(() => transport.close());
  return transport;
}

describe('WebSocket client links', () => {
  it('close with 1003 on a text message, counting it', async () => {
    const url = await server((socket) => socket.send('hello'));
    const drops: TransportDropReason[] = [];
    const link = record(client({ onDrop: (reason) => drops.push(reason) }).dial(url));
    await until(() => link.closes.length === 1, 'the link to close');
    expect(link.closes[0]).toBe('binary frames only');
    expect(drops).toEqual(['not-binary']);
  });

  it('close with 1009 when the server sends a frame over the limit', async () => {
    const closes: number[] = [];
    const url = await server((socket) => {
      socket.on('close', (code) => closes.push(code));
      socket.send(new Uint8Array(5000));
    });
    const link = record(client({ maxFrameSize: 4096 }).dial(url));
    await until(() => link.closes.length === 1 && closes.length === 1, 'both sides to close');
    expect(link.closes[0]).toBe('frame too large');
    expect(closes).toEqual([1009]);
  });

  it('report the engine’s close reason to the server with code 4000', async () => {
    const seen: string[] = [];
    const url = await server((socket) =>
      socket.on('close', (code, reason) => seen.push(`${code} ${reason}`)),
    );
    const link = record(client().dial(url));
    await until(() => link.opened, 'the link to open');
    link.link.close('evicted');
    await until(() => seen.length === 1, 'the server to see the close');
    expect(seen).toEqual(['4000 evicted']);
  });

  it('space failed dials to an endpoint with a growing backoff', async () => {
    const transport = client();
    const closedPort = 'ws://127.0.0.1:9/ws';
    const failures: number[] = [];
    for (let attempt = 0; attempt < 4; attempt++) {
      const started = Date.now();
      const link = record(transport.dial(closedPort));
      await until(() => link.closes.length === 1, `failed dial ${attempt}`);
      failures.push(Date.now() - started);
    }
    // Backoffs of at least 100, 200 and 400 ms (half of 200 · 2^n, the jitter's floor) before dials 2, 3 and 4.
    expect(failures[1]).toBeGreaterThanOrEqual(95);
    expect(failures[2]).toBeGreaterThanOrEqual(195);
    expect(failures[3]).toBeGreaterThanOrEqual(395);
  });
});
