import type { ChannelId, PkiId } from '../ids.js';

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
