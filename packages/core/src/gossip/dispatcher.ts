import type { GossipChannel } from '../channel/gossip-channel.js';
import type { DecodedFrame } from '../comm/frame.js';
import type { LinkBudget } from '../comm/link-budget.js';
import type { Discovery } from '../discovery/index.js';
import { type ChannelId, channelFromBytes, type PkiId, pkiIdFromBytes } from '../ids.js';
import { type ContentCase, type Envelope, type GossipMessage, gossip } from '../proto/index.js';
import type { IdentityPuller } from '../pull/index.js';
import type { DropReason } from './metrics.js';

export interface DispatcherDeps {
  discovery: Discovery;
  identityPuller: IdentityPuller;
  channels: ReadonlyMap<ChannelId, GossipChannel>;
  /** What each link may still draw in answers: requests beyond are dropped as over-budget. */
  answers: Pick<LinkBudget, 'allows'>;
  drop(reason: DropReason, kind: ContentCase, from?: PkiId, detail?: string): void;
  pushToAlive(envelope: Envelope, kind: ContentCase, exclude?: PkiId): void;
}

type Handler = (frame: DecodedFrame, from: PkiId) => void;

/**
 * Routes each authenticated message by its content case to the module that
 * owns it; adding a message kind touches this table and that module.
 */
export class Dispatcher {
  private readonly table: Partial<Record<ContentCase, Handler>>;

  constructor(private readonly deps: DispatcherDeps) {
    const toChannel: Handler = (frame, from) => this.toChannel(frame, from);
    const pull: Handler = (frame, from) => this.pull(frame, from);
    this.table = {
      aliveMsg: (frame, from) => {
        if (deps.discovery.handleAlive(frame.envelope, frame.payload, frame.message, from)) {
          deps.pushToAlive(frame.envelope, 'aliveMsg', from);
        }
      },
      memReq: (frame, from) => {
        if (this.withinBudget('memReq', from)) deps.discovery.handleMembershipRequest(frame.message, from);
      },
      memRes: (frame, from) => deps.discovery.handleMembershipResponse(frame.message, from),
      peerIdentity: (frame, from) => {
        if (deps.identityPuller.accept(frame.envelope, from))
          deps.pushToAlive(frame.envelope, 'peerIdentity', from);
      },
      hello: pull,
      dataDig: pull,
      dataReq: pull,
      dataUpdate: pull,
      dataMsg: toChannel,
      stateRequest: toChannel,
      stateResponse: toChannel,
      leadershipMsg: toChannel,
      txMsg: toChannel,
      stateInfo: (frame, from) => {
        const gc = this.channelOfStateInfo(frame.message)?.gc;
        if (!gc) {
          deps.drop('not-joined', 'stateInfo', from);
          return;
        }
        if (gc.stateInfo.handle(frame.envelope, frame.payload, frame.message, from)) {
          gc.forwardStateInfo(frame.envelope, from);
        }
      },
      stateSnapshot: (frame, from) => {
        // Each channel the snapshot spoke of, and whether it held this peer's own StateInfo.
        const heard = new Map<GossipChannel, boolean>();
        for (const element of frame.message.stateSnapshot?.elements ?? []) {
          const match = this.snapshotElement(element, from);
          if (match) heard.set(match.gc, (heard.get(match.gc) ?? false) || match.own);
        }
        for (const [gc, heldOwn] of heard) gc.snapshotHeard(heldOwn, from);
      },
      stateInfoPullReq: (frame, from) => {
        if (!this.withinBudget('stateInfoPullReq', from)) return;
        const mac = frame.message.stateInfoPullReq?.channel_MAC ?? new Uint8Array(0);
        const gc = [...deps.channels.values()].find((c) => !c.hasLeft && c.stateInfo.matches(from, mac));
        if (gc) gc.answerStateInfoPull(from);
        else deps.drop('not-joined', 'stateInfoPullReq', from);
      },
      // Signals are the WebRTC transport's, which takes them through a passThrough subscription
      // (handed over before dispatch); the engine itself has nothing to do with one.
      signal: () => {},
    };
  }

  dispatch(frame: DecodedFrame, from: PkiId): void {
    const handler = this.table[frame.content.case];
    if (handler) handler(frame, from);
    else this.deps.drop('unexpected', frame.content.case, from);
  }

  /** Whether `from` may still be answered; a request beyond its answer budget is dropped and counted. */
  private withinBudget(kind: ContentCase, from: PkiId): boolean {
    if (this.deps.answers.allows(from)) return true;
    this.deps.drop('over-budget', kind, from, 'the link drew its answer budget');
    return false;
  }

  private pull(frame: DecodedFrame, from: PkiId): void {
    const msg = frame.message;
    const type = (msg.hello ?? msg.dataDig ?? msg.dataReq ?? msg.dataUpdate)?.msgType;
    if (type === gossip.PullMsgType.IDENTITY_MSG) this.deps.identityPuller.mediator.handle(msg, from);
    else if (type === gossip.PullMsgType.BLOCK_MSG) this.toChannel(frame, from);
    else this.deps.drop('invalid', frame.content.case, from, 'pull message without a known msg_type');
  }

  private toChannel(frame: DecodedFrame, from: PkiId): void {
    const bytes = frame.message.channel;
    const gc = bytes && bytes.length > 0 ? this.deps.channels.get(channelFromBytes(bytes)) : undefined;
    if (!gc) {
      this.deps.drop('not-joined', frame.content.case, from);
      return;
    }
    gc.handle(frame.message, frame.envelope, frame.payload, from);
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

  /** Takes one StateInfo of a snapshot; says which channel it was of and whether it was this peer's own. */
  private snapshotElement(
    element: gossip.Envelope.$Properties,
    from: PkiId,
  ): { gc: GossipChannel; own: boolean } | undefined {
    let msg: gossip.GossipMessage;
    try {
      msg = gossip.GossipMessage.decode(element.payload ?? new Uint8Array(0));
    } catch {
      this.deps.drop('invalid', 'stateSnapshot', from, 'a snapshot element does not decode');
      return undefined;
    }
    if (!msg.stateInfo) {
      this.deps.drop('invalid', 'stateSnapshot', from, 'a snapshot element is no StateInfo');
      return undefined;
    }
    const match = this.channelOfStateInfo(msg);
    if (!match || !element.payload) return undefined;
    const own = match.gc.stateInfo.isOwn(match.pkiId);
    if (!own) match.gc.stateInfo.handle(element, element.payload, msg, from);
    return { gc: match.gc, own };
  }
}
