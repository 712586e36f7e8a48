import type { PkiId } from '../ids.js';
import type { MessageKind } from './message-kind.js';

/** Why a frame or message was dropped; each reason is counted. */
export type DropReason =
  | 'oversize'
  | 'malformed-envelope'
  | 'malformed-message'
  | 'empty-content'
  | 'invalid'
  | 'bad-signature'
  | 'unknown-identity'
  | 'unauthenticated'
  | 'handshake-failed'
  | 'binding-mismatch'
  | 'spoofed'
  | 'stale'
  | 'duplicate'
  | 'unknown-nonce'
  | 'not-member'
  | 'not-joined'
  | 'out-of-window'
  | 'queue-full'
  | 'no-link'
  | 'unexpected'
  /** A block whose parent is not the block this peer holds before it (another branch of a fork). */
  | 'wrong-parent'
  /** A block of a branch that lost to this peer's under the fork-choice rule. */
  | 'fork-lost'
  /**
   * The link spent its budget (comm/link-budget.ts): a request beyond
   * answerBudgetBytes, or a signed message after badSignatureBudget bad
   * signatures, within budgetInterval.
   */
  | 'over-budget'
  /** A link of a peer closed for misbehaving, during its back-off (comm/violations.ts). */
  | 'backed-off';

/**
 * Counts a dropped message by its reason and tells whoever listens (the
 * `message-dropped` event): the one recorder comm and every part above it
 * report their drops to.
 */
export type Drop = (reason: DropReason, kind: MessageKind | undefined, from?: PkiId, detail?: string) => void;
