import { dropped, TAKEN, type Verdict } from '../contracts/index.js';
import { fromHex, type PkiId } from '../ids.js';
import { memoized } from '../memo.js';
import { encodeEnvelope, type gossip, seal } from '../proto/index.js';
import type { Timer } from '../runtime/index.js';
import { createBlock } from './block.js';
import { ChannelBlocks } from './channel-blocks.js';
import { StateInfoPulls } from './channel-mesh.js';
import { type ChannelRoutes, channelRoutes } from './channel-routes.js';
import { type ChannelDeps, type ChannelPeer, mayBelong } from './context.js';
import { ChannelLeadership } from './leadership.js';
import type { Ledger } from './ledger.js';
import { StateInfoTable } from './state-info.js';
import { StateTransfer } from './state-transfer.js';
import { ChannelTransactions } from './transactions.js';

/**
 * One channel of this peer (Fabric's GossipChannel): who is in it and how
 * high their ledgers are (StateInfo), its chain of blocks (push, pull, state
 * transfer, fork choice), its transactions and its leader.
 */
export class GossipChannel {
  readonly stateInfo: StateInfoTable;
  /** This channel's cases of the routing table (see channel-routes.ts). */
  readonly routes: ChannelRoutes;
  readonly ledger: Ledger;
  private readonly blocks: ChannelBlocks;
  private readonly stateTransfer: StateTransfer;
  private readonly leadership: ChannelLeadership;
  private readonly transactions: ChannelTransactions;
  private readonly timers: Timer[] = [];
  private left = false;
  private stateInfoDirty = true;
  /** A height the application announced for a ledger it keeps itself (updateLedgerHeight). */
  private announcedHeight = 0;
  private memberView: { key: string; members: ChannelPeer[]; ids: PkiId[] } | undefined;
  /** How many peers were alive when this peer last published its StateInfo. */
  private heardBy = 0;
  /** Whether a member's StateInfo has reached this peer since it joined (or members were seeded). */
  private heardChannel = false;
  private joinedAt = 0;
  /** Where StateInfo pull requests go (see channel-mesh.ts). */
  private readonly stateInfoPulls: StateInfoPulls;

  constructor(
    private readonly deps: ChannelDeps,
    restored: readonly Uint8Array[],
  ) {
    this.stateInfo = new StateInfoTable(deps);
    this.stateInfoPulls = new StateInfoPulls(deps);
    this.blocks = new ChannelBlocks({
      ...deps,
      channelPeers: () => this.members(),
      isProducerMember: (producer) => this.isProducerMember(producer),
      hasLeft: () => this.left,
      committed: (blocks) => {
        this.transactions.committed(blocks);
        this.stateInfoDirty = true;
      },
      rolledBack: (blocks) => {
        this.transactions.rolledBack(blocks);
        this.stateInfoDirty = true;
      },
      probe: (peer, start, end) => this.stateTransfer.probe(peer, start, end),
    });
    this.ledger = this.blocks.ledger;
    this.transactions = new ChannelTransactions({
      ...deps,
      leader: () => this.leader(),
      memberIds: () => this.view().ids,
      caughtUp: () => this.mayCut(),
      cut: (txs) => this.cutBlock(txs),
    });
    this.blocks.restore(restored);
    this.stateTransfer = new StateTransfer({
      ...deps,
      ledger: this.ledger,
      channelPeers: () => this.members(),
      onLosingBranch: (peer) => this.blocks.forks.isLost(peer.head),
      deliver: (seq, bytes, from) => this.blocks.receive(seq, bytes, from, 'state'),
      probed: (peer, start, blocks) => this.blocks.forks.probeAnswered(peer, start, blocks),
    });
    this.stateInfo.onUpdate = (pkiId, height, head) => {
      this.heardChannel = true;
      this.blocks.forks.headHeard(pkiId, height, head);
    };
    // A member that joins pushes its StateInfo to a few peers, but learns the others' only as its
    // pulls find them (a few random peers a round): those it reached answer with their own at once.
    this.stateInfo.onJoined = (pkiId) => this.snapshotHeard(false, pkiId);
    this.leadership = new ChannelLeadership(
      deps,
      () => this.memberIds(),
      (leader, isSelf) => this.transactions.leaderChanged(leader, isSelf),
    );
    this.routes = channelRoutes({
      deps,
      hasLeft: () => this.left,
      blocks: this.blocks,
      stateTransfer: this.stateTransfer,
      leadership: this.leadership,
      transactions: this.transactions,
      stateInfo: this.stateInfo,
      answerStateInfoPull: (from) => this.answerStateInfoPull(from),
    });
  }

