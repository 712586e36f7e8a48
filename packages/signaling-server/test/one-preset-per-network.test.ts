import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../src/server.js';
import { Program } from './support/processes.js';
import { testServer } from './support/servers.js';
import { until } from './support/waiting.js';

let server: RunningServer;

beforeAll(async () => {
  server = await testServer({}, {}, { preset: 'fabric' });
});

afterAll(async () => {
  await server?.close();
});

async function exitOf(peer: Program): Promise<void> {
  await until(
    () => !peer.running,
    'the headless peer to exit',
    30_000,
    () => peer.output,
  );
}

describe('one preset per network', () => {
  it('is announced by the server at /healthz, readable from any page', async () => {
    const response = await fetch(`http://127.0.0.1:${server.port}/healthz`);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(await response.json()).toMatchObject({ status: 'ok', preset: 'fabric' });
  });

  it("is the headless peer's when it is told none", async () => {
    const peer = new Program('peer-cli.ts', ['--bootstrap', server.wsUrl]).start();
    try {
      await until(
        () => peer.last('peer up') !== undefined,
        'the peer to start',
        30_000,
        () => peer.output,
      );
      expect(peer.last('peer up')?.preset).toBe('fabric');
    } finally {
      await peer.stop();
    }
  });

  it('refuses a headless peer told another one, with exit code 2 and why', async () => {
    const peer = new Program('peer-cli.ts', ['--bootstrap', server.wsUrl, '--preset', 'webgossip']).start();
    await exitOf(peer);
    expect(peer.exitCode).toBe(2);
    expect(peer.output.trim()).toBe(
      "error: --preset webgossip differs from this network's preset fabric (the bootstrap server runs --preset fabric); " +
        'peers of one network must share timings, or they take each other for dead',
    );
  });
});
