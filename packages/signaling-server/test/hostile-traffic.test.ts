import { connect, type Socket } from 'node:net';
import { encodeEnvelope, pkiIdToBytes, seal } from '@webgossip/core';
import { createNodeEd25519Crypto } from '@webgossip/core/node';
import { pino } from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import type { ServerLimits } from '../src/options.js';
import type { RunningServer } from '../src/server.js';
import { RawClient } from './support/raw-client.js';
import { scrape, testServer } from './support/servers.js';
import { sample, until } from './support/waiting.js';

const running: { close(): unknown }[] = [];
afterEach(async () => {
  for (const one of running.splice(0).reverse()) await one.close();
});

/** A server whose log lines are kept, parsed. */
async function serve(limits: Partial<ServerLimits>) {
  const lines: Record<string, unknown>[] = [];
  const logger = pino({ level: 'info' }, { write: (line: string) => lines.push(JSON.parse(line)) });
  const server = await testServer(limits, { logger });
  running.push(server);
  return { server, lines };
}

async function linked(server: RunningServer) {
  const raw = await RawClient.open(`ws://127.0.0.1:${server.port}/ws`);
  running.push(raw);
  const crypto = raw.handshake(createNodeEd25519Crypto());
  await until(() => server.gossip.links().some((link) => link.pkiId === crypto.pkiId), 'the link');
  return { raw, crypto };
}

/** A socket that sends a request line and then dribbles a header line every 200 ms, never finishing. */
function slowloris(port: number): { socket: Socket; closedAt: () => number | undefined } {
  let closedAt: number | undefined;
  const socket = connect(port, '127.0.0.1');
  socket.on('error', () => {});
  socket.on('close', () => {
    closedAt = performance.now();
    clearInterval(drip);
  });
  socket.write('GET / HTTP/1.1\r\nHost: localhost\r\n');
  const drip = setInterval(() => socket.writable && socket.write('X-Slow: 1\r\n'), 200);
  running.push({ close: () => socket.destroy() });
  return { socket, closedAt: () => closedAt };
}

describe('HTTP slowloris', () => {
  it('holds at most --max-per-ip sockets of one address, each for --header-timeout', async () => {
    const { server, lines } = await serve({ maxPerIp: 8, headersTimeoutMs: 1000, requestTimeoutMs: 2000 });
    const started = performance.now();
    const sockets = Array.from({ length: 40 }, () => slowloris(server.port));
    await until(
      () => sockets.filter((s) => s.closedAt() !== undefined).length >= 32,
      'the excess refused',
      5_000,
    );
    await until(() => sockets.every((s) => s.closedAt() !== undefined), 'every slow socket closed', 10_000);
    const longest = Math.max(...sockets.map((s) => (s.closedAt() ?? 0) - started));
    console.log(`40 slowloris sockets: the last closed after ${longest.toFixed(0)} ms`);
    expect(longest).toBeLessThan(1000 + 3000);
    const metrics = await scrape(server);
    expect(
      sample(metrics, 'webgossip_connections_refused_total', { reason: 'too-many-from-address' }),
    ).toBeGreaterThanOrEqual(32);
    expect(lines.filter((line) => line.msg === 'refused').length).toBeLessThanOrEqual(2);
    const health = await fetch(`http://127.0.0.1:${server.port}/healthz`);
    expect(health.status).toBe(200);
  });
});

describe('a flooding link', () => {
  it('is refused, counted and logged once, however many frames it sends', async () => {
    const { server, lines } = await serve({ rate: 50 });
    const { raw } = await linked(server);
    const frame = encodeEnvelope(seal({ empty: {} }));
    for (let i = 0; i < 3000; i++) raw.send(frame);
    await until(() => raw.closed !== undefined, 'the flood closed');
    expect(raw.closed?.code).toBe(1008);
    const metrics = await scrape(server);
    expect(sample(metrics, 'webgossip_connections_refused_total', { reason: 'rate-limit' })).toBe(1);
    const refusals = lines.filter((line) => line.msg === 'refused' && line.reason === 'rate-limit');
    expect(refusals).toHaveLength(1);
    expect(lines.length).toBeLessThan(20);
  });
});

describe('signals aimed at one peer', () => {
  it('are relayed up to --signal-rate bytes a second; the rest are refused to their senders', async () => {
    const rate = 64 * 1024;
    const { server } = await serve({ signalBytesPerSecond: rate });
    const victim = await linked(server);
    const senders = await Promise.all(Array.from({ length: 8 }, () => linked(server)));
    const data = 'x'.repeat(30 * 1024);
    const started = performance.now();
    for (const sender of senders) {
      for (let i = 0; i < 20; i++)
        sender.raw.sendMessage({ signal: { to: pkiIdToBytes(victim.crypto.pkiId), data } });
    }
    const refusedToSenders = () =>
      senders.reduce((n, s) => n + s.raw.received.filter((m) => m.signal?.error).length, 0);
    const relayed = () => victim.raw.received.filter((m) => m.signal).length;
    await until(() => refusedToSenders() + relayed() >= 160, 'every signal relayed or refused', 20_000);
    const elapsed = (performance.now() - started) / 1000;
    const bytes = victim.raw.bytesOf((m) => m.signal);
    const bound = 2 * rate + rate * elapsed + 32 * 1024 + 160 * 200;
    console.log(
      `8 senders aimed ${(160 * data.length) / 1024} KiB at one peer in ${elapsed.toFixed(2)} s: ` +
        `${(bytes / 1024).toFixed(0)} KiB relayed, ${refusedToSenders()} refused`,
    );
    expect(bytes).toBeLessThanOrEqual(bound);
    expect(refusedToSenders()).toBeGreaterThan(0);
    const metrics = await scrape(server);
    expect(sample(metrics, 'webgossip_signals_relayed_total', { result: 'rate-limited' })).toBe(
      refusedToSenders(),
    );
  });
});
