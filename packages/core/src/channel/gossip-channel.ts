import { encodeEnvelope } from '../comm/frame.js';
import { type PkiId, pkiIdToBytes, toHex } from '../ids.js';
import { memoized } from '../memo.js';
import { type Envelope, type GossipMessage, type gossip, u64 } from '../proto/index.js';
import type { Timer } from '../runtime/index.js';
import { createBlock, headerHash } from './block.js';
import { BlockCutter } from './block-cutter.js';
import { ChannelBlocks } from './channel-blocks.js';
import { StateInfoPulls } from './channel-mesh.js';
import {
  type ChannelDeps,
  channelMessage,
  forwardInChannel,
  mayBelong,
  preferLinked,
  unsignedEnvelope,
} from './context.js';
import { ChannelLeadership } from './leadership.js';
import type { Ledger } from './ledger.js';
import { StateInfoTable } from './state-info.js';
import { StateTransfer } from './state-transfer.js';

/**
 * One channel of this peer (Fabric's GossipChannel): who is in it and how
 * high their ledgers are (StateInfo), its blocks (push, pull, state
 * transfer), its transactions and its leader.
 */
export class GossipChannel {
  readonly stateInfo: StateInfoTable;
  readonly ledger: Ledger;
  private readonly blocks: ChannelBlocks;
  private readonly stateTransfer: StateTransfer;
  private readonly leadership: ChannelLeadership;
  private readonly cutter: BlockCutter;
  private readonly timers: Timer[] = [];
  private left = false;
  private stateInfoDirty = true;
  /** A height the application announced for a ledger it keeps itself (updateLedgerHeight). */
  private announcedHeight = 0;
  private memberView: { key: string; members: { pkiId: PkiId; height: number }[]; ids: PkiId[] } | undefined;
  /** How many peers were alive when this peer last published its StateInfo. */
  private heardBy = 0;
  /** This peer's own transactions not yet in a block, by id, with when each last went out. */
  private readonly ownSentAt = new Map<string, number>();
  /** Runs while ownSentAt holds any: sends again what has waited too long. */
  private resendTimer: Timer | undefined;
  /** Where StateInfo pull requests go (see channel-mesh.ts). */
  private readonly stateInfoPulls: StateInfoPulls;

  constructor(
    private readonly deps: ChannelDeps,
    restored: readonly Uint8Array[],
  ) {
    this.stateInfo = new StateInfoTable(deps);
    this.stateInfoPulls = new StateInfoPulls(deps);
    this.cutter = new BlockCutter({
      runtime: deps.runtime,
      config: deps.config,
      cut: (txs) => this.cutBlock(txs),
    });
    this.blocks = new ChannelBlocks({
      ...deps,
      channelPeers: () => this.members(),
      isProducerMember: (producer) => this.isProducerMember(producer),
      hasLeft: () => this.left,
      committed: (txIds) => {
        this.cutter.committedIds(txIds);
        for (const txId of txIds) this.ownSentAt.delete(txId);
        this.stateInfoDirty = true;
      },
    });
    this.ledger = this.blocks.ledger;
    this.blocks.restore(restored);
    this.stateTransfer = new StateTransfer({
      ...deps,
      ledger: this.ledger,
      channelPeers: () => this.members(),
      deliver: (seq, bytes, from) => this.blocks.receive(seq, bytes, from, 'state'),
    });
    this.leadership = new ChannelLeadership(
      deps,
      () => this.memberIds(),
      (leader, isSelf) => {
        this.cutter.setLeading(isSelf);
        if (leader !== undefined && !isSelf) this.resendOwnPending(0);
      },
    );
  }

  start(): void {
    const { runtime, config } = this.deps;
    this.blocks.pull.engine.start();
    this.stateTransfer.start();
    this.leadership.start();
    // After a seeded (converged) join the others know this peer's state already: publish on change only.
    if (this.stateInfo.seeded) this.stateInfoDirty = false;
    else this.publishStateInfo();
    this.timers.push(
      runtime.setInterval(() => this.publishStateInfo(), config.publishStateInfoInterval),
      runtime.setInterval(() => this.requestStateInfo(), config.requestStateInfoInterval),
    );
    this.requestStateInfo();
  }

  /** Leaves the channel: announces it, stops pulling and producing, takes no more blocks. */
  leave(): void {
    if (this.left) return;
    this.left = true;
    this.stopParts();
    this.stateInfoDirty = true;
    this.publishStateInfo();
  }

  stop(): void {
    this.stopParts();
    for (const timer of this.timers) timer.cancel();
  }

  get hasLeft(): boolean {
    return this.left;
  }

  /** Channel members (this peer excluded) with the heights they announced; none once left. */
  members(): { pkiId: PkiId; height: number }[] {
    return this.view().members;
  }

