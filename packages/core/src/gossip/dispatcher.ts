import type { ChannelRoute } from '../channel/channel-routes.js';
import type { GossipChannel } from '../channel/gossip-channel.js';
import type { DecodedFrame } from '../comm/frame.js';
import type { LinkBudget } from '../comm/link-budget.js';
import { type Drop, dropped, type Forward, news, REFUSED, TAKEN, type Verdict } from '../contracts/index.js';
import type { Discovery } from '../discovery/index.js';
import { type ChannelId, channelFromBytes, type PkiId, pkiIdFromBytes } from '../ids.js';
import { type ContentCase, type Envelope, type GossipMessage, gossip } from '../proto/index.js';
import type { IdentityPuller } from '../pull/index.js';
import type { Outbox } from './outbox.js';
import type { Subscribers } from './subscriptions.js';

export interface DispatcherDeps {
  discovery: Discovery;
  identityPuller: IdentityPuller;
  channels: ReadonlyMap<ChannelId, GossipChannel>;
  subscribers: Subscribers;
  drop: Drop;
  /** How many drops the parts have recorded so far (see RECORDED_INSIDE). */
  dropCount(): number;
  outbox: Pick<Outbox, 'send' | 'push' | 'pushToAlive'>;
  /** What each link may still draw in answers: requests beyond are dropped as over-budget. */
  answers: Pick<LinkBudget, 'allows'>;
}

/** A request from a link that drew its answer budget. */
const OVER_BUDGET = dropped('over-budget', 'the link drew its answer budget');

type Route = (frame: DecodedFrame, from: PkiId) => Verdict;

/** An alive message or identity new to this peer: it goes on to alive peers. */
const NEW_TO_ALIVE = news({ to: 'alive' });

/**
 * Kinds whose refusals are still recorded inside the parts that find them
 * (discovery, the pull engine and the block checks behind an Update or a
 * state response), deep in messages that carry many entries: for these the
 * dispatcher counts a message refused when a drop was recorded while it was
 * handled. Each kind leaves this list once its handler returns that in its
 * verdict.
 */
const RECORDED_INSIDE: ReadonlySet<ContentCase> = new Set<ContentCase>([
  'aliveMsg',
  'memReq',
  'memRes',
  'hello',
  'dataDig',
  'dataReq',
  'dataUpdate',
  'stateResponse',
]);

/**
 * The one routing table: each authenticated message goes by its content
 * case to the module that owns it (a channel's cases to the channel's own
 * routes), which says what became of it. From that verdict alone, and only
 * here, a message is forwarded, its drop recorded, and it is handed to
 * accept() subscribers. Adding a message kind touches this table and that
 * module.
 */
export class Dispatcher {
  private readonly table: Partial<Record<ContentCase, Route>>;

  constructor(private readonly deps: DispatcherDeps) {
    const inChannel: Route = (frame, from) => this.inChannel(frame, from);
    const pull: Route = (frame, from) => this.pull(frame, from);
    this.table = {
      aliveMsg: (frame, from) =>
        deps.discovery.handleAlive(frame.envelope, frame.payload, frame.message, from) ? NEW_TO_ALIVE : TAKEN,
      memReq: (frame, from) => {
        if (!deps.answers.allows(from)) return OVER_BUDGET;
        deps.discovery.handleMembershipRequest(frame.message, from);
        return TAKEN;
      },
      memRes: (frame, from) => {
        deps.discovery.handleMembershipResponse(frame.message, from);
        return TAKEN;
      },
      peerIdentity: (frame, _from) => deps.identityPuller.receive(frame.envelope),
      hello: pull,
      dataDig: pull,
      dataReq: pull,
      dataUpdate: pull,
      dataMsg: inChannel,
      stateRequest: inChannel,
      stateResponse: inChannel,
      leadershipMsg: inChannel,
      txMsg: inChannel,
      stateInfo: (frame, from) => {
        const gc = this.channelOfStateInfo(frame.message)?.gc;
        return gc ? gc.routes.stateInfo(frame, from) : dropped('not-joined');
      },
      stateSnapshot: (frame, from) => this.snapshot(frame, from),
      stateInfoPullReq: (frame, from) => {
        if (!deps.answers.allows(from)) return OVER_BUDGET;
        const mac = frame.message.stateInfoPullReq?.channel_MAC ?? new Uint8Array(0);
        const gc = [...deps.channels.values()].find((c) => !c.hasLeft && c.stateInfo.matches(from, mac));
        return gc ? gc.routes.stateInfoPullReq(frame, from) : dropped('not-joined');
      },
      // Signals are the WebRTC transport's, which takes them through a passThrough subscription
      // (handed over before dispatch); the engine itself has nothing to do with one.
      signal: () => TAKEN,
    };
  }

