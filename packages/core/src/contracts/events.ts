import type { ChannelId, PkiId } from '../ids.js';
import type { BlockInfo } from './block-info.js';
import type { DropReason } from './drops.js';
import type { NetworkMember } from './member.js';
import type { MessageKind } from './message-kind.js';

/** Everything a peer reports as it happens. */
export type GossipEvent =
  | { type: 'member-alive'; member: NetworkMember }
  | {
      type: 'member-dead';
      member: NetworkMember;
      /**
       * 'expired': no AliveMessage of it within aliveExpirationTimeout;
       * 'reported': learned dead from another peer's MembershipResponse.
       */
      reason: 'expired' | 'reported';
      /** When this peer last received an AliveMessage of it (runtime time, ms); undefined when it never did. */
      lastAliveAt: number | undefined;
    }
  | { type: 'link-up'; pkiId: PkiId; endpoint: string }
  | { type: 'link-down'; pkiId: PkiId; endpoint: string; reason: string }
  | { type: 'message-in'; kind: MessageKind; from: PkiId; bytes: number }
  | { type: 'message-out'; kind: MessageKind; to: PkiId; bytes: number }
  | { type: 'message-dropped'; reason: DropReason; kind?: MessageKind; from?: PkiId; detail?: string }
  /** A block committed to this peer's ledger; `bytes` is the serialized Block, for storage. */
  | { type: 'block-added'; block: BlockInfo; bytes: Uint8Array }
  /**
   * Two blocks claim one (channel, seq): this peer's (`ours`, a hash) and another it heard of (`theirs`),
   * from peer `from`. Emitted once per competing block.
   */
  | { type: 'fork-detected'; channel: ChannelId; seq: number; ours: string; theirs: string; from: PkiId }
  /**
   * The fork-choice rule settled a fork at `seq`: `removed` are this peer's blocks that lost (rolled back,
   * newest last; empty when this peer's branch won), and their transactions that the winner lacks went
   * back to the pool. `winner` is the hash of the block that now stands at `seq`.
   */
  | { type: 'fork-resolved'; channel: ChannelId; seq: number; winner: string; removed: BlockInfo[] }
  | { type: 'height-changed'; channel: ChannelId; pkiId: PkiId; height: number }
  | { type: 'leader-changed'; channel: ChannelId; leader: PkiId | undefined };

export type GossipEventType = GossipEvent['type'];

/** A typed event stream: subscribe to one type or to all; each call returns its unsubscribe. */
export interface EventStream<E extends { type: string }> {
  on<T extends E['type']>(type: T, handler: (event: Extract<E, { type: T }>) => void): () => void;
  onAny(handler: (event: E) => void): () => void;
}

/** Where the parts report events (the node's EventBus implements it). */
export interface EventSink<E extends { type: string }> {
  /** Whether anyone listens for `type`: lets hot paths skip building events nobody reads. */
  wants(type: E['type']): boolean;
  emit(event: E): void;
}
