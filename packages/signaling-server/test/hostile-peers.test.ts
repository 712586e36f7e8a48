import { encodeEnvelope, gossip, pkiIdFromBytes, presets, u64 } from '@webgossip/core';
import { createNodeEd25519Crypto } from '@webgossip/core/node';
import { afterEach, describe, expect, it } from 'vitest';
import type { RunningServer } from '../src/server.js';
import { aliveOf, HonestAsker, identities, membershipRequest, quantile } from './support/peer-speech.js';
import { RawClient } from './support/raw-client.js';
import { testServer } from './support/servers.js';
import { until } from './support/waiting.js';

const running: { close(): unknown }[] = [];
afterEach(async () => {
  for (const one of running.splice(0).reverse()) await one.close();
});

async function serve(limits: Parameters<typeof testServer>[0] = {}): Promise<RunningServer> {
  const server = await testServer(limits);
  running.push(server);
  return server;
}

async function client(server: RunningServer): Promise<RawClient> {
  const raw = await RawClient.open(`ws://127.0.0.1:${server.port}/ws`);
  running.push(raw);
  return raw;
}

/** An authenticated raw client that keeps itself alive to the server. */
async function member(server: RunningServer) {
  const raw = await client(server);
  const crypto = raw.handshake(createNodeEd25519Crypto());
  await until(() => server.gossip.links().some((link) => link.pkiId === crypto.pkiId), 'the link');
  let seq = 0n;
  const beat = () => raw.send(encodeEnvelope(aliveOf(crypto, ++seq)));
  beat();
  const timer = setInterval(beat, 400);
  running.push({ close: () => clearInterval(timer) });
  await until(() => server.gossip.peers().some((peer) => peer.pkiId === crypto.pkiId), 'the member alive');
  return { raw, crypto };
}

const dropped = (server: RunningServer, reason: string) =>
  (server.gossip.metrics().dropped as Record<string, number>)[reason] ?? 0;

describe('a MembershipResponse nobody asked for', () => {
  it('is dropped before any signature is checked, while an honest request is answered at once', async () => {
    const server = await serve();
    const honest = new HonestAsker(await client(server), createNodeEd25519Crypto());
    honest.client.handshake(honest.crypto);
    for (let i = 0; i < 10; i++) await honest.ask();
    const before = quantile(honest.latencies, 0.5);
    const { raw } = await member(server);
    const sybils = identities(800);
    const entries = sybils.map((crypto) => aliveOf(crypto, 1n, { badSignature: true }));
    const badBefore = dropped(server, 'bad-signature');
    const unknownBefore = dropped(server, 'unknown-nonce');
    for (let i = 0; i < 20; i++) {
      raw.sendMessage({ nonce: u64(BigInt(9_000 + i)), memRes: { alive: entries, dead: [] } });
    }
    // Asked right behind the 20 responses: it waits for whatever the server spends on them.
    const during: number[] = [];
    for (let i = 0; i < 5; i++) during.push(await honest.ask());
    await until(() => dropped(server, 'unknown-nonce') >= unknownBefore + 20, 'the 20 responses dropped');
    expect(dropped(server, 'bad-signature')).toBe(badBefore);
    expect(server.gossip.peers().some((peer) => sybils.some((s) => s.pkiId === peer.pkiId))).toBe(false);
    const p99 = quantile(during, 0.99);
    console.log(
      `honest MembershipRequest p50 before ${before.toFixed(1)} ms, p99 during 20 × 800-entry unsolicited responses ${p99.toFixed(1)} ms`,
    );
    // Checking their 16,000 signatures would take the server seconds; decoding them takes milliseconds.
    expect(p99).toBeLessThan(1500);
  });
});

describe('a MembershipResponse to a request of the server', () => {
  it('is read only up to its first bad signature', async () => {
    const server = await serve();
    const { raw } = await member(server);
    const entries = identities(800).map((crypto) => aliveOf(crypto, 1n, { badSignature: true }));
    const badBefore = dropped(server, 'bad-signature');
    let answered = 0;
    for (let asked = 0; answered < 2; ) {
      await until(
        () => raw.received.filter((m) => m.memReq).length > asked,
        'a request from the server',
        20_000,
      );
      const request = raw.received.filter((m) => m.memReq)[asked++];
      raw.sendMessage({ nonce: request?.nonce ?? null, memRes: { alive: entries, dead: [] } });
      answered++;
    }
    await until(() => dropped(server, 'bad-signature') >= badBefore + 1, 'a bad signature seen');
    // Give the server time to read everything it was sent (it reads in order; one more request proves it).
    const honest = new HonestAsker(await client(server), createNodeEd25519Crypto());
    honest.client.handshake(honest.crypto);
    await honest.ask();
    expect(dropped(server, 'bad-signature') - badBefore).toBeLessThanOrEqual(answered);
  });
});

