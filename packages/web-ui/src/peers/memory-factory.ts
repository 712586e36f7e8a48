import {
  createEd25519Crypto,
  createGossip,
  type Gossip,
  type GossipConfig,
  MemoryNetwork,
} from '@webgossip/core';
import type { LivePeer, PeerFactory, PeerSpec } from './peer-factory.js';
import { createPooledRuntime } from './pooled-runtime.js';

const BOOTSTRAP = 'mem://bootstrap';

/**
 * Development mode: every peer lives in this page on a MemoryNetwork in real
 * time, with a bootstrap peer standing in for the server (it joins no
 * channel, as the server does by default). Lets the dashboard run and be
 * worked on without the server or WebRTC.
 */
export function createMemoryFactory(preset: GossipConfig): PeerFactory {
  const runtime = createPooledRuntime();
  const net = new MemoryNetwork(runtime, { latencyMs: 8, jitterMs: 4 });
  let counter = 0;
  let bootstrapPeer: Promise<Gossip> | undefined;
  const started: Gossip[] = [];

  const startBootstrap = () => {
    bootstrapPeer ??= createGossip({
      runtime,
      transport: net.transport(BOOTSTRAP),
      endpoint: BOOTSTRAP,
      crypto: createEd25519Crypto(),
      metadata: new TextEncoder().encode('bootstrap'),
      preset,
      // Like the real server, the stand-in holds a link to every peer it introduces.
      maxConnections: 1000,
      produceBlocks: false,
    });
    return bootstrapPeer;
  };

  return {
    mode: 'memory',
    bootstrap: BOOTSTRAP,
    async create(spec: PeerSpec): Promise<LivePeer> {
      const bootstrapGossip = await startBootstrap();
      if (!started.includes(bootstrapGossip)) started.push(bootstrapGossip);
      counter += 1;
      const endpoint = `mem://peer-${counter}`;
      const gossip = await createGossip({
        runtime,
        transport: spec.wrapTransport ? spec.wrapTransport(net.transport(endpoint)) : net.transport(endpoint),
        endpoint,
        bootstrap: [BOOTSTRAP],
        crypto: spec.crypto,
        metadata: spec.metadata,
        incNum: spec.incNum,
        preset: spec.preset,
        ...(spec.restoreLedger ? { restoreLedger: spec.restoreLedger } : {}),
      });
      started.push(gossip);
      return {
        gossip,
        crash() {
          net.kill(endpoint);
          gossip.stop();
        },
      };
    },
    close() {
      for (const gossip of started) gossip.stop();
    },
  };
}
