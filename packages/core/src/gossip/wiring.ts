import { type ChannelDeps, preferLinked } from '../channel/context.js';
import type { GossipChannel } from '../channel/gossip-channel.js';
import { Comm } from '../comm/comm.js';
import { dropRecorder } from '../comm/drop-report.js';
import { LinkBudget } from '../comm/link-budget.js';
import { PreVerifier } from '../comm/pre-verify.js';
import type { GossipConfig } from '../config.js';
import type { Drop, GossipEvent, NetworkMember } from '../contracts/index.js';
import { createEd25519Crypto, IdentityStore, type MessageCryptoService } from '../crypto/index.js';
import { Discovery } from '../discovery/index.js';
import { Emitter } from '../emitter/index.js';
import type { ChannelId, PkiId } from '../ids.js';
import { IdentityPuller } from '../pull/index.js';
import type { Runtime } from '../runtime/index.js';
import { Dispatcher } from './dispatcher.js';
import { EventBus } from './event-bus.js';
import { Later } from './later.js';
import { MetricsRecorder } from './metrics-recorder.js';
import { configOf, type GossipOptions, leaderModeOf } from './options.js';
import { Outbox } from './outbox.js';
import { Overlay } from './overlay.js';
import { Subscribers } from './subscriptions.js';

/** One peer's parts, built by wire() in dependency order: what the node and the dispatcher run on. */
export interface Parts {
  readonly options: GossipOptions;
  readonly config: GossipConfig;
  readonly leaderMode: ChannelDeps['leaderMode'];
  readonly runtime: Runtime;
  readonly crypto: MessageCryptoService;
  readonly self: NetworkMember;
  readonly incNum: bigint;
  readonly events: EventBus<GossipEvent>;
  readonly metrics: MetricsRecorder;
  /** The parts' drop recorder (comm reports through the same reportDrop). */
  readonly drop: Drop;
  readonly identities: IdentityStore;
  readonly comm: Comm;
  readonly emitter: Emitter;
  readonly outbox: Outbox;
  readonly discovery: Discovery;
  readonly overlay: Overlay;
  readonly identityPuller: IdentityPuller;
  /** The channels joined (or left), filled by joinChan. */
  readonly channels: Map<ChannelId, GossipChannel>;
  readonly subscribers: Subscribers;
  readonly dispatcher: Dispatcher;
}