  /** The channel's members, rebuilt only when StateInfo or membership changed (it is read on every message). */
  private view(): { members: { pkiId: PkiId; height: number }[]; ids: PkiId[] } {
    const key = `${this.left}/${this.stateInfo.version}/${this.deps.membershipVersion()}`;
    if (this.memberView?.key !== key) {
      const members = this.left ? [] : this.stateInfo.members(new Set(this.deps.aliveIds()));
      this.memberView = { key, members, ids: members.map((m) => m.pkiId) };
    }
    return this.memberView;
  }

  /** Every StateInfo held, as one StateInfoSnapshot; encoded again only when the table changed. */
  private readonly snapshot = memoized(
    () => String(this.stateInfo.version),
    () => unsignedEnvelope({ stateSnapshot: { elements: this.stateInfo.snapshot() } }),
  );

  leader(): PkiId | undefined {
    return this.left ? undefined : this.leadership.leader();
  }

  handle(msg: GossipMessage, envelope: Envelope, payload: Uint8Array, from: PkiId): void {
    if (this.left && !msg.stateRequest) {
      this.deps.drop('not-joined', kindOf(msg), from);
      return;
    }
    if (!mayBelong(this.deps, from)) {
      this.deps.drop('not-member', kindOf(msg), from);
      return;
    }
    if (msg.dataMsg) this.blocks.receivePushed(msg, envelope, from);
    else if (msg.hello || msg.dataDig || msg.dataReq || msg.dataUpdate) this.blocks.pull.handle(msg, from);
    else if (msg.stateRequest) this.stateTransfer.handleRequest(msg, from);
    else if (msg.stateResponse) this.stateTransfer.handleResponse(msg, from);
    else if (msg.leadershipMsg) this.leadership.handle(envelope, payload, msg, from);
    else if (msg.txMsg) this.receiveTransaction(msg, envelope, from);
  }

  /** Announces a ledger height kept outside the engine; the StateInfo carries the larger of it and our own. */
  announceHeight(height: number): void {
    if (height === this.announcedHeight) return;
    this.announcedHeight = height;
    this.stateInfoDirty = true;
    this.publishStateInfo();
  }

  /** Passes a new StateInfo on to the channel's possible members only. */
  forwardStateInfo(envelope: Envelope, from: PkiId): void {
    forwardInChannel(this.deps, envelope, 'stateInfo', from);
  }

  /**
   * A StateInfoSnapshot arrived from a peer. One without this peer's own
   * StateInfo means the last publish did not reach that peer (it went out
   * while few peers were known, or the push missed it): hand it the
   * StateInfo directly. It is new there, so that peer forwards it, and it
   * spreads on through whoever else lacks it and stops where it is known,
   * instead of waiting for pulls to carry it one link per period. A peer
   * that has published nothing yet (a seeded join) has nothing to hand.
   */
  snapshotHeard(heldOwn: boolean, from: PkiId): void {
    const own = this.stateInfo.ownEnvelope;
    if (!heldOwn && own) this.deps.send(own, 'stateInfo', from);
  }

  /** Answers a StateInfoPullRequest with every StateInfo of the channel. */
  answerStateInfoPull(from: PkiId): void {
    if (!mayBelong(this.deps, from)) {
      this.deps.drop('not-member', 'stateInfoPullReq', from);
      return;
    }
    this.deps.send(this.snapshot(), 'stateSnapshot', from);
  }

  submitTransaction(data: Uint8Array): string {
    const txIdBytes = this.deps.runtime.randomBytes(16);
    const txId = toHex(txIdBytes);
    const tx: gossip.TransactionMessage.$Properties = {
      txId: txIdBytes,
      data,
      submitter: pkiIdToBytes(this.deps.crypto.pkiId),
      createdAtMs: u64(BigInt(Math.floor(this.deps.runtime.now()))),
    };
    if (this.cutter.add(txId, tx)) {
      this.ownSentAt.set(txId, this.deps.runtime.now());
      this.watchOwnPending();
      this.routeTransaction(transactionEnvelope(this.deps, tx));
    }
    return txId;
  }

  /**
   * A transaction goes where it is cut: straight to the leader (nothing when
   * this peer leads), or, while no leader in the channel is known, by push
   * to the channel; every peer keeps it in its pool meanwhile, so a later
   * leader cuts it too.
   */
  private routeTransaction(envelope: Envelope, from?: PkiId): void {
    const self = this.deps.crypto.pkiId;
    const leader = this.leader();
    if (leader === self || (leader !== undefined && leader === from)) return;
    if (leader !== undefined && this.view().ids.includes(leader)) this.deps.send(envelope, 'txMsg', leader);
    else this.pushToMembers(envelope, 'txMsg', from);
  }

  /**
   * This peer's own transactions still uncommitted go out again once they
   * have waited `minWaitMs`: to each new leader at once (a leader may fall
   * before it cuts what it was sent), and to the same leader after
   * leaderAliveThreshold (the frame may have been lost with the link it was
   * queued on). A peer that holds one already drops the copy.
   */
  private resendOwnPending(minWaitMs: number): void {
    const now = this.deps.runtime.now();
    for (const [txId, sentAt] of this.ownSentAt) {
      if (now - sentAt < minWaitMs) continue;
      const tx = this.cutter.get(txId);
      if (!tx) {
        this.ownSentAt.delete(txId);
        continue;
      }
      this.ownSentAt.set(txId, now);
      this.routeTransaction(transactionEnvelope(this.deps, tx));
    }
  }

