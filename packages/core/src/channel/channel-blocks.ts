import {
  type BlockInfo,
  type BlockVia,
  dropped,
  news,
  type PushItem,
  REFUSED,
  type Verdict,
} from '../contracts/index.js';
import { bytesEqual, type PkiId } from '../ids.js';
import { rememberBounded } from '../memo.js';
import {
  type Envelope,
  encodeEnvelope,
  type GossipMessage,
  gossip,
  seal,
  small,
  u64,
} from '../proto/index.js';
import { PullMediator } from '../pull/mediator.js';
import { sample } from '../runtime/index.js';
import { parseBlock } from './block.js';
import { infoOf, ownBlock, verifiedBlock } from './block-checks.js';
import { type ChannelDeps, type ChannelPeer, channelMessage, mayBelong, preferLinked } from './context.js';
import { CutReadiness } from './cut-readiness.js';
import { ForkChoice, type Verified } from './fork-choice.js';
import { type Held, Ledger, pendingBlockLimit } from './ledger.js';

/** How many taken blocks are remembered (far beyond the blocks a rollback can clear from waiting). */
const TAKEN_MEMORY = 4096;

export interface ChannelBlocksDeps extends ChannelDeps {
  /** Channel members (this peer excluded) with the heights they announced. */
  channelPeers(): ChannelPeer[];
  /** Whether a producer belongs to the channel. */
  isProducerMember(producer: PkiId): boolean;
  /** Whether this peer has left the channel (then it takes no more blocks). */
  hasLeft(): boolean;
  /** Blocks committed, in order: their transaction ids leave the pool, the height changed. */
  committed(blocks: BlockInfo[]): void;
  /** Blocks rolled back by a fork (oldest first): their transactions go back to the pool. */
  rolledBack(blocks: { info: BlockInfo; transactions: gossip.TransactionMessage.$Properties[] }[]): void;
  /** Asks `peer` for its blocks start..end to find where two chains part; false when a request is out. */
  probe(peer: PkiId, start: number, end: number): boolean;
}

/**
 * A channel's blocks on every path: verified and stored on their parent,
 * pushed on when new (with lazy-push adverts to linked members that may lack
 * them), pulled through the block-bound pull engine (id = seq number, ingress
 * only for seq ≥ own height), handed in by state transfer, and weighed by
 * the fork-choice rule when they compete with the chain held.
 */
export class ChannelBlocks {
  readonly ledger: Ledger;
  readonly pull: PullMediator;
  readonly forks: ForkChoice;
  /** Hashes of the blocks taken lately, so one taken again is not news twice. */
  private readonly taken = new Set<string>();
  private readonly readiness: CutReadiness;

  constructor(private readonly deps: ChannelBlocksDeps) {
    const { config } = deps;
    this.ledger = new Ledger(pendingBlockLimit(config));
    this.forks = new ForkChoice({
      ledger: this.ledger,
      batchSize: config.antiEntropyBatchSize,
      probe: deps.probe,
      verify: (seq, bytes, from) => verifiedBlock(deps, seq, bytes, from, 'state'),
      switchTo: (seq, blocks, from) => this.switchTo(seq, blocks, from),
      kept: (seq, winner) => this.resolved(seq, winner, []),
      detected: (seq, ours, theirs, from) => {
        deps.metrics.forkDetected();
        deps.events.emit({ type: 'fork-detected', channel: deps.channel, seq, ours, theirs, from });
      },
    });
    this.readiness = new CutReadiness({
      ...deps,
      ledger: this.ledger,
      isLost: (hash) => this.forks.isLost(hash),
    });
    this.pull = new PullMediator(
      {
        msgType: gossip.PullMsgType.BLOCK_MSG,
        channel: deps.channel,
        selectPeers: () => sample(deps.runtime, preferLinked(deps, this.memberIds()), config.pullPeerNum),
        envelopeOf: (item) => this.envelope(Number(item)),
        accept: (envelope, from, immediate) => this.acceptPulled(envelope, from, immediate),
        filterIngress: (_from, items) => items.filter((item) => this.wants(Number(item))),
        filterEgress: (to, items) => (mayBelong(deps, to) ? items : []),
        send: deps.send,
        drop: deps.drop,
      },
      deps,
    );
  }

