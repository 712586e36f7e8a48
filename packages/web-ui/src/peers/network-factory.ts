import { createNetworkPeer, type NetworkPeer } from '@webgossip/core';
import type { LivePeer, PeerFactory, PeerSpec } from './peer-factory.js';
import { createPooledRuntime } from './pooled-runtime.js';

/**
 * The real network: each peer holds a WebSocket link to the bootstrap server
 * (which relays WebRTC handshakes) and WebRTC data channels to other peers.
 */
export function createNetworkFactory(bootstrapUrl: string): PeerFactory {
  const started = new Set<NetworkPeer>();
  const runtime = createPooledRuntime();
  return {
    mode: 'network',
    bootstrap: bootstrapUrl,
    async create(spec: PeerSpec): Promise<LivePeer> {
      const peer = await createNetworkPeer({
        bootstrapUrl,
        runtime,
        crypto: spec.crypto,
        metadata: spec.metadata,
        incNum: spec.incNum,
        preset: spec.preset,
        ...(spec.restoreLedger ? { restoreLedger: spec.restoreLedger } : {}),
        ...(spec.wrapTransport ? { wrapTransport: spec.wrapTransport } : {}),
      });
      started.add(peer);
      return {
        gossip: peer.gossip,
        crash() {
          started.delete(peer);
          peer.stop();
        },
      };
    },
    close() {
      for (const peer of started) peer.stop();
      started.clear();
    },
  };
}