  /**
   * Takes an authenticated message: passThrough subscribers see it as it
   * arrived; its route says what became of it; a new one goes on as the
   * verdict says, and one not dropped reaches the other subscribers.
   */
  receive(frame: DecodedFrame, from: PkiId): void {
    this.deps.subscribers.received(frame.message, frame.envelope, from);
    const kind = frame.content.case;
    const route = this.table[kind];
    const recordedBefore = this.deps.dropCount();
    const verdict = route ? route(frame, from) : dropped('unexpected');
    const refusedInside = RECORDED_INSIDE.has(kind) && this.deps.dropCount() !== recordedBefore;
    switch (verdict.outcome) {
      case 'dropped':
        this.deps.drop(verdict.reason, kind, from, verdict.detail);
        return;
      case 'refused':
        return;
      case 'new':
        if (verdict.forward) this.forward(verdict.forward, frame.envelope, kind, from);
        verdict.then?.();
        break;
      case 'taken':
        break;
    }
    if (!refusedInside) this.deps.subscribers.delivered(frame.message);
  }

  /** Passes a new message on, never back to the peer it came from. */
  private forward(forward: Forward, envelope: Envelope, kind: ContentCase, from: PkiId): void {
    switch (forward.to) {
      case 'alive':
        this.deps.outbox.pushToAlive(envelope, kind, from);
        return;
      case 'push':
        this.deps.outbox.push(forward.item);
        return;
      case 'peer':
        this.deps.outbox.send(envelope, kind, { pkiId: forward.pkiId });
        return;
    }
  }

  /** Pull messages of identities go to the identity puller, those of blocks to their channel. */
  private pull(frame: DecodedFrame, from: PkiId): Verdict {
    const msg = frame.message;
    const type = (msg.hello ?? msg.dataDig ?? msg.dataReq ?? msg.dataUpdate)?.msgType;
    if (type === gossip.PullMsgType.IDENTITY_MSG) {
      this.deps.identityPuller.mediator.handle(msg, from);
      return TAKEN;
    }
    if (type === gossip.PullMsgType.BLOCK_MSG) return this.inChannel(frame, from);
    return dropped('invalid', 'pull message without a known msg_type');
  }

  /** A message named by its channel field goes to that channel's route for its kind. */
  private inChannel(frame: DecodedFrame, from: PkiId): Verdict {
    const bytes = frame.message.channel;
    const gc = bytes && bytes.length > 0 ? this.deps.channels.get(channelFromBytes(bytes)) : undefined;
    const route: ChannelRoute | undefined = gc?.routes[frame.content.case as keyof GossipChannel['routes']];
    return route ? route(frame, from) : dropped('not-joined');
  }

  /**
   * A StateInfoSnapshot: each StateInfo in it is taken into its channel (not
   * passed on), and each channel it spoke of hears whether it held this
   * peer's own. Refused when any element was.
   */
  private snapshot(frame: DecodedFrame, from: PkiId): Verdict {
    const heard = new Map<GossipChannel, boolean>();
    let refused = false;
    for (const element of frame.message.stateSnapshot?.elements ?? []) {
      const taken = this.snapshotElement(element, from);
      refused ||= taken.refused;
      if (taken.gc) heard.set(taken.gc, (heard.get(taken.gc) ?? false) || taken.own);
    }
    for (const [gc, heldOwn] of heard) gc.snapshotHeard(heldOwn, from);
    return refused ? REFUSED : TAKEN;
  }

  /** The joined channel a StateInfo's MAC names, and the peer it is about. */
  private channelOfStateInfo(msg: GossipMessage): { gc: GossipChannel; pkiId: PkiId } | undefined {
    const info = msg.stateInfo;
    if (info?.pkiId?.length !== 32) return undefined;
    const pkiId = pkiIdFromBytes(info.pkiId);
    const mac = info.channel_MAC ?? new Uint8Array(0);
    for (const gc of this.deps.channels.values())
      if (!gc.hasLeft && gc.stateInfo.matches(pkiId, mac)) return { gc, pkiId };
    return undefined;
  }

  /**
   * Takes one StateInfo of a snapshot (recording its drop when refused);
   * says which channel it was of, if any, and whether it was this peer's own.
   */
  private snapshotElement(
    element: gossip.Envelope.$Properties,
    from: PkiId,
  ): { gc?: GossipChannel; own: boolean; refused: boolean } {
    let msg: gossip.GossipMessage;
    try {
      msg = gossip.GossipMessage.decode(element.payload ?? new Uint8Array(0));
    } catch {
      this.deps.drop('invalid', 'stateSnapshot', from, 'a snapshot element does not decode');
      return { own: false, refused: true };
    }
    if (!msg.stateInfo) {
      this.deps.drop('invalid', 'stateSnapshot', from, 'a snapshot element is no StateInfo');
      return { own: false, refused: true };
    }
    const match = this.channelOfStateInfo(msg);
    if (!match || !element.payload) return { own: false, refused: false };
    const own = match.gc.stateInfo.isOwn(match.pkiId);
    const verdict = own ? TAKEN : match.gc.stateInfo.handle(element, element.payload, msg, from);
    if (verdict.outcome === 'dropped') this.deps.drop(verdict.reason, 'stateInfo', from, verdict.detail);
    return { gc: match.gc, own, refused: verdict.outcome === 'dropped' };
  }
}
