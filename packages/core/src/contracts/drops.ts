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
  | 'fork-lost';