  /** Restores blocks this peer stored earlier (serialized, seq 0 first), up to the first that does not chain. */
  restore(blocks: readonly Uint8Array[]): void {
    const self = this.deps.crypto.pkiId;
    for (const [seq, bytes] of blocks.entries()) {
      const block = parseBlock(bytes);
      if (!block || block.number !== seq) break;
      const info = infoOf(this.deps, seq, bytes, block, 'restored', self);
      if (!this.ledger.restore(bytes, info)) break;
      this.deps.committed([info]);
    }
  }

  /** A DataMessage pushed to us: stored, and pushed on when new; receive() records why one was refused. */
  receivePushed(msg: GossipMessage, envelope: Envelope, from: PkiId): Verdict {
    const payload = msg.dataMsg?.payload;
    if (!payload?.data) return dropped('invalid', 'DataMessage without payload');
    const seq = small(payload.seqNum);
    if (!this.receive(seq, payload.data, from, 'push')) return REFUSED;
    const item = this.pushItem(seq, from, envelope);
    return news(item && { to: 'push', item });
  }

  /** A block an application gossips (signed by its producer): verified, stored, then pushed. */
  publish(seq: number, bytes: Uint8Array): void {
    if (this.receive(seq, bytes, this.deps.crypto.pkiId, 'self')) this.push(seq);
  }

  /** A block this peer has just cut and signed: stored and pushed without checking its own signature. */
  publishOwn(seq: number, bytes: Uint8Array): void {
    if (this.receive(seq, bytes, this.deps.crypto.pkiId, 'self', true)) this.push(seq);
  }

  /** Verifies (unless `signedHere`) and stores a block; true when it was new (stored, or won a fork). */
  receive(seq: number, bytes: Uint8Array, from: PkiId, via: BlockVia, signedHere = false): boolean {
    if (this.deps.hasLeft()) {
      this.deps.drop('not-joined', 'dataMsg', from);
      return false;
    }
    const held = this.ledger.bytes(seq);
    if (held && bytesEqual(held, bytes)) {
      this.deps.drop('duplicate', 'dataMsg', from);
      return false;
    }
    const block = signedHere
      ? ownBlock(this.deps, seq, bytes)
      : verifiedBlock(this.deps, seq, bytes, from, via);
    if (!block) return false;
    const { hash, previousHash } = block.info;
    if (this.forks.isLost(hash) || this.forks.isLost(previousHash)) {
      this.forks.markLost(hash);
      this.deps.drop('fork-lost', 'dataMsg', from);
      return false;
    }
    const offer = this.ledger.offer(bytes, block.info);
    if (offer.taken) {
      this.committed(offer.committed);
      for (const wrong of offer.discarded) this.forks.evidence(wrong, wrong.info.from);
      // A block taken once before (it waited ahead of a gap that a rollback cleared) is stored again
      // but is no news: it was pushed on and handed to subscribers the first time.
      const again = this.taken.has(hash);
      rememberBounded(this.taken, hash, TAKEN_MEMORY);
      if (!again) return true;
      this.deps.drop('duplicate', 'dataMsg', from);
      return false;
    }
    if (offer.reason === 'conflict' || offer.reason === 'wrong-parent') {
      if (this.forks.evidence(block, from)) return true;
      this.deps.drop('wrong-parent', 'dataMsg', from);
      return false;
    }
    this.deps.drop(offer.reason, 'dataMsg', from);
    return false;
  }

  /** Whether this peer may cut the next block (see CutReadiness). */
  caughtUp(): boolean {
    return this.readiness.caughtUp();
  }

  /** The DataMessage envelope of a stored block, as it is pushed and pulled. */
  envelope(seq: number): Envelope | undefined {
    const data = this.ledger.bytes(seq);
    if (!data) return undefined;
    return seal(channelMessage(this.deps, { dataMsg: { payload: { seqNum: u64(BigInt(seq)), data } } }));
  }

