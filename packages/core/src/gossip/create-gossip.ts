import { type ChannelDeps, mayBelong } from '../channel/context.js';
import { GossipChannel } from '../channel/gossip-channel.js';
import { Comm } from '../comm/comm.js';
import { encodeEnvelope } from '../comm/frame.js';
import { isAnswer, LinkBudget } from '../comm/link-budget.js';
import { type GossipConfig, presets, resolveConfig } from '../config.js';
import { createEd25519Crypto, IdentityStore, type MessageCryptoService } from '../crypto/index.js';
import { Discovery } from '../discovery/index.js';
import { Emitter, type PushItem } from '../emitter/index.js';
import { type ChannelId, channelFromBytes, type PkiId } from '../ids.js';
import {
  type ContentCase,
  contentOf,
  type Envelope,
  type GossipMessage,
  gossip,
  small,
} from '../proto/index.js';
import { IdentityPuller } from '../pull/index.js';
import type { Runtime } from '../runtime/index.js';
import type {
  BlockInfo,
  ChannelMember,
  Gossip,
  JoinChannelMessage,
  LinkInfo,
  NetworkMember,
  ReceivedMessage,
  RemotePeer,
  Subscription,
} from './api.js';
import { Dispatcher } from './dispatcher.js';
import { EventBus, type GossipEvent } from './events.js';
import { type DropReason, type Metrics, MetricsRecorder } from './metrics.js';
import type { GossipOptions } from './options.js';
import { Overlay } from './overlay.js';
import { MessageSubscription } from './subscriptions.js';

/** Creates a gossip peer and starts it: it listens, finds its bootstrap peers and begins to gossip. */
export async function createGossip(options: GossipOptions): Promise<Gossip> {
  const node = new GossipNode(options);
  node.start();
  return node;
}

const CONFIG_KEYS = new Set(Object.keys(presets.fabric));

/** Fabric's two leader settings as one mode; both on at once is a configuration error, as in Fabric. */
function leaderModeOf(options: GossipOptions): ChannelDeps['leaderMode'] {
  const elect = options.useLeaderElection ?? true;
  if (elect && options.orgLeader)
    throw new RangeError(
      'useLeaderElection and orgLeader cannot both be true: choose an elected or a static leader',
    );
  if (elect) return 'elected';
  return options.orgLeader && (options.produceBlocks ?? true) ? 'static-leader' : 'static-follower';
}

function configOf(options: GossipOptions): GossipConfig {
  const overrides: Partial<GossipConfig> = {};
  for (const [key, value] of Object.entries(options)) {
    if (CONFIG_KEYS.has(key) && value !== undefined) (overrides as Record<string, unknown>)[key] = value;
  }
  return resolveConfig(overrides, options.preset ?? presets.webgossip);
}

/** The facade (Fabric's gossipServiceImpl): wires comm, discovery, emitter, pull and channels. */
class GossipNode implements Gossip {
  readonly self: NetworkMember;
  readonly events = new EventBus<GossipEvent>();
  private readonly config: GossipConfig;
  private readonly runtime: Runtime;
  private readonly crypto: MessageCryptoService;
  private readonly recorder = new MetricsRecorder();
  private readonly identities: IdentityStore;
  private readonly comm: Comm;
  private readonly emitter: Emitter;
  private readonly discovery: Discovery;
  private readonly overlay: Overlay;
  private readonly identityPuller: IdentityPuller;
  private readonly dispatcher: Dispatcher;
  /** Bytes of answers each link may still draw (answerBudgetBytes per budgetInterval). */
  private readonly answers: LinkBudget;
  private readonly channelMap = new Map<ChannelId, GossipChannel>();
  private readonly subscriptions = new Set<MessageSubscription<GossipMessage>>();
  private readonly rawSubscriptions = new Set<MessageSubscription<ReceivedMessage>>();
  private readonly incNum: bigint;
  private readonly leaderMode: ChannelDeps['leaderMode'];
  private stopped = false;
  /** Rejoining a channel starts its messages at a newer PeerTime than those announcing the leave. */
  private rejoins = 0;

