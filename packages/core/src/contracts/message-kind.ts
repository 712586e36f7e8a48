import type { ContentCase } from '../proto/index.js';

/** A message's kind: the case of its content (Fabric's GossipMessage oneof), as counted and reported. */
export type MessageKind = ContentCase;
