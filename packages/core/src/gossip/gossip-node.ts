import { GossipChannel } from '../channel/gossip-channel.js';
import type {
  BlockInfo,
  ChannelMember,
  GossipEvent,
  LinkInfo,
  Metrics,
  NetworkMember,
  RemotePeer,
} from '../contracts/index.js';
import { type ChannelId, channelFromBytes, type PkiId } from '../ids.js';
import { contentOf, type GossipMessage, seal, small } from '../proto/index.js';
import type { Gossip, JoinChannelMessage, ReceivedMessage, Subscription } from './api.js';
import { channelDeps } from './channel-deps.js';
import type { EventBus } from './event-bus.js';
import { type Parts, stop } from './wiring.js';

/** The peer as the application sees it (Fabric's gossipServiceImpl): the Gossip methods, on wired parts. */
export class GossipNode implements Gossip {
  readonly self: NetworkMember;
  readonly events: EventBus<GossipEvent>;
  private stopped = false;
  /** Rejoining a channel starts its messages at a newer PeerTime than those announcing the leave. */
  private rejoins = 0;

  constructor(private readonly parts: Parts) {
    this.self = parts.self;
    this.events = parts.events;
  }

  send(message: GossipMessage, ...peers: RemotePeer[]): void {
    this.parts.outbox.sendMessage(message, peers);
  }

  peers(): NetworkMember[] {
    return this.parts.discovery.alive();
  }

  deadPeers(): NetworkMember[] {
    return this.parts.discovery.dead();
  }

  peersOfChannel(channel: ChannelId): ChannelMember[] {
    const gc = this.parts.channels.get(channel);
    if (!gc) return [];
    const out: ChannelMember[] = [];
    for (const { pkiId, height } of gc.members()) {
      const member = this.parts.discovery.member(pkiId);
      if (member) out.push({ ...member, ledgerHeight: height });
    }
    return out;
  }

  updateLedgerHeight(height: number, channel: ChannelId): void {
    this.parts.channels.get(channel)?.announceHeight(height);
  }

  gossip(message: GossipMessage): void {
    const content = contentOf(message);
    if (!content) throw new TypeError('gossip: the message carries no content');
    const channel =
      message.channel && message.channel.length > 0 ? channelFromBytes(message.channel) : undefined;
    const gc = channel ? this.parts.channels.get(channel) : undefined;
    if (content.case === 'dataMsg' && gc) {
      const payload = content.value.payload;
      if (payload?.data) gc.gossipBlock(small(payload.seqNum), payload.data);
      return;
    }
    if (content.case === 'txMsg' && gc) {
      gc.submitTransaction(content.value.data ?? new Uint8Array(0));
      return;
    }
    this.parts.outbox.pushToAlive(seal(message), content.case);
  }

  accept(predicate: (message: GossipMessage) => boolean, passThrough?: false): Subscription<GossipMessage>;
  accept(predicate: (message: GossipMessage) => boolean, passThrough: true): Subscription<ReceivedMessage>;
  accept(
    predicate: (message: GossipMessage) => boolean,
    passThrough = false,
  ): Subscription<GossipMessage> | Subscription<ReceivedMessage> {
    return passThrough
      ? this.parts.subscribers.accept(predicate, true)
      : this.parts.subscribers.accept(predicate, false);
  }

  joinChan(joinMessage: JoinChannelMessage, channel: ChannelId): void {
    if (this.stopped) return;
    const { channels, options } = this.parts;
    const existing = channels.get(channel);
    if (existing && !existing.hasLeft) return;
    existing?.stop();
    if (existing) this.rejoins++;
    const members = joinMessage.members ? new Set(joinMessage.members) : undefined;
    const deps = channelDeps(this.parts, channel, members, this.parts.incNum + BigInt(this.rejoins));
    const restored = existing ? existing.ledger.rawBlocks() : (options.restoreLedger?.(channel) ?? []);
    const gc = new GossipChannel(deps, restored);
    channels.set(channel, gc);
    gc.stateInfo.seed(joinMessage.initialMembers ?? []);
    gc.start();
  }

  leaveChan(channel: ChannelId): void {
    this.parts.channels.get(channel)?.leave();
  }

  channels(): ChannelId[] {
    return [...this.parts.channels.entries()].filter(([, gc]) => !gc.hasLeft).map(([id]) => id);
  }

  submitTransaction(channel: ChannelId, data: Uint8Array): string {
    const gc = this.parts.channels.get(channel);
    if (!gc || gc.hasLeft) throw new Error(`not a member of channel ${channel}`);
    return gc.submitTransaction(data);
  }

  blocks(channel: ChannelId): BlockInfo[] {
    return this.parts.channels.get(channel)?.ledger.infos() ?? [];
  }

  ledgerHeight(channel: ChannelId): number {
    return this.parts.channels.get(channel)?.ledger.height ?? 0;
  }

  leaderOf(channel: ChannelId): PkiId | undefined {
    return this.parts.channels.get(channel)?.leader();
  }

  metrics(): Metrics {
    return this.parts.metrics.snapshot();
  }

  links(): LinkInfo[] {
    return this.parts.comm.linkInfo();
  }

  stop(): void {
    if (this.stopped) return;
    this.stopped = true;
    stop(this.parts);
  }
}
