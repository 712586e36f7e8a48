import type { BlockInfo } from '../contracts/index.js';
import { type IdentityStore, type MessageCryptoService, sha256 } from '../crypto/index.js';
import {
  bytesEqual,
  type ChannelId,
  channelFromBytes,
  channelToBytes,
  type PkiId,
  pkiIdFromBytes,
  pkiIdToBytes,
  toHex,
} from '../ids.js';
import { gossip, small, u64 } from '../proto/index.js';

/** A block read from its bytes, with what verification needs. */
export interface ParsedBlock {
  number: number;
  channel: ChannelId;
  producer: PkiId;
  createdAtMs: number;
  transactions: gossip.TransactionMessage.$Properties[];
  headerBytes: Uint8Array;
  /** The identity the header carries (empty in blocks that do not). */
  producerIdentity: Uint8Array;
  signature: Uint8Array;
  dataHash: Uint8Array;
  /** The parent's header hash as the header names it (empty for block 0). */
  previousHash: Uint8Array;
  data: Uint8Array;
}

export type BlockCheck =
  | { ok: true; block: ParsedBlock }
  | { ok: false; reason: 'invalid' | 'bad-signature' | 'unknown-identity'; detail: string };

export interface NewBlock {
  channel: ChannelId;
  number: number;
  transactions: gossip.TransactionMessage.$Properties[];
  previousHash: Uint8Array;
  createdAtMs: number;
}

/** Builds and signs a block: the signature covers the header bytes, the header the hash of the data bytes. */
export function createBlock(crypto: MessageCryptoService, block: NewBlock): Uint8Array {
  const data = gossip.BlockData.encode({ transactions: block.transactions }).finish();
  const header = gossip.BlockHeader.encode({
    number: u64(BigInt(block.number)),
    channel: channelToBytes(block.channel),
    producer: pkiIdToBytes(crypto.pkiId),
    createdAtMs: u64(BigInt(block.createdAtMs)),
    previousHash: block.previousHash,
    dataHash: sha256(data),
    producerIdentity: crypto.identity,
  }).finish();
  return gossip.Block.encode({ header, data, signature: crypto.sign(header) }).finish();
}

/** Parses a block's bytes as carried, without trusting anything yet. */
export function parseBlock(bytes: Uint8Array): ParsedBlock | undefined {
  try {
    const block = gossip.Block.decode(bytes);
    const header = gossip.BlockHeader.decode(block.header);
    const data = gossip.BlockData.decode(block.data);
    if (header.producer.length !== 32) return undefined;
    return {
      number: small(header.number),
      channel: channelFromBytes(header.channel),
      producer: pkiIdFromBytes(header.producer),
      createdAtMs: small(header.createdAtMs),
      transactions: data.transactions,
      headerBytes: block.header,
      producerIdentity: header.producerIdentity,
      signature: block.signature,
      dataHash: header.dataHash,
      previousHash: header.previousHash,
      data: block.data,
    };
  } catch {
    return undefined;
  }
}

/**
 * Checks that a block is the one its producer signed, for this channel and
 * sequence number. A producer this peer has no identity for yet is learned
 * from the header, whose identity must hash to the producer's PKI-ID.
 */
export function verifyBlock(
  identities: IdentityStore,
  bytes: Uint8Array,
  channel: ChannelId,
  seq: number,
): BlockCheck {
  const block = parseBlock(bytes);
  if (!block) return { ok: false, reason: 'invalid', detail: 'block does not decode' };
  if (block.channel !== channel) return { ok: false, reason: 'invalid', detail: 'block of another channel' };
  if (block.number !== seq)
    return { ok: false, reason: 'invalid', detail: 'block number differs from seq_num' };
  if (!bytesEqual(sha256(block.data), block.dataHash)) {
    return { ok: false, reason: 'bad-signature', detail: 'data does not match the header hash' };
  }
  if (!identities.has(block.producer) && block.producerIdentity.length > 0) {
    if (!identities.put(block.producer, block.producerIdentity))
      return { ok: false, reason: 'invalid', detail: 'producer identity does not match its PKI-ID' };
  }
  const verdict = identities.verify(block.producer, block.signature, block.headerBytes);
  if (verdict === 'unknown')
    return { ok: false, reason: 'unknown-identity', detail: 'producer identity unknown' };
  if (!verdict) return { ok: false, reason: 'bad-signature', detail: 'producer signature does not verify' };
  return { ok: true, block };
}

/** What the engine tells about a block it holds. */
export function blockInfo(
  channel: ChannelId,
  seq: number,
  bytes: Uint8Array,
  block: ParsedBlock,
  arrival: Pick<BlockInfo, 'via' | 'from' | 'receivedAtMs'>,
): BlockInfo {
  return {
    channel,
    seq,
    producer: block.producer,
    createdAtMs: block.createdAtMs,
    transactions: block.transactions.length,
    size: bytes.length,
    hash: toHex(sha256(block.headerBytes)),
    previousHash: toHex(block.previousHash),
    txIds: block.transactions.map((tx) => toHex(tx.txId ?? new Uint8Array(0))),
    ...arrival,
  };
}
