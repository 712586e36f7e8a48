import type { PkiId } from '../ids.js';
import type { MessageKind } from './message-kind.js';

/** A message waiting to be pushed. */
export interface PushItem {
  frame: Uint8Array;
  kind: MessageKind;
  /** Peers this message may go to (channel members for channel messages). */
  candidates(): readonly PkiId[];
  /** Peers per push when not propagatePeerNum (a block's producer: publishPeerNum). */
  fanout?: number | undefined;
  /** Peers never to push it to (the peer it came from). */
  exclude?: PkiId | undefined;
  /** Called with the peers a push went to, e.g. to send digests to the others. */
  pushed?(to: PkiId[]): void;
  /**
   * Membership, channel state and transactions (alive, StateInfo,
   * leadership, identities, TransactionMessage) are pushed at least once even
   * when propagateIterations is 0, which switches off the push of blocks only.
   */
  essential?: boolean;
}
