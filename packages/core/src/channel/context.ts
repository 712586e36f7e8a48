import type { GossipConfig } from '../config.js';
import type {
  DropReason,
  EventSink,
  Forward,
  GossipEvent,
  MetricsSink,
  PushItem,
} from '../contracts/index.js';
import type { IdentityStore, MessageCryptoService } from '../crypto/index.js';
import { type ChannelId, channelToBytes, type PkiId } from '../ids.js';
import {
  type ContentCase,
  type Envelope,
  encodeEnvelope,
  type GossipMessage,
  gossip,
} from '../proto/index.js';
import type { Runtime } from '../runtime/index.js';

/** A channel member as its StateInfo describes it. */
export interface ChannelPeer {
  pkiId: PkiId;
  height: number;
  /** The hash of the block it holds at height - 1 ('' when it did not say). */
  head: string;
}

/** What one channel's parts need from the rest of the peer. */
export interface ChannelDeps {
  channel: ChannelId;
  runtime: Runtime;
  config: GossipConfig;
  crypto: MessageCryptoService;
  identities: IdentityStore;
  events: EventSink<GossipEvent>;
  incNum: bigint;
  /** When set, the only peers that belong to the channel. */
  members: ReadonlySet<PkiId> | undefined;
  produceBlocks: boolean;
  /** How the channel's leader is found: elected, or fixed by configuration (Fabric's useLeaderElection/orgLeader). */
  leaderMode: 'elected' | 'static-leader' | 'static-follower';
  drop(reason: DropReason, kind: ContentCase, from?: PkiId, detail?: string): void;
  /** Where forks are counted. */
  metrics: Pick<MetricsSink, 'forkDetected' | 'forkResolved'>;
  send(envelope: Envelope, kind: ContentCase, to: PkiId): void;
  push(item: PushItem): void;
  aliveIds(): PkiId[];
  /**
   * Where StateInfo and leadership messages are pushed: the channel's known
   * members, linked ones preferred (see preferLinked), since only members
   * take them; while none is known, alive peers that may belong.
   */
  pushTargets(): readonly PkiId[];
  /** Whether this peer holds a link to `pkiId` now. */
  isLinked(pkiId: PkiId): boolean;
  /** Grows whenever a peer turns alive or dead, so views built on membership know when to rebuild. */
  membershipVersion(): number;
}

/** A message of this channel: named by the channel field and tagged for channel members only. */
export function channelMessage(deps: Pick<ChannelDeps, 'channel'>, body: GossipMessage): GossipMessage {
  return { ...body, channel: channelToBytes(deps.channel), tag: gossip.GossipMessage.Tag.CHAN_AND_ORG };
}

/** Whether a peer may take part in the channel at all (the restriction of joinChan). */
export function mayBelong(deps: Pick<ChannelDeps, 'members'>, pkiId: PkiId): boolean {
  return !deps.members || deps.members.has(pkiId);
}

/**
 * Peers to push to: linked ones when there are enough of them (links are
 * capped), else every eligible peer.
 */
export function preferLinked(deps: Pick<ChannelDeps, 'isLinked' | 'config'>, eligible: PkiId[]): PkiId[] {
  if (!Number.isFinite(deps.config.maxConnections)) return eligible;
  const near = eligible.filter((id) => deps.isLinked(id));
  return near.length >= deps.config.propagatePeerNum ? near : eligible;
}

/**
 * How a signed channel message (StateInfo, leadership) goes on: to the
 * channel's members (pushTargets), never back to where it came from.
 */
export function channelPush(
  deps: Pick<ChannelDeps, 'pushTargets'>,
  envelope: Envelope,
  kind: ContentCase,
  from?: PkiId,
): Forward {
  const item: PushItem = {
    frame: encodeEnvelope(envelope),
    kind,
    candidates: () => deps.pushTargets(),
    exclude: from,
    essential: true,
  };
  return { to: 'push', item };
}
