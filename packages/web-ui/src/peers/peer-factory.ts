import type { ChannelId, Gossip, GossipConfig, MessageCryptoService, Transport } from '@webgossip/core';
import type { NetworkMode } from '../boot/params.js';

/** Who a new peer is and what it starts from. */
export interface PeerSpec {
  crypto: MessageCryptoService;
  /** Published in the peer's AliveMessage: the display name, UTF-8. */
  metadata: Uint8Array;
  /** PeerTime.inc_num: newer on every start of the same identity. */
  incNum: bigint;
  preset: GossipConfig;
  /** Blocks kept from an earlier run, serialized, seq 0 first. */
  restoreLedger?: (channel: ChannelId) => readonly Uint8Array[];
  /** A layer between the engine and the network (the lab's injected faults). */
  wrapTransport?: (transport: Transport) => Transport;
}

/** A running peer and a way to make it vanish without a goodbye. */
export interface LivePeer {
  gossip: Gossip;
  /** Ends the peer as a crash would: its links drop, it sends nothing more. */
  crash(): void;
}

/** Starts peers on one kind of network: the real one (server + WebRTC) or an in-page one. */
export interface PeerFactory {
  readonly mode: NetworkMode;
  /** The bootstrap endpoint peers start from, as shown to the user. */
  readonly bootstrap: string;
  create(spec: PeerSpec): Promise<LivePeer>;
  /** Ends everything this factory started. */
  close(): void;
}
