import {
  channelId,
  createGossip,
  createVirtualRuntime,
  type Gossip,
  type GossipConfig,
  MemoryNetwork,
  type NetworkMember,
  presets,
  type VirtualRuntime,
} from '@webgossip/core';
import { afterEach, describe, expect, it } from 'vitest';
import { createNodeEd25519Crypto } from '../../src/node.js';

const A = channelId('A');
let peers: Gossip[] = [];
afterEach(() => {
  for (const peer of peers) peer.stop();
  peers = [];
});

/** Starts `count` peers that each know all the others from the start, with no bootstrap. */
async function seededPeers(
  seed: number,
  count: number,
  config: Partial<GossipConfig>,
): Promise<{ runtime: VirtualRuntime; initialMembers: NetworkMember[][] }> {
  const runtime = createVirtualRuntime({ seed });
  const net = new MemoryNetwork(runtime, { latencyMs: 20, jitterMs: 5 });
  const cryptos = Array.from({ length: count }, () => createNodeEd25519Crypto());
  const members: NetworkMember[] = cryptos.map((crypto, i) => ({
    pkiId: crypto.pkiId,
    endpoint: `mem://c${i}`,
    metadata: new Uint8Array(0),
    identity: crypto.identity,
  }));
  const initialMembers: NetworkMember[][] = [];
  for (const [i, crypto] of cryptos.entries()) {
    const endpoint = `mem://c${i}`;
    const known = members.filter((m) => m.endpoint !== endpoint);
    initialMembers.push(known);
    peers.push(
      await createGossip({
        runtime,
        transport: net.transport(endpoint),
        endpoint,
        crypto,
        initialMembers: known,
        ...presets.webgossip,
        ...config,
      }),
    );
  }
  return { runtime, initialMembers };
}

describe('converged start', () => {
  it('peers seeded with members and channel views gossip blocks at once, without a bootstrap', async () => {
    const { runtime, initialMembers } = await seededPeers(61, 20, { blockMaxTransactions: 1 });
    for (const [i, gossip] of peers.entries()) {
      const known = initialMembers[i] ?? [];
      gossip.joinChan({ initialMembers: known.map((m) => ({ pkiId: m.pkiId, ledgerHeight: 0 })) }, A);
    }
    expect(peers.every((p) => p.peers().length === 19 && p.peersOfChannel(A).length === 19)).toBe(true);
    runtime.runUntil(
      () => new Set(peers.map((p) => p.leaderOf(A))).size === 1 && peers[0]?.leaderOf(A) !== undefined,
      10_000,
    );
    const leader = peers.find((p) => p.self.pkiId === peers[0]?.leaderOf(A));
    leader?.submitTransaction(A, new Uint8Array([1]));
    runtime.runUntil(() => peers.every((p) => p.ledgerHeight(A) === 1), 2_000);
    expect(peers.map((p) => p.ledgerHeight(A))).toEqual(peers.map(() => 1));
  });

  it('peers seeded with members link to targetConnections of them at once, not an alive period later', async () => {
    // Heartbeats (and with them overlay rounds) far apart: only the start can have linked them.
    const { runtime } = await seededPeers(62, 12, {
      aliveTimeInterval: 60_000,
      aliveExpirationTimeout: 240_000,
    });
    const took = runtime.runUntil(
      () => peers.every((p) => p.links().length >= presets.webgossip.targetConnections),
      1_000,
    );
    expect(took).toBeLessThan(1_000);
  });
});