  constructor(private readonly options: GossipOptions) {
    this.config = configOf(options);
    this.leaderMode = leaderModeOf(options);
    this.runtime = options.runtime;
    this.crypto = options.crypto ?? createEd25519Crypto();
    this.incNum = options.incNum ?? BigInt(Math.floor(options.runtime.now()));
    const metadata = options.metadata ?? new Uint8Array(0);
    this.self = {
      pkiId: this.crypto.pkiId,
      endpoint: options.endpoint,
      metadata,
      identity: this.crypto.identity,
    };
    this.identities = new IdentityStore(this.crypto);
    const { runtime, config, crypto, events } = this;
    const bootstrap = (options.bootstrap ?? []).filter((endpoint) => endpoint !== options.endpoint);
    this.comm = new Comm({
      runtime,
      transport: options.transport,
      crypto,
      config,
      events,
      metrics: this.recorder,
      bootstrap,
      keepRank: (pkiId) => this.overlay.keepRank(pkiId),
    });
    // Pushes name peers by PKI-ID; their endpoint lets comm dial the ones not linked yet.
    this.emitter = new Emitter({
      runtime,
      config,
      send: (frame, kind, to) =>
        this.comm.send(frame, kind, { pkiId: to, endpoint: this.discovery.member(to)?.endpoint }),
    });
    const drop = this.drop.bind(this);
    const { budgetInterval } = config;
    this.answers = new LinkBudget(config.answerBudgetBytes, budgetInterval, () => runtime.now());
    this.discovery = new Discovery({
      runtime,
      config,
      crypto,
      identities: this.identities,
      events,
      self: { endpoint: options.endpoint, metadata, incNum: this.incNum },
      bootstrap,
      drop,
      send: (envelope, kind, to) => this.sendEnvelope(envelope, kind, to),
      push: (envelope, kind, exclude) => this.pushToAlive(envelope, kind, exclude),
      connect: (endpoint) => this.comm.connect(endpoint),
      disconnect: (pkiId, reason) => this.comm.disconnect(pkiId, reason),
      bootstrapPeers: () =>
        this.comm
          .linkInfo()
          .filter((l) => l.bootstrap)
          .map((l) => l.pkiId),
      prefer: (ids) => this.overlay.prefer(ids),
      badSignatures: new LinkBudget(config.badSignatureBudget, budgetInterval, () => runtime.now()),
    });
    this.overlay = new Overlay({
      runtime,
      config,
      comm: this.comm,
      discovery: this.discovery,
      channels: this.channelMap,
    });
    this.identityPuller = new IdentityPuller({
      runtime,
      config,
      crypto,
      identities: this.identities,
      metadata,
      aliveIds: () => this.discovery.aliveIds(),
      isAlive: (pkiId) => this.discovery.isAlive(pkiId),
      prefer: (ids) => this.overlay.prefer(ids),
      send: (envelope, kind, to) => {
        if (this.sendEnvelope(envelope, kind, { pkiId: to })) this.recorder.identityPullSent(kind);
      },
      drop,
    });
    this.dispatcher = new Dispatcher({
      discovery: this.discovery,
      identityPuller: this.identityPuller,
      channels: this.channelMap,
      answers: this.answers,
      drop,
      pushToAlive: (envelope, kind, exclude) => this.pushToAlive(envelope, kind, exclude),
    });
  }