/** Builds a peer's parts, each from those built before it; nothing runs until start(). */
export function wire(options: GossipOptions): Parts {
  const config = configOf(options);
  const leaderMode = leaderModeOf(options);
  const { runtime } = options;
  const crypto = options.crypto ?? createEd25519Crypto();
  const incNum = options.incNum ?? BigInt(Math.floor(runtime.now()));
  const metadata = options.metadata ?? new Uint8Array(0);
  const self = { pkiId: crypto.pkiId, endpoint: options.endpoint, metadata, identity: crypto.identity };
  const bootstrap = (options.bootstrap ?? []).filter((endpoint) => endpoint !== options.endpoint);
  const events = new EventBus<GossipEvent>();
  const metrics = new MetricsRecorder();
  const record = dropRecorder({ metrics, events });
  // The parts' drops (comm's aside) are counted too, for the dispatcher's kinds in RECORDED_INSIDE.
  const drops = { count: 0 };
  // A drop counts against the link it came over too (comm/violations.ts): comm closes a misbehaving peer.
  const drop: Drop = (reason, kind, from, detail) => {
    drops.count++;
    record(reason, kind, from, detail);
    if (from) comm.misbehaved(from, reason);
  };
  const identities = new IdentityStore(crypto);
  const channels = new Map<ChannelId, GossipChannel>();
  // The running peer's two cycles (see Later), bound as soon as their parts exist.
  const laterOverlay = new Later<Overlay>('the overlay');
  const laterDiscovery = new Later<Discovery>('discovery');

  const comm = new Comm({
    runtime,
    transport: options.transport,
    crypto,
    config,
    events,
    metrics,
    bootstrap,
    keepRank: (pkiId) => laterOverlay.get().keepRank(pkiId),
    preVerify: crypto.verifyAsync
      ? new PreVerifier({
          crypto,
          identityOf: (pkiId) => identities.get(pkiId),
          aliveIsNews: (pkiId, time) => laterDiscovery.get().aliveIsNews(pkiId, time),
        })
      : undefined,
  });
  const endpointOf = (pkiId: PkiId) => laterDiscovery.get().member(pkiId)?.endpoint;
  // Pushes name peers by PKI-ID; their endpoint lets comm dial the ones not linked yet.
  const emitter = new Emitter({
    runtime,
    config,
    send: (frame, kind, to) => comm.send(frame, kind, { pkiId: to, endpoint: endpointOf(to) }),
  });
  const clock = () => runtime.now();
  // Bytes of answers each link may still draw (answerBudgetBytes per budgetInterval).
  const answers = new LinkBudget(config.answerBudgetBytes, config.budgetInterval, clock);
  const outbox = new Outbox({
    comm,
    emitter,
    endpointOf,
    aliveTargets: () => laterOverlay.get().aliveTargets(),
    answers,
  });
  const prefer = (ids: PkiId[]) => preferLinked({ isLinked: (pkiId) => comm.has(pkiId), config }, ids);
  const discovery = new Discovery({
    runtime,
    config,
    crypto,
    identities,
    events,
    self: { endpoint: options.endpoint, metadata, incNum },
    bootstrap,
    drop,
    send: (envelope, kind, to) => outbox.send(envelope, kind, to),
    push: (envelope, kind, exclude) => outbox.pushToAlive(envelope, kind, exclude),
    connect: (endpoint) => comm.connect(endpoint),
    disconnect: (pkiId, reason) => comm.disconnect(pkiId, reason),
    bootstrapPeers: () =>
      comm
        .linkInfo()
        .filter((l) => l.bootstrap)
        .map((l) => l.pkiId),
    prefer,
    badSignatures: new LinkBudget(config.badSignatureBudget, config.budgetInterval, clock),
  });
  laterDiscovery.bind(discovery);
  const overlay = new Overlay({ runtime, config, comm, discovery, channels });
  laterOverlay.bind(overlay);
  const identityPuller = new IdentityPuller({
    runtime,
    config,
    crypto,
    identities,
    metadata,
    aliveIds: () => discovery.aliveIds(),
    isAlive: (pkiId) => discovery.isAlive(pkiId),
    prefer,
    send: (envelope, kind, to) => {
      if (outbox.send(envelope, kind, { pkiId: to })) metrics.identityPullSent(kind);
    },
    drop,
  });
  const subscribers = new Subscribers((reply, to) => outbox.sendMessage(reply, [{ pkiId: to }]));
  const dispatcher = new Dispatcher({
    discovery,
    identityPuller,
    channels,
    subscribers,
    drop,
    dropCount: () => drops.count,
    outbox,
    answers,
  });
  return {
    options,
    config,
    leaderMode,
    runtime,
    crypto,
    self,
    incNum,
    events,
    metrics,
    drop,
    identities,
    comm,
    emitter,
    outbox,
    discovery,
    overlay,
    identityPuller,
    channels,
    subscribers,
    dispatcher,
  };
}

/** Starts the parts: comm listens and hands what arrives to the dispatcher, then membership, pulls and links. */
export function start(parts: Parts): void {
  const { comm, dispatcher, discovery, identities, identityPuller, overlay, options } = parts;
  comm.start({
    message: (inbound) => dispatcher.receive(inbound.frame, inbound.from),
    linkUp: (pkiId, endpoint, identity) => {
      identities.put(pkiId, identity);
      discovery.linkUp(pkiId, endpoint);
    },
    // Nothing follows from a lost link itself: a peer that is gone stops sending alive messages and expires.
    linkDown: () => {},
    wantsLink: (pkiId) => discovery.isAlive(pkiId),
  });
  discovery.seed(options.initialMembers ?? []);
  discovery.start();
  identityPuller.mediator.engine.start();
  overlay.start();
}

/** Stops every part, the top first: no callback runs after it. */
export function stop(parts: Parts): void {
  parts.events.close();
  parts.subscribers.close();
  for (const gc of parts.channels.values()) gc.stop();
  parts.identityPuller.mediator.engine.stop();
  parts.overlay.stop();
  parts.discovery.stop();
  parts.emitter.stop();
  parts.comm.stop();
}
