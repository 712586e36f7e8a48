import type { GossipConfig } from '../config.js';
import type { PkiId } from '../ids.js';

/** The timing knobs one pull engine uses (a full GossipConfig fits). */
export type PullEngineConfig = Pick<
  GossipConfig,
  | 'pullInterval'
  | 'pullOwnersPerItem'
  | 'digestWaitTime'
  | 'requestWaitTime'
  | 'responseWaitTime'
  | 'advertRetryTime'
>;

/** Which pull message was dropped because its nonce was not live. */
export type PullMessageKind = 'digest' | 'request' | 'response';

/**
 * What a pull engine needs from the layer that binds it to one message type
 * (blocks of a channel, or identities). The engine deals in item ids only;
 * the binding owns the messages, encodes the frames and sends them.
 */
export interface PullAdapter {
  /** The peers to pull from this round (the binding picks pullPeerNum eligible ones). */
  selectPeers(): PkiId[];
  /** Send GossipHello{nonce}. */
  hello(to: PkiId, nonce: bigint): void;
  /** Send DataDigest{nonce, digests: items}. */
  sendDigest(to: PkiId, nonce: bigint, items: string[]): void;
  /** Send DataRequest{nonce, digests: items}. */
  sendRequest(to: PkiId, nonce: bigint, items: string[]): void;
  /** Send DataUpdate{nonce, data: the messages of items}. */
  sendResponse(to: PkiId, nonce: bigint, items: string[]): void;
  /** The items of a digest worth requesting (e.g. blocks at or above our height); default: all. */
  filterIngress?(from: PkiId, items: string[]): string[];
  /** The items a given peer may see, in digests and responses (e.g. channel members only); default: all. */
  filterEgress?(to: PkiId, items: string[]): string[];
  /** A digest, request or response came with a nonce that was not live for its sender; it was ignored. */
  dropped?(reason: 'unknown-nonce', from: PkiId, kind: PullMessageKind): void;
}