  start(): void {
    this.comm.start({
      message: (inbound) => {
        const { frame, from } = inbound;
        this.deliverRaw(frame.message, frame.envelope, from);
        const dropsBefore = this.dropCount;
        this.dispatcher.dispatch(frame, from);
        if (this.dropCount === dropsBefore) this.deliver(frame.message);
      },
      linkUp: (pkiId, endpoint, identity) => {
        this.identities.put(pkiId, identity);
        this.discovery.linkUp(pkiId, endpoint);
      },
      linkDown: () => {},
      wantsLink: (pkiId) => this.discovery.isAlive(pkiId),
    });
    this.discovery.seed(this.options.initialMembers ?? []);
    this.discovery.start();
    this.identityPuller.mediator.engine.start();
    this.overlay.start();
  }

  send(message: GossipMessage, ...peers: RemotePeer[]): void {
    const content = contentOf(message);
    if (!content) throw new TypeError('send: the message carries no content');
    const envelope = { payload: gossip.GossipMessage.encode(message).finish() };
    for (const peer of peers) this.sendEnvelope(envelope, content.case, peer);
  }

  peers(): NetworkMember[] {
    return this.discovery.alive();
  }

  deadPeers(): NetworkMember[] {
    return this.discovery.dead();
  }

  peersOfChannel(channel: ChannelId): ChannelMember[] {
    const gc = this.channelMap.get(channel);
    if (!gc) return [];
    const out: ChannelMember[] = [];
    for (const { pkiId, height } of gc.members()) {
      const member = this.discovery.member(pkiId);
      if (member) out.push({ ...member, ledgerHeight: height });
    }
    return out;
  }

  updateLedgerHeight(height: number, channel: ChannelId): void {
    this.channelMap.get(channel)?.announceHeight(height);
  }

  gossip(message: GossipMessage): void {
    const content = contentOf(message);
    if (!content) throw new TypeError('gossip: the message carries no content');
    const channel =
      message.channel && message.channel.length > 0 ? channelFromBytes(message.channel) : undefined;
    const gc = channel ? this.channelMap.get(channel) : undefined;
    if (content.case === 'dataMsg' && gc) {
      const payload = content.value.payload;
      if (payload?.data) gc.gossipBlock(small(payload.seqNum), payload.data);
      return;
    }
    if (content.case === 'txMsg' && gc) {
      gc.submitTransaction(content.value.data ?? new Uint8Array(0));
      return;
    }
    this.pushToAlive({ payload: gossip.GossipMessage.encode(message).finish() }, content.case);
  }

  accept(predicate: (message: GossipMessage) => boolean, passThrough?: false): Subscription<GossipMessage>;
  accept(predicate: (message: GossipMessage) => boolean, passThrough: true): Subscription<ReceivedMessage>;
  accept(
    predicate: (message: GossipMessage) => boolean,
    passThrough = false,
  ): Subscription<GossipMessage> | Subscription<ReceivedMessage> {
    if (passThrough) {
      const sub = new MessageSubscription<ReceivedMessage>(predicate, (s) => this.rawSubscriptions.delete(s));
      this.rawSubscriptions.add(sub);
      return sub;
    }
    const sub = new MessageSubscription<GossipMessage>(predicate, (s) => this.subscriptions.delete(s));
    this.subscriptions.add(sub);
    return sub;
  }

  joinChan(joinMessage: JoinChannelMessage, channel: ChannelId): void {
    if (this.stopped) return;
    const existing = this.channelMap.get(channel);
    if (existing && !existing.hasLeft) return;
    existing?.stop();
    if (existing) this.rejoins++;
    const members = joinMessage.members ? new Set(joinMessage.members) : undefined;
    const gc = new GossipChannel(
      {
        channel,
        runtime: this.runtime,
        config: this.config,
        crypto: this.crypto,
        identities: this.identities,
        events: this.events,
        incNum: this.incNum + BigInt(this.rejoins),
        members,
        produceBlocks: this.options.produceBlocks ?? true,
        leaderMode: this.leaderMode,
        drop: this.drop.bind(this),
        metrics: this.recorder,
        send: (envelope, kind, to) => this.sendEnvelope(envelope, kind, { pkiId: to }),
        push: (item) => this.emitter.add(item),
        aliveIds: () => this.discovery.aliveIds(),
        pushTargets: this.overlay.channelTargets(channel, () =>
          this.discovery.aliveIds().filter((id) => mayBelong({ members }, id)),
        ),
        isLinked: (pkiId) => this.comm.has(pkiId),
        membershipVersion: () => this.discovery.version,
      },
      existing ? existing.ledger.rawBlocks() : (this.options.restoreLedger?.(channel) ?? []),
    );
    this.channelMap.set(channel, gc);
    gc.stateInfo.seed(joinMessage.initialMembers ?? []);
    gc.start();
  }

