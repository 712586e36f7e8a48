import type { Gossip } from './api.js';
import { GossipNode } from './gossip-node.js';
import type { GossipOptions } from './options.js';
import { start, wire } from './wiring.js';

/** Creates a gossip peer and starts it: it listens, finds its bootstrap peers and begins to gossip. */
export async function createGossip(options: GossipOptions): Promise<Gossip> {
  const parts = wire(options);
  const node = new GossipNode(parts);
  start(parts);
  return node;
}
