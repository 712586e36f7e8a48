import {
  type ChannelId,
  channelId,
  createGossip,
  createVirtualRuntime,
  type Gossip,
  type GossipConfig,
  type GossipEvent,
  type GossipOptions,
  keyPairFromSecret,
  MemoryNetwork,
  type MemoryNetworkOptions,
  type MessageCryptoService,
  presets,
  sha256,
  type VirtualRuntime,
} from '@webgossip/core';
import { createNodeEd25519Crypto } from '../../src/node.js';

export interface Peer {
  name: string;
  endpoint: string;
  gossip: Gossip;
  crypto: MessageCryptoService;
  events: GossipEvent[];
}

export interface ClusterOptions {
  seed?: number;
  network?: MemoryNetworkOptions;
  config?: Partial<GossipConfig>;
  preset?: GossipConfig;
  /** Record every event of every peer (for traces). */
  record?: boolean;
}

/** Peers on one virtual runtime and memory network, with helpers to add, kill and wait. */
export class Cluster {
  readonly runtime: VirtualRuntime;
  readonly net: MemoryNetwork;
  readonly peers: Peer[] = [];
  private readonly keys = new Map<string, MessageCryptoService>();

  constructor(private readonly options: ClusterOptions = {}) {
    this.runtime = createVirtualRuntime({ seed: options.seed ?? 1 });
    this.net = new MemoryNetwork(this.runtime, options.network ?? { latencyMs: 20, jitterMs: 5 });
  }

  /** Starts a peer; a name used before restarts the same identity with a newer inc_num. */
  async add(name: string, bootstrap: string[] = [], extra: Partial<GossipOptions> = {}): Promise<Peer> {
    const endpoint = `mem://${name}`;
    let crypto = this.keys.get(name);
    if (!crypto) {
      // Keys follow from the seed and the name, so a seed fixes PKI-IDs and with them the whole run.
      const secret = sha256(new TextEncoder().encode(`${this.options.seed ?? 1}/${name}`));
      crypto = createNodeEd25519Crypto(keyPairFromSecret(secret));
      this.keys.set(name, crypto);
    }
    const events: GossipEvent[] = [];
    const gossip = await createGossip({
      runtime: this.runtime,
      transport: this.net.transport(endpoint),
      endpoint,
      bootstrap,
      crypto,
      preset: this.options.preset ?? presets.webgossip,
      ...this.options.config,
      ...extra,
    });
    if (this.options.record) gossip.events.onAny((e) => events.push(e));
    else gossip.events.on('block-added', (e) => events.push(e));
    const peer = { name, endpoint, gossip, crypto, events };
    this.peers.push(peer);
    return peer;
  }

  /** The peer vanishes without a goodbye. */
  kill(peer: Peer): void {
    this.net.kill(peer.endpoint);
    peer.gossip.stop();
    this.peers.splice(this.peers.indexOf(peer), 1);
  }

  /** Runs virtual time until `done` holds; fails the test after `timeoutMs` of virtual time. */
  until(done: () => boolean, timeoutMs = 30_000): number {
    return this.runtime.runUntil(done, timeoutMs, 10);
  }

  run(ms: number): void {
    this.runtime.advance(ms);
  }

  fullMembership(peers: Peer[] = this.peers): boolean {
    return peers.every((p) => p.gossip.peers().length === peers.length - 1);
  }

  stopAll(): void {
    for (const peer of this.peers) peer.gossip.stop();
  }
}

export const A: ChannelId = channelId('A');
export const B: ChannelId = channelId('B');
