import { type PkiId, parseBlock, pkiIdFromBytes } from '@webgossip/core';

/** A transaction of a block as the Blocks panel shows it: its text and who submitted it. */
export interface TransactionSummary {
  text: string;
  submitter: PkiId;
}

const decoder = new TextDecoder();

/** The transactions of a serialized block, in order; none when the bytes do not parse. */
export function blockTransactions(bytes: Uint8Array): TransactionSummary[] {
  const block = parseBlock(bytes);
  if (!block) return [];
  return block.transactions.map((tx) => ({
    text: tx.data ? decoder.decode(tx.data) : '',
    submitter: pkiIdFromBytes(tx.submitter ?? new Uint8Array(0)),
  }));
}
