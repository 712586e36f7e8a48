import { createNetworkPeer, type NetworkPeer, type PkiId } from '@webgossip/core';
import { afterAll, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import type { RunningServer } from '../src/server.js';
import { MitmRelay } from './support/mitm-relay.js';
import { testServer } from './support/servers.js';
import { until } from './support/waiting.js';

const mitm = new MitmRelay();
const servers: RunningServer[] = [];
const peers: NetworkPeer[] = [];

afterAll(async () => {
  for (const peer of peers) peer.stop();
  mitm.close();
  for (const server of servers) await server.close();
});

it('authenticates the same WebRTC link when the relay is honest', async () => {
  const server = await testServer();
  servers.push(server);
  const url = `ws://127.0.0.1:${server.port}/ws`;
  const a = await createNetworkPeer({ bootstrapUrl: url, WebSocket });
  const b = await createNetworkPeer({ bootstrapUrl: url, WebSocket });
  peers.push(a, b);
  await until(
    () => a.gossip.links().some((link) => link.pkiId === b.gossip.self.pkiId),
    'a direct link',
    30_000,
  );
  expect(a.gossip.metrics().dropped['binding-mismatch']).toBeUndefined();
  expect(b.gossip.metrics().dropped['binding-mismatch']).toBeUndefined();
});

it('refuses on both sides a WebRTC link that a relay terminates with its own keys, and counts it', async () => {
  const server = await testServer({}, { route: mitm.route });
  servers.push(server);
  mitm.attach(server.gossip);
  const url = `ws://127.0.0.1:${server.port}/ws`;
  const linkedTo = new Map<NetworkPeer, Set<PkiId>>();
  const attacked: NetworkPeer[] = [];
  for (let i = 0; i < 2; i++) {
    const peer = await createNetworkPeer({ bootstrapUrl: url, WebSocket });
    const linked = new Set<PkiId>();
    peer.gossip.events.on('link-up', (event) => linked.add(event.pkiId));
    linkedTo.set(peer, linked);
    attacked.push(peer);
  }
  peers.push(...attacked);
  const [a, b] = attacked as [NetworkPeer, NetworkPeer];
  const mismatches = (peer: NetworkPeer) => peer.gossip.metrics().dropped['binding-mismatch'] ?? 0;
  await until(
    () => mismatches(a) > 0 && mismatches(b) > 0,
    'both peers to refuse the relayed link',
    30_000,
    () => `piped: ${JSON.stringify([...mitm.piped])}; a: ${JSON.stringify(a.gossip.metrics().dropped)}`,
  );
  // The attack really happened: both handshakes crossed the relay's own data channels (in one attempt or two).
  const piped = [...mitm.piped.values()].reduce((sum, n) => sum + n, 0);
  expect(piped).toBeGreaterThanOrEqual(2);
  // Neither peer ever authenticated a link to the other.
  expect(linkedTo.get(a)?.has(b.gossip.self.pkiId)).toBe(false);
  expect(linkedTo.get(b)?.has(a.gossip.self.pkiId)).toBe(false);
  expect(a.gossip.links().map((link) => link.pkiId)).not.toContain(b.gossip.self.pkiId);
});
