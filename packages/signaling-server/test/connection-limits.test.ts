import { afterEach, describe, expect, it } from 'vitest';
import type { RunningServer } from '../src/server.js';
import { RawClient } from './support/raw-client.js';
import { scrape, testServer } from './support/servers.js';
import { sample, until } from './support/waiting.js';

const servers: RunningServer[] = [];
const clients: RawClient[] = [];
afterEach(async () => {
  for (const client of clients.splice(0)) client.close();
  for (const server of servers.splice(0)) await server.close();
});

async function serve(limits: Parameters<typeof testServer>[0]) {
  const server = await testServer(limits);
  servers.push(server);
  return { server, url: `ws://127.0.0.1:${server.port}/ws` };
}

async function open(url: string, options?: Parameters<typeof RawClient.open>[1]) {
  const client = await RawClient.open(url, options);
  clients.push(client);
  return client;
}

async function refusals(server: RunningServer, reason: string) {
  return sample(await scrape(server), 'webgossip_connections_refused_total', { reason });
}

describe('the server’s connection limits', () => {
  it('closes connections beyond --max-connections with 1013', async () => {
    const { server, url } = await serve({ maxConnections: 2 });
    await open(url);
    await open(url);
    const third = await open(url);
    await until(() => third.closed !== undefined, 'the refusal');
    expect(third.closed).toEqual({ code: 1013, reason: 'server full' });
    expect(await refusals(server, 'server-full')).toBe(1);
  });

  it('closes connections beyond --max-per-ip with 1008', async () => {
    const { server, url } = await serve({ maxPerIp: 1 });
    const first = await open(url);
    const second = await open(url);
    await until(() => second.closed !== undefined, 'the refusal');
    expect(second.closed).toEqual({ code: 1008, reason: 'too many connections from this address' });
    expect(first.closed).toBeUndefined();
    expect(await refusals(server, 'too-many-from-address')).toBe(1);
  });

  it('accepts only the allowed Origins when --origin is given', async () => {
    const { server, url } = await serve({ origins: ['http://good.example'] });
    const good = await open(url, { origin: 'http://good.example' });
    const bad = await open(url, { origin: 'http://evil.example' });
    await until(() => bad.closed !== undefined, 'the refusal');
    expect(bad.closed).toEqual({ code: 1008, reason: 'origin not allowed' });
    expect(good.closed).toBeUndefined();
    expect(await refusals(server, 'origin-not-allowed')).toBe(1);
  });

  it('drops a connection that stops answering pings after --idle-timeout', async () => {
    const { server, url } = await serve({ idleTimeoutMs: 300 });
    const silent = await open(url, { autoPong: false });
    const lively = await open(url);
    await until(() => silent.closed !== undefined, 'the silent client to be dropped');
    expect(lively.closed).toBeUndefined();
    expect(await refusals(server, 'idle-timeout')).toBe(1);
  });

  it('answers /healthz and serves a build hint when the dashboard is not built', async () => {
    const { server } = await serve({});
    const health = await (await fetch(`http://127.0.0.1:${server.port}/healthz`)).json();
    expect(health).toMatchObject({ status: 'ok', pkiId: server.gossip.self.pkiId });
    const page = await fetch(`http://127.0.0.1:${server.port}/`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('npm run build');
    expect((await fetch(`http://127.0.0.1:${server.port}/missing.js`)).status).toBe(404);
  });
});
