import type { DropReason, GossipEvent, MessageKind, PkiId } from '@webgossip/core';
import type { Peer } from './cluster.js';

export type Drop = Extract<GossipEvent, { type: 'message-dropped' }>;

/** Records every message a peer drops, with its reason, from now on. */
export class DropLog {
  readonly all: Drop[] = [];

  constructor(readonly peer: Peer) {
    peer.gossip.events.on('message-dropped', (event) => this.all.push(event));
  }

  /** Drops of messages that came from `from` (optionally of one kind), since index `since`. */
  from(from: PkiId, kind?: MessageKind, since = 0): Drop[] {
    return this.all.slice(since).filter((d) => d.from === from && (kind === undefined || d.kind === kind));
  }

  reasonsFrom(from: PkiId, kind?: MessageKind, since = 0): DropReason[] {
    return this.from(from, kind, since).map((d) => d.reason);
  }

  /** How many times the peer's metrics counted `reason`. */
  counted(reason: DropReason): number {
    return this.peer.gossip.metrics().dropped[reason] ?? 0;
  }
}