  leaveChan(channel: ChannelId): void {
    this.channelMap.get(channel)?.leave();
  }

  channels(): ChannelId[] {
    return [...this.channelMap.entries()].filter(([, gc]) => !gc.hasLeft).map(([id]) => id);
  }

  submitTransaction(channel: ChannelId, data: Uint8Array): string {
    const gc = this.channelMap.get(channel);
    if (!gc || gc.hasLeft) throw new Error(`not a member of channel ${channel}`);
    return gc.submitTransaction(data);
  }

  blocks(channel: ChannelId): BlockInfo[] {
    return this.channelMap.get(channel)?.ledger.infos() ?? [];
  }

  ledgerHeight(channel: ChannelId): number {
    return this.channelMap.get(channel)?.ledger.height ?? 0;
  }

  leaderOf(channel: ChannelId): PkiId | undefined {
    return this.channelMap.get(channel)?.leader();
  }

  metrics(): Metrics {
    return this.recorder.snapshot();
  }

  links(): LinkInfo[] {
    return this.comm.linkInfo();
  }

  stop(): void {
    if (this.stopped) return;
    this.stopped = true;
    this.events.close();
    for (const sub of [...this.subscriptions, ...this.rawSubscriptions]) sub.close();
    for (const gc of this.channelMap.values()) gc.stop();
    this.identityPuller.mediator.engine.stop();
    this.overlay.stop();
    this.discovery.stop();
    this.emitter.stop();
    this.comm.stop();
  }

  private dropCount = 0;

  private drop(reason: DropReason, kind: ContentCase, from?: PkiId, detail?: string): void {
    this.dropCount++;
    this.recorder.dropped(reason);
    if (from) this.comm.misbehaved(from, reason);
    if (this.events.wants('message-dropped')) {
      this.events.emit({
        type: 'message-dropped',
        reason,
        kind,
        ...(from ? { from } : {}),
        ...(detail ? { detail } : {}),
      });
    }
  }

  private sendEnvelope(
    envelope: Envelope,
    kind: ContentCase,
    to: { pkiId?: PkiId; endpoint?: string },
  ): boolean {
    const endpoint = to.endpoint ?? (to.pkiId ? this.discovery.member(to.pkiId)?.endpoint : undefined);
    const frame = encodeEnvelope(envelope);
    if (to.pkiId && isAnswer(kind)) this.answers.charge(to.pkiId, frame.length);
    return this.comm.send(frame, kind, { pkiId: to.pkiId, endpoint });
  }

  private pushToAlive(envelope: Envelope, kind: ContentCase, exclude?: PkiId): void {
    const item: PushItem = {
      frame: encodeEnvelope(envelope),
      kind,
      candidates: this.overlay.aliveTargets,
      exclude,
      essential: true,
    };
    this.emitter.add(item);
  }

  private deliver(message: GossipMessage): void {
    for (const sub of this.subscriptions) if (sub.predicate(message)) sub.deliver(message);
  }

  private deliverRaw(message: GossipMessage, envelope: Envelope, sender: PkiId): void {
    for (const sub of this.rawSubscriptions) {
      if (!sub.predicate(message)) continue;
      sub.deliver({
        message,
        envelope,
        sender,
        respond: (reply) => this.send(reply, { pkiId: sender }),
      });
    }
  }
}