  /** Rolls the chain back to `seq` and puts the winning branch on it (a fork settled against this peer). */
  private switchTo(seq: number, branch: Verified[], from: PkiId): Held[] {
    const removed = this.ledger.truncate(seq);
    for (const block of removed) this.pull.engine.remove(String(block.info.seq));
    this.deps.rolledBack(
      removed.map((block) => ({
        info: block.info,
        transactions: parseBlock(block.bytes)?.transactions ?? [],
      })),
    );
    const added: Held[] = [];
    for (const block of branch) {
      const offer = this.ledger.offer(block.bytes, { ...block.info, from });
      if (!offer.taken) break;
      added.push(...offer.committed);
    }
    this.resolved(
      seq,
      this.ledger.at(seq)?.info.hash ?? '',
      removed.map((block) => block.info),
    );
    this.committed(added);
    return removed;
  }

  /** A fork settled at `seq`: counted and told, with this peer's blocks that lost (none when its own won). */
  private resolved(seq: number, winner: string, removed: BlockInfo[]): void {
    this.deps.metrics.forkResolved(removed.length);
    this.deps.events.emit({ type: 'fork-resolved', channel: this.deps.channel, seq, winner, removed });
  }

  /** What follows from blocks joining the chain: pull digests, the pool, events. */
  private committed(blocks: Held[]): void {
    if (blocks.length === 0) return;
    const window = this.deps.config.maxBlockCountToStore;
    for (const block of blocks) {
      this.pull.engine.add(String(block.info.seq));
      this.pull.engine.remove(String(block.info.seq - window));
    }
    this.deps.committed(blocks.map((block) => block.info));
    for (const block of blocks)
      this.deps.events.emit({ type: 'block-added', block: block.info, bytes: block.bytes });
  }

  /** Pushes a block on (see pushItem). */
  private push(seq: number, from?: PkiId): void {
    const item = this.pushItem(seq, from);
    if (item) this.deps.push(item);
  }

  /**
   * How a block is pushed on (this peer's own to publishPeerNum peers), and
   * advertised to other linked members that may lack it (lazy push).
   */
  private pushItem(seq: number, from?: PkiId, received?: Envelope): PushItem | undefined {
    const envelope = received ?? this.envelope(seq);
    if (!envelope) return undefined;
    const { lazyPushPeerNum: lazy, publishPeerNum } = this.deps.config;
    const own = from === undefined;
    return {
      frame: encodeEnvelope(envelope),
      kind: 'dataMsg',
      candidates: () => preferLinked(this.deps, this.memberIds()),
      fanout: own && publishPeerNum > 0 ? publishPeerNum : undefined,
      exclude: from,
      pushed: (to) => {
        if (lazy <= 0) return;
        const skip = new Set([...to, ...(from ? [from] : [])]);
        const others = this.deps
          .channelPeers()
          .filter((m) => !skip.has(m.pkiId) && this.deps.isLinked(m.pkiId) && m.height <= seq);
        for (const peer of sample(this.deps.runtime, others, lazy))
          this.pull.advertise(peer.pkiId, [String(seq)]);
      },
    };
  }

  /**
   * A block from an Update. One fetched at once after an advert is fresh news
   * and is pushed on like a pushed block (Plumtree's lazy path); one from a
   * periodic pull round is not (Fabric's pull).
   */
  private acceptPulled(envelope: gossip.Envelope, from: PkiId, immediate: boolean): string | undefined {
    let msg: gossip.GossipMessage;
    try {
      msg = gossip.GossipMessage.decode(envelope.payload);
    } catch {
      this.deps.drop('invalid', 'dataUpdate', from, 'an Update entry does not decode');
      return undefined;
    }
    const payload = msg.dataMsg?.payload;
    if (!payload?.data) return undefined;
    const seq = small(payload.seqNum);
    if (!this.receive(seq, payload.data, from, 'pull')) return undefined;
    if (immediate) this.push(seq, from);
    return String(seq);
  }

  private wants(seq: number): boolean {
    return Number.isInteger(seq) && seq >= this.ledger.height && !this.ledger.has(seq);
  }

  private memberIds(): PkiId[] {
    return this.deps.channelPeers().map((m) => m.pkiId);
  }
}