  start(): void {
    const { runtime, config } = this.deps;
    this.blocks.pull.engine.start();
    this.stateTransfer.start();
    this.leadership.start();
    this.joinedAt = runtime.now();
    this.heardChannel = this.stateInfo.seeded;
    // After a seeded (converged) join the others know this peer's state already: publish on change only.
    if (this.stateInfo.seeded) this.stateInfoDirty = false;
    else this.publishStateInfo();
    this.timers.push(
      runtime.setInterval(() => {
        this.publishStateInfo();
        // Until a member is heard of, ask more often than requestStateInfoInterval: at join nobody may be known alive yet.
        if (!this.heardChannel) this.requestStateInfo();
      }, config.publishStateInfoInterval),
      runtime.setInterval(() => this.requestStateInfo(), config.requestStateInfoInterval),
      // A member whose StateInfo named another head while a request was out is probed later.
      runtime.setInterval(() => this.left || this.blocks.forks.retry(), config.antiEntropyInterval),
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
  members(): ChannelPeer[] {
    return this.view().members;
  }

  /** The channel's members, rebuilt only when StateInfo or membership changed (it is read on every message). */
  private view(): { members: ChannelPeer[]; ids: PkiId[] } {
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
    () => seal({ stateSnapshot: { elements: this.stateInfo.snapshot() } }),
  );

  leader(): PkiId | undefined {
    return this.left ? undefined : this.leadership.leader();
  }

  /** Announces a ledger height kept outside the engine; the StateInfo carries the larger of it and our own. */
  announceHeight(height: number): void {
    if (height === this.announcedHeight) return;
    this.announcedHeight = height;
    this.stateInfoDirty = true;
    this.publishStateInfo();
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
  private answerStateInfoPull(from: PkiId): Verdict {
    if (!mayBelong(this.deps, from)) return dropped('not-member');
    this.deps.send(this.snapshot(), 'stateSnapshot', from);
    if (this.stateInfo.heightOf(from) === undefined) this.stateInfoPulls.askedBy(from);
    return TAKEN;
  }

  submitTransaction(data: Uint8Array): string {
    return this.transactions.submit(data);
  }

  /** Takes a block an application gossips itself (signed by its producer) and disseminates it. */
  gossipBlock(seq: number, bytes: Uint8Array): void {
    this.blocks.publish(seq, bytes);
  }

  /**
   * A leader cuts only on the channel's newest block: once its chain is caught
   * up (see ChannelBlocks.caughtUp), and once it has heard the channel's state
   * from a member, so that a peer restarted without its blocks does not start
   * a chain of its own before it learns of the one it had; when no member
   * answers for startupGracePeriod, it is taken to be alone in the channel.
   */
  private mayCut(): boolean {
    const alone = this.deps.runtime.now() - this.joinedAt >= this.deps.config.startupGracePeriod;
    return (this.heardChannel || alone) && this.blocks.caughtUp();
  }

  /** Cuts the next block on the newest held (the cutter asks only once the chain is caught up). */
  private cutBlock(transactions: gossip.TransactionMessage.$Properties[]): void {
    const number = this.ledger.height;
    const bytes = createBlock(this.deps.crypto, {
      channel: this.deps.channel,
      number,
      transactions,
      previousHash: fromHex(this.ledger.headHash),
      createdAtMs: Math.floor(this.deps.runtime.now()),
    });
    this.blocks.publishOwn(number, bytes);
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
    const height = Math.max(this.ledger.height, this.announcedHeight);
    const head = height === this.ledger.height ? fromHex(this.ledger.headHash) : new Uint8Array(0);
    const envelope = this.stateInfo.publish(height, this.left, head);
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
    const request = seal({ stateInfoPullReq: { channel_MAC: this.stateInfo.publishMac() } });
    for (const peer of this.stateInfoPulls.targets(this.view().ids, alive)) {
      this.deps.send(request, 'stateInfoPullReq', peer);
    }
  }

  private stopParts(): void {
    this.transactions.stop();
    this.blocks.pull.engine.stop();
    this.stateTransfer.stop();
    this.leadership.stop();
  }
}
