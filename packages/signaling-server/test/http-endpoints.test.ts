import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { channelId, MESSAGE_KIND_NAMES } from '@webgossip/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../src/server.js';
import { Program } from './support/processes.js';
import { scrape, testServer } from './support/servers.js';
import { sample, until } from './support/waiting.js';

let server: RunningServer;
let peer: Program;
let staticDir: string;
const url = (path: string) => `http://127.0.0.1:${server.port}${path}`;

beforeAll(async () => {
  staticDir = mkdtempSync(join(tmpdir(), 'webgossip-static-'));
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>dashboard</title>');
  server = await testServer({}, {}, { staticDir, join: ['A'] });
  peer = new Program('peer-cli.ts', [
    '--bootstrap',
    server.wsUrl,
    '--join',
    'A',
    '--produce-every',
    '300ms',
    '--status-every',
    '300ms',
  ]).start();
});

afterAll(async () => {
  await peer?.stop();
  await server?.close();
  rmSync(staticDir, { recursive: true, force: true });
});

describe('the server over HTTP', () => {
  it('serves the dashboard at / only: /ws without an upgrade and unknown paths are 404', async () => {
    const home = await fetch(url('/?channel=A'));
    expect(home.status).toBe(200);
    expect(await home.text()).toContain('<title>dashboard</title>');
    const ws = await fetch(url('/ws'));
    expect(ws.status).toBe(404);
    expect(await ws.text()).toBe('not found: /ws takes WebSocket connections only\n');
    for (const path of ['/nope', '/channel/A', '/index'])
      expect((await fetch(url(path))).status, path).toBe(404);
  });

  it('reports frames by Fabric message name, and membership, heights and leader as gauges', async () => {
    const A = channelId('A');
    await until(
      () => server.gossip.ledgerHeight(A) >= 2 && server.gossip.leaderOf(A) !== undefined,
      'the server to hold blocks of A from the headless peer and know its leader',
      60_000,
      () => peer.output,
    );
    const text = await scrape(server);
    const kinds = [...text.matchAll(/^webgossip_frames_in_total\{kind="([^"]+)"\}/gm)].map((m) => m[1]);
    expect(kinds).toContain('AliveMessage');
    expect(kinds).toContain('StateInfo');
    const fabricNames = new Set(Object.values(MESSAGE_KIND_NAMES));
    expect(kinds.filter((kind) => !fabricNames.has(kind as string))).toEqual([]);

    expect(sample(text, 'webgossip_members', { state: 'alive' })).toBeGreaterThanOrEqual(1);
    expect(text).toMatch(/^webgossip_members\{state="dead"\} \d+$/m);
    const own = sample(text, 'webgossip_ledger_height', { channel: 'A' });
    expect(own).toBeGreaterThanOrEqual(2);
    expect(sample(text, 'webgossip_channel_height', { channel: 'A' })).toBeGreaterThanOrEqual(own);
    const leaders = [
      ...text.matchAll(/^webgossip_channel_leader\{channel="A",leader="([0-9a-f]{64})"\} 1$/gm),
    ];
    expect(leaders).toHaveLength(1);
    const candidates = [server.gossip.self.pkiId, String(peer.last('peer up')?.pkiId)];
    expect(candidates).toContain(leaders[0]?.[1]);
  });
});