  /** Checks every half leaderAliveThreshold, while this peer has transactions of its own uncommitted. */
  private watchOwnPending(): void {
    if (this.resendTimer) return;
    const wait = this.deps.config.leaderAliveThreshold;
    this.resendTimer = this.deps.runtime.setInterval(() => {
      this.resendOwnPending(wait);
      if (this.ownSentAt.size > 0) return;
      this.resendTimer?.cancel();
      this.resendTimer = undefined;
    }, wait / 2);
  }

  /** Takes a block an application gossips itself (signed by its producer) and disseminates it. */
  gossipBlock(seq: number, bytes: Uint8Array): void {
    this.blocks.publish(seq, bytes);
  }

  private receiveTransaction(msg: GossipMessage, envelope: Envelope, from: PkiId): void {
    const tx = msg.txMsg;
    if (!tx?.txId || tx.txId.length === 0) {
      this.deps.drop('invalid', 'txMsg', from, 'transaction without an id');
      return;
    }
    if (this.cutter.add(toHex(tx.txId), tx)) this.routeTransaction(envelope, from);
    else this.deps.drop('duplicate', 'txMsg', from);
  }

  private cutBlock(transactions: gossip.TransactionMessage.$Properties[]): void {
    const number = Math.max(this.ledger.height, this.ledger.highest + 1);
    const previous = number > 0 ? this.ledger.bytes(number - 1) : undefined;
    const bytes = createBlock(this.deps.crypto, {
      channel: this.deps.channel,
      number,
      transactions,
      previousHash: previous ? headerHash(previous) : new Uint8Array(0),
      createdAtMs: Math.floor(this.deps.runtime.now()),
    });
    this.gossipBlock(number, bytes);
  }

  private pushToMembers(envelope: Envelope, kind: 'txMsg', from?: PkiId): void {
    this.deps.push({
      frame: encodeEnvelope(envelope),
      kind,
      candidates: () => preferLinked(this.deps, this.memberIds()),
      exclude: from,
      // Transactions must reach the leader whatever the block push setting.
      essential: true,
    });
  }

  /**
   * A block's producer must belong to the channel: be allowed by its
   * restriction and have announced itself in it (a StateInfo, even one of a
   * peer now gone), so an outsider cannot slip blocks into an open channel.
   */
  private isProducerMember(producer: PkiId): boolean {
    if (!mayBelong(this.deps, producer)) return false;
    return producer === this.deps.crypto.pkiId || this.stateInfo.heightOf(producer) !== undefined;
  }

  private memberIds(): PkiId[] {
    return this.view().ids.slice();
  }

  private publishStateInfo(): void {
    const alive = this.deps.aliveIds().filter((id) => mayBelong(this.deps, id));
    // Published to nobody is not published: wait until someone is alive to hear it. And while
    // membership is still growing (doubling since the last publish), tell the newcomers too.
    if (alive.length >= 2 * this.heardBy && alive.length > this.heardBy) this.stateInfoDirty = true;
    if (!this.stateInfoDirty || alive.length === 0) return;
    this.stateInfoDirty = false;
    this.heardBy = alive.length;
    const envelope = this.stateInfo.publish(Math.max(this.ledger.height, this.announcedHeight), this.left);
    this.deps.push({
      frame: encodeEnvelope(envelope),
      kind: 'stateInfo',
      candidates: () => this.deps.pushTargets(),
      essential: true,
    });
  }

  private requestStateInfo(): void {
    if (this.left) return;
    const alive = this.deps.aliveIds().filter((id) => mayBelong(this.deps, id));
    const request = unsignedEnvelope({ stateInfoPullReq: { channel_MAC: this.stateInfo.publishMac() } });
    for (const peer of this.stateInfoPulls.targets(this.view().ids, alive)) {
      this.deps.send(request, 'stateInfoPullReq', peer);
    }
  }

  private stopParts(): void {
    this.resendTimer?.cancel();
    this.resendTimer = undefined;
    this.blocks.pull.engine.stop();
    this.stateTransfer.stop();
    this.leadership.stop();
    this.cutter.stop();
  }
}

function kindOf(msg: GossipMessage) {
  for (const key of [
    'dataMsg',
    'hello',
    'dataDig',
    'dataReq',
    'dataUpdate',
    'leadershipMsg',
    'txMsg',
  ] as const) {
    if (msg[key]) return key;
  }
  return 'stateResponse' as const;
}

function transactionEnvelope(deps: ChannelDeps, tx: gossip.TransactionMessage.$Properties): Envelope {
  return unsignedEnvelope(channelMessage(deps, { txMsg: tx }));
}
