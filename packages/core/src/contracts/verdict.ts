import type { PkiId } from '../ids.js';
import type { DropReason } from './drops.js';
import type { PushItem } from './push.js';

/** How a message new to this peer spreads on from it. */
export type Forward =
  /** To alive peers, linked ones preferred, never back to its sender (alive messages, identities). */
  | { readonly to: 'alive' }
  /** Pushed as the item says: a channel's messages to its members, a block with its lazy-push adverts. */
  | { readonly to: 'push'; readonly item: PushItem }
  /** Point to point to one peer (a transaction handed straight to its channel's leader). */
  | { readonly to: 'peer'; readonly pkiId: PkiId };

/**
 * What became of a received message, as the part that handled it says: the
 * dispatcher forwards it, records its drop and hands it to accept()
 * subscribers from this alone.
 */
export type Verdict =
  /**
   * Taken, and news to this peer: `forward` says how it spreads on, and
   * `then` what taking it sets off once it has gone on (an election hears a
   * leadership message after passing it on).
   */
  | { readonly outcome: 'new'; readonly forward?: Forward; readonly then?: () => void }
  /** Taken, nothing to pass on: a request answered, a message about this peer itself. */
  | { readonly outcome: 'taken' }
  /** Dropped here, for `reason` (a duplicate is dropped as 'duplicate' or 'stale'): the dispatcher records it. */
  | { readonly outcome: 'dropped'; readonly reason: DropReason; readonly detail?: string }
  /** Refused by the part that checked it, which recorded why (a block's checks, discovery, the pull engine). */
  | { readonly outcome: 'refused' };

export const TAKEN: Verdict = { outcome: 'taken' };
export const REFUSED: Verdict = { outcome: 'refused' };

export function news(forward?: Forward, then?: () => void): Verdict {
  return { outcome: 'new', ...(forward ? { forward } : {}), ...(then ? { then } : {}) };
}

export function dropped(reason: DropReason, detail?: string): Verdict {
  return detail === undefined ? { outcome: 'dropped', reason } : { outcome: 'dropped', reason, detail };
}