describe("a peer's own AliveMessage with a bad signature, over its own link", () => {
  it('is dropped, neither stored nor handed on', async () => {
    const server = await serve();
    const raw = await client(server);
    const forger = raw.handshake(createNodeEd25519Crypto());
    await until(() => server.gossip.links().some((link) => link.pkiId === forger.pkiId), 'the link');
    const badBefore = dropped(server, 'bad-signature');
    raw.send(encodeEnvelope(aliveOf(forger, 1n, { badSignature: true })));
    await until(() => dropped(server, 'bad-signature') > badBefore, 'the forged alive message dropped');
    expect(server.gossip.peers().map((peer) => peer.pkiId)).not.toContain(forger.pkiId);
    const honest = new HonestAsker(await client(server), createNodeEd25519Crypto());
    honest.client.handshake(honest.crypto);
    await honest.ask();
    const answer = honest.client.received.find((m) => m.memRes)?.memRes;
    const named = [...(answer?.alive ?? []), ...(answer?.dead ?? [])].map((entry) =>
      shortHex(gossip.GossipMessage.decode(entry.payload ?? new Uint8Array(0)).aliveMsg?.membership?.pkiId),
    );
    expect(named).not.toContain(forger.pkiId);
  });
});

describe('answers under Sybil churn and a request flood', () => {
  it('keep dead members capped and answer bytes within the asker’s budget', async () => {
    const server = await serve();
    const { raw, crypto } = await member(server);
    const config = presets.webgossip;
    // 1,000 short-lived identities pass through: announced once (validly signed), then silent.
    const sybils = identities(1000).map((crypto) => aliveOf(crypto, 1n));
    await until(() => raw.received.some((m) => m.memReq), 'a request from the server', 40_000);
    const request = raw.received.find((m) => m.memReq);
    raw.sendMessage({ nonce: request?.nonce ?? null, memRes: { alive: sybils, dead: [] } });
    await until(() => server.gossip.peers().length >= 1000, 'the Sybils alive');
    await until(
      () => server.gossip.peers().length < 10,
      'the Sybils dead',
      4 * config.aliveExpirationTimeout,
    );
    expect(server.gossip.deadPeers().length).toBeLessThanOrEqual(config.maxDeadMembers);
    const honest = new HonestAsker(await client(server), createNodeEd25519Crypto());
    honest.client.handshake(honest.crypto);
    await honest.ask();
    const askedBefore = raw.bytesSent;
    const answeredBefore = raw.bytesOf((m) => m.memRes);
    const self = aliveOf(crypto, 1n);
    const started = performance.now();
    for (let i = 0; i < 300; i++) raw.sendMessage(membershipRequest(BigInt(50_000 + i), self));
    const during: number[] = [];
    for (let i = 0; i < 5; i++) during.push(await honest.ask());
    await until(() => dropped(server, 'over-budget') > 0, 'requests beyond the budget dropped');
    const elapsed = (performance.now() - started) / 1000;
    const asked = raw.bytesSent - askedBefore;
    const answered = raw.bytesOf((m) => m.memRes) - answeredBefore;
    const bound =
      config.answerBudgetBytes +
      config.maxMessageSize +
      (config.answerBudgetBytes * elapsed * 1000) / config.budgetInterval;
    console.log(
      `300 MembershipRequests (${asked} B) drew ${answered} B (×${(answered / asked).toFixed(1)}); ` +
        `dead kept ${server.gossip.deadPeers().length}; honest p99 during ${quantile(during, 0.99).toFixed(1)} ms`,
    );
    expect(answered).toBeLessThanOrEqual(bound);
  });
});

describe('an authenticated link that says nothing', () => {
  it('is closed after --silent-timeout, while a talking one stays', async () => {
    const server = await serve({ silentTimeoutMs: 1500 });
    const talking = await member(server);
    const silent = await client(server);
    const mute = silent.handshake(createNodeEd25519Crypto());
    await until(() => server.gossip.links().some((link) => link.pkiId === mute.pkiId), 'the silent link');
    await until(() => silent.closed !== undefined, 'the silent link closed', 10_000);
    expect(server.gossip.metrics().links.silenced).toBeGreaterThanOrEqual(1);
    expect(talking.raw.closed).toBeUndefined();
    expect(server.gossip.links().some((link) => link.pkiId === talking.crypto.pkiId)).toBe(true);
  });
});

function shortHex(bytes: Uint8Array | null | undefined): string {
  return bytes ? pkiIdFromBytes(bytes) : '';
}
