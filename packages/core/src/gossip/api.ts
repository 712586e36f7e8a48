import type { ChannelId, PkiId } from '../ids.js';
import type { ContentCase, Envelope, GossipMessage } from '../proto/index.js';
import type { EventStream, GossipEvent } from './events.js';
import type { Metrics } from './metrics.js';

/** A peer as membership knows it (Fabric's discovery.NetworkMember). */
export interface NetworkMember {
  pkiId: PkiId;
  endpoint: string;
  /** Application metadata from the peer's AliveMessage (the dashboard puts a display name here). */
  metadata: Uint8Array;
  /** The peer's identity (public key). */
  identity: Uint8Array;
}

/** A member of a channel, with what its latest StateInfo says. */
export interface ChannelMember extends NetworkMember {
  ledgerHeight: number;
}

/** Who a point-to-point message goes to (Fabric's comm.RemotePeer). */
export interface RemotePeer {
  pkiId: PkiId;
  endpoint?: string;
}

/** A message as it arrived, for subscribers with passThrough (Fabric's ReceivedMessage). */
export interface ReceivedMessage {
  message: GossipMessage;
  envelope: Envelope;
  /** The authenticated sender of the link it came over. */
  sender: PkiId;
  /** Sends a message back to the sender over the same link. */
  respond(message: GossipMessage): void;
}

/** What joinChan is told about a channel (Fabric's api.JoinChannelMessage). */
export interface JoinChannelMessage {
  /** When set, only these peers belong to the channel: blocks and StateInfo never reach or come from anyone else. */
  members?: readonly PkiId[];
  /**
   * Channel members known at join, as if their StateInfo had arrived (a
   * converged start for large simulations); replaced by their real StateInfo.
   */
  initialMembers?: readonly { pkiId: PkiId; ledgerHeight: number }[];
}

/** A block as the engine keeps it: decoded for reading, and the payload for forwarding. */
export interface BlockInfo {
  channel: ChannelId;
  seq: number;
  producer: PkiId;
  createdAtMs: number;
  transactions: number;
  /** Bytes of the block as gossiped. */
  size: number;
  /** SHA-256 of the block's header bytes (hex): what the next block names as its parent. */
  hash: string;
  /** The parent's hash as this block names it (hex; empty for block 0). */
  previousHash: string;
  /** The ids (hex) of the transactions the block holds, in order. */
  txIds: string[];
  /** How this peer got it. */
  via: BlockVia;
  /** The peer it came from (this peer for blocks it produced). */
  from: PkiId;
  receivedAtMs: number;
}

/** How a block reached this peer; 'restored' blocks came from its own storage at start. */
export type BlockVia = 'push' | 'pull' | 'state' | 'self' | 'restored';

/** A stream of messages for one subscription; closing it ends the iteration. */
export interface Subscription<T> extends AsyncIterable<T> {
  /** Calls `handler` for every message from now on (in addition to iteration). */
  onMessage(handler: (item: T) => void): void;
  close(): void;
}

export interface Gossip {
  readonly self: NetworkMember;
  readonly events: EventStream<GossipEvent>;

  /** Sends a message to the given peers point to point (Fabric's Send). */
  send(message: GossipMessage, ...peers: RemotePeer[]): void;
  /** Alive members, this peer excluded. */
  peers(): NetworkMember[];
  /** Members presumed dead. */
  deadPeers(): NetworkMember[];
  /** Alive members with a StateInfo for `channel` that have not left it. */
  peersOfChannel(channel: ChannelId): ChannelMember[];
  /** Announces this peer's ledger height for `channel` in its StateInfo. */
  updateLedgerHeight(height: number, channel: ChannelId): void;
  /** Disseminates a message by push (and pull, for blocks) to the peers it is meant for. */
  gossip(message: GossipMessage): void;
  /** Messages the engine processed that match `predicate`. */
  accept(predicate: (message: GossipMessage) => boolean, passThrough?: false): Subscription<GossipMessage>;
  /** Raw received messages that match `predicate`, with a way to respond to each sender. */
  accept(predicate: (message: GossipMessage) => boolean, passThrough: true): Subscription<ReceivedMessage>;
  joinChan(joinMessage: JoinChannelMessage, channel: ChannelId): void;
  leaveChan(channel: ChannelId): void;
  /** Channels this peer has joined and not left. */
  channels(): ChannelId[];

  /** Gossips a transaction to the channel; its leader cuts it into a block. Returns the transaction id (hex). */
  submitTransaction(channel: ChannelId, data: Uint8Array): string;
  /** The blocks this peer holds for a channel, oldest first. */
  blocks(channel: ChannelId): BlockInfo[];
  /** The number of blocks this peer holds for a channel (its ledger height). */
  ledgerHeight(channel: ChannelId): number;
  /** The channel's leader as this peer sees it. */
  leaderOf(channel: ChannelId): PkiId | undefined;

  /** Counters by message kind and by drop reason. */
  metrics(): Metrics;
  /** Links this peer holds now, by remote PKI-ID. */
  links(): LinkInfo[];
  /** Closes links, timers and subscriptions; no callback runs after it. */
  stop(): void;
}

export interface LinkInfo {
  pkiId: PkiId;
  endpoint: string;
  /** The last measured round-trip time in ms, when known. */
  rttMs: number | undefined;
  /** Whether this is a link to a bootstrap peer. */
  bootstrap: boolean;
}

export type MessageKind = ContentCase;
