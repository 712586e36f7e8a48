import {
  createEd25519Crypto,
  createNetworkPeer,
  encodeEnvelope,
  type NetworkPeer,
  pkiIdFromBytes,
  pkiIdToBytes,
  seal,
} from '@webgossip/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import type { RunningServer } from '../src/server.js';
import { connEstablish, RawClient } from './support/raw-client.js';
import { scrape, testServer } from './support/servers.js';
import { sample, until } from './support/waiting.js';

let server: RunningServer;
let url: string;
let bystander: NetworkPeer;
let bystanderLinkDowns = 0;

beforeAll(async () => {
  server = await testServer({ rate: 100, maxFrameSize: 64 * 1024 });
  url = `ws://127.0.0.1:${server.port}/ws`;
  bystander = await createNetworkPeer({ bootstrapUrl: url, WebSocket });
  bystander.gossip.events.on('link-down', () => bystanderLinkDowns++);
  await until(() => bystander.gossip.links().some((link) => link.bootstrap), 'the well-behaved peer to link');
});

afterAll(async () => {
  bystander.stop();
  await server.close();
});

async function closedWith(client: RawClient) {
  await until(() => client.closed !== undefined, 'the server to close the connection');
  return client.closed;
}

describe('the server facing bad input over a raw WebSocket', () => {
  it('closes on bytes that are no Envelope', async () => {
    const client = await RawClient.open(url);
    client.send(new Uint8Array(64).fill(0xff));
    expect(await closedWith(client)).toEqual({ code: 4000, reason: 'malformed-envelope' });
  });

  it('closes with 1009 on a frame over --max-frame', async () => {
    const client = await RawClient.open(url);
    client.send(new Uint8Array(100 * 1024));
    expect((await closedWith(client))?.code).toBe(1009);
  });

  it('refuses a ConnEstablish whose signature does not verify', async () => {
    const client = await RawClient.open(url);
    const crypto = createEd25519Crypto();
    const signed = seal(connEstablish(crypto), (payload) => crypto.sign(payload));
    const signature = Uint8Array.from(signed.signature ?? []);
    signature[0] = (signature[0] ?? 0) ^ 1;
    client.send(encodeEnvelope({ payload: signed.payload ?? null, signature }));
    expect(await closedWith(client)).toEqual({ code: 4000, reason: 'bad-signature' });
  });

  it('refuses a ConnEstablish that claims someone else’s PKI-ID', async () => {
    const client = await RawClient.open(url);
    const me = createEd25519Crypto();
    client.sendMessage(connEstablish(me, bystander.gossip.self.pkiId), me);
    expect(await closedWith(client)).toEqual({ code: 4000, reason: 'handshake-failed' });
  });

  it('answers a signal for an unknown peer with an error, and stays linked', async () => {
    const client = await RawClient.open(url);
    const me = client.handshake();
    const nobody = createEd25519Crypto().pkiId;
    client.sendMessage({ signal: { to: pkiIdToBytes(nobody), data: '{"c":"1","s":{}}' } }, me);
    await until(() => client.received.some((message) => message.signal?.error), 'the error answer');
    const answer = client.received.find((message) => message.signal?.error)?.signal;
    expect(answer?.error).toBe('unknown peer');
    expect(pkiIdFromBytes(answer?.from ?? new Uint8Array(0))).toBe(nobody);
    expect(answer?.data).toBe('{"c":"1","s":{}}');
    expect(client.closed).toBeUndefined();
    client.close();
  });

  it('closes a connection that floods it with 1008', async () => {
    const client = await RawClient.open(url);
    client.handshake();
    const ping = encodeEnvelope(seal({ empty: {} }));
    for (let i = 0; i < 1000 && !client.closed; i++) client.send(ping);
    expect(await closedWith(client)).toEqual({ code: 1008, reason: 'rate limit exceeded' });
  });

  it('stays up, keeps its other peers, and counts every reason', async () => {
    const health = await fetch(`http://127.0.0.1:${server.port}/healthz`);
    expect(health.status).toBe(200);
    expect(bystander.gossip.links().some((link) => link.bootstrap)).toBe(true);
    expect(bystanderLinkDowns).toBe(0);
    const metrics = await scrape(server);
    const dropped = (reason: string) => sample(metrics, 'webgossip_frames_dropped_total', { reason });
    expect(dropped('malformed-envelope')).toBeGreaterThanOrEqual(1);
    expect(dropped('oversize')).toBeGreaterThanOrEqual(1);
    expect(dropped('bad-signature')).toBeGreaterThanOrEqual(1);
    expect(dropped('handshake-failed')).toBeGreaterThanOrEqual(1);
    expect(dropped('rate-limit')).toBeGreaterThanOrEqual(1);
    expect(
      sample(metrics, 'webgossip_connections_refused_total', { reason: 'rate-limit' }),
    ).toBeGreaterThanOrEqual(1);
    expect(
      sample(metrics, 'webgossip_signals_relayed_total', { result: 'unknown-peer' }),
    ).toBeGreaterThanOrEqual(1);
  });
});
