import type {
  BlockInfo,
  ChannelMember,
  EventStream,
  GossipEvent,
  LinkInfo,
  Metrics,
  NetworkMember,
  RemotePeer,
} from '../contracts/index.js';
import type { ChannelId, PkiId } from '../ids.js';
import type { Envelope, GossipMessage } from '../proto/index.js';

/**
 * The node's public face (Fabric's gossip.Gossip). The types it shares with
 * the layers below (members, blocks, events, metrics, links) are contracts.
 */

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
