import {
  type BlockInfo,
  dropped,
  type Forward,
  news,
  type PushItem,
  type Verdict,
} from '../contracts/index.js';
import { bytesEqual, type PkiId, pkiIdToBytes, toHex } from '../ids.js';
import { rememberBounded } from '../memo.js';
import {
  big,
  type Envelope,
  encodeEnvelope,
  type GossipMessage,
  type gossip,
  seal,
  u64,
} from '../proto/index.js';
import type { Timer } from '../runtime/index.js';
import { BlockCutter } from './block-cutter.js';
import { type ChannelDeps, channelMessage } from './context.js';

/** How many sendings a peer remembers having passed on. */
const RELAYED_MEMORY = 4096;

export interface ChannelTransactionsDeps extends ChannelDeps {
  /** The channel's leader as this peer sees it. */
  leader(): PkiId | undefined;
  /** The channel's members in view now (this peer excluded). */
  memberIds(): PkiId[];
  /** Whether this peer's chain is where the next block goes (see ChannelBlocks.caughtUp). */
  caughtUp(): boolean;
  /** Cuts and publishes a block of these transactions. */
  cut(transactions: gossip.TransactionMessage.$Properties[]): void;
}

/**
 * A channel's transactions: routed to the leader, pooled by every peer until
 * a block holds them (so a new leader cuts what the old one left), cut by the
 * leader, sent again by their submitter while they wait, and put back in the
 * pool when the block that held them loses a fork.
 */
export class ChannelTransactions {
  private readonly cutter: BlockCutter;
  /** This peer's own transactions not yet in a block, by id, with when each last went out. */
  private readonly ownSentAt = new Map<string, number>();
  /** Runs while ownSentAt holds any: sends again what has waited too long. */
  private resendTimer: Timer | undefined;
  /** Sendings already passed on, as transaction id and the nonce of that sending. */
  private readonly relayed = new Set<string>();

  constructor(private readonly deps: ChannelTransactionsDeps) {
    this.cutter = new BlockCutter({
      runtime: deps.runtime,
      config: deps.config,
      ready: deps.caughtUp,
      cut: deps.cut,
    });
  }

  submit(data: Uint8Array): string {
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
      this.route(this.envelope(tx));
    }
    return txId;
  }

  /**
   * A transaction handed to this peer: pooled and passed on when new. Each
   * sending (a submit or a resend, told apart by the message's nonce) is
   * passed on once, even of a transaction pooled already, so a resend reaches
   * the leader through peers that held the first sending when that one missed it.
   */
  receive(msg: GossipMessage, envelope: Envelope, from: PkiId): Verdict {
    const tx = msg.txMsg;
    if (!tx?.txId || tx.txId.length === 0) return dropped('invalid', 'transaction without an id');
    const txId = toHex(tx.txId);
    const sending = `${txId}/${big(msg.nonce ?? 0)}`;
    const fresh = this.cutter.add(txId, tx);
    if (!fresh && (this.cutter.isCommitted(txId) || this.relayed.has(sending))) return dropped('duplicate');
    rememberBounded(this.relayed, sending, RELAYED_MEMORY);
    return news(this.routeOf(envelope, from));
  }

  /** Blocks joined the chain: their transactions leave the pool. */
  committed(blocks: BlockInfo[]): void {
    for (const block of blocks) {
      this.cutter.committedIds(block.txIds);
      for (const txId of block.txIds) this.ownSentAt.delete(txId);
    }
  }

  /** Blocks lost a fork: their transactions wait in the pool again, and this peer's own are sent again. */
  rolledBack(blocks: { transactions: gossip.TransactionMessage.$Properties[] }[]): void {
    const self = pkiIdToBytes(this.deps.crypto.pkiId);
    const now = this.deps.runtime.now();
    for (const tx of blocks.flatMap((block) => block.transactions)) {
      const txId = toHex(tx.txId ?? new Uint8Array(0));
      this.cutter.returned(txId, tx);
      if (tx.submitter && bytesEqual(tx.submitter, self)) this.ownSentAt.set(txId, now);
    }
    if (this.ownSentAt.size > 0) this.watchOwnPending();
  }

  /** The leader changed: lead, or hand this peer's own waiting transactions to the new leader. */
  leaderChanged(leader: PkiId | undefined, isSelf: boolean): void {
    this.cutter.setLeading(isSelf);
    if (leader !== undefined && !isSelf) this.resendOwnPending(0);
  }

  stop(): void {
    this.resendTimer?.cancel();
    this.resendTimer = undefined;
    this.cutter.stop();
  }

  /**
   * A transaction goes where it is cut: straight to the leader over the link
   * this peer holds to it. Without one (links are capped, and while the
   * signaling server is down no new one can open), or while no leader is
   * known, it goes into the channel by push; a peer handed one passes it to
   * the leader the same way, so it reaches the leader over links that exist.
   */
  private routeOf(envelope: Envelope, from?: PkiId): Forward | undefined {
    const leader = this.deps.leader();
    if (leader === this.deps.crypto.pkiId || (leader !== undefined && leader === from)) return undefined;
    const linked =
      leader !== undefined && this.deps.isLinked(leader) && this.deps.memberIds().includes(leader);
    return linked ? { to: 'peer', pkiId: leader } : { to: 'push', item: this.membersPush(envelope, from) };
  }

  /** Sends this peer's own transaction where routeOf says (a received one goes there through the dispatcher). */
  private route(envelope: Envelope): void {
    const forward = this.routeOf(envelope);
    if (forward?.to === 'peer') this.deps.send(envelope, 'txMsg', forward.pkiId);
    else if (forward?.to === 'push') this.deps.push(forward.item);
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
      this.route(this.envelope(tx));
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

  /** Pushed to linked members when there are any: a transaction must not wait on a dial that may never open. */
  private membersPush(envelope: Envelope, from?: PkiId): PushItem {
    return {
      frame: encodeEnvelope(envelope),
      kind: 'txMsg',
      candidates: () => {
        const members = this.deps.memberIds();
        const linked = members.filter((id) => this.deps.isLinked(id));
        return linked.length > 0 ? linked : members;
      },
      exclude: from,
      // Transactions must reach the leader whatever the block push setting.
      essential: true,
    };
  }

  /** A sending of a transaction: a fresh nonce tells it from earlier sendings of the same one. */
  private envelope(tx: gossip.TransactionMessage.$Properties): Envelope {
    const nonce = u64(this.deps.runtime.randomU64());
    return seal(channelMessage(this.deps, { nonce, txMsg: tx }));
  }
}
