import type { BlockInfo, BlockVia } from '../contracts/index.js';
import type { PkiId } from '../ids.js';
import { blockInfo, type ParsedBlock, parseBlock, verifyBlock } from './block.js';
import type { ChannelDeps } from './context.js';
import type { Verified } from './fork-choice.js';

/** What the block checks read of a channel. */
export type BlockCheckDeps = Pick<ChannelDeps, 'identities' | 'channel' | 'drop' | 'runtime' | 'crypto'> & {
  /** Whether a producer belongs to the channel. */
  isProducerMember(producer: PkiId): boolean;
};

/** Checks a block as carried for `seq` and that its producer is in the channel; counts a refusal. */
export function verifiedBlock(
  deps: BlockCheckDeps,
  seq: number,
  bytes: Uint8Array,
  from: PkiId,
  via: BlockVia,
): Verified | undefined {
  const check = verifyBlock(deps.identities, bytes, deps.channel, seq);
  if (!check.ok) {
    deps.drop(check.reason, 'dataMsg', from, check.detail);
    return undefined;
  }
  if (!deps.isProducerMember(check.block.producer)) {
    deps.drop('not-member', 'dataMsg', from, 'producer is not a channel member');
    return undefined;
  }
  return { bytes, info: infoOf(deps, seq, bytes, check.block, via, from) };
}

/** This peer's own block, as it was just built: parsed, not verified. */
export function ownBlock(deps: BlockCheckDeps, seq: number, bytes: Uint8Array): Verified | undefined {
  const block = parseBlock(bytes);
  return block && { bytes, info: infoOf(deps, seq, bytes, block, 'self', deps.crypto.pkiId) };
}

/** A held block's info, received now. */
export function infoOf(
  deps: Pick<ChannelDeps, 'channel' | 'runtime'>,
  seq: number,
  bytes: Uint8Array,
  block: ParsedBlock,
  via: BlockVia,
  from: PkiId,
): BlockInfo {
  return blockInfo(deps.channel, seq, bytes, block, { via, from, receivedAtMs: deps.runtime.now() });
}
