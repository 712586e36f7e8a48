import { encodeEnvelope } from '../comm/frame.js';
import { sha256 } from '../crypto/index.js';
import type { BlockInfo, BlockVia } from '../gossip/api.js';
import { type PkiId, toHex } from '../ids.js';
import { type Envelope, type GossipMessage, gossip, small, u64 } from '../proto/index.js';
import { PullMediator } from '../pull/mediator.js';
import { sample } from '../runtime/index.js';
import { type ParsedBlock, parseBlock, verifyBlock } from './block.js';
import { type ChannelDeps, channelMessage, mayBelong, preferLinked, unsignedEnvelope } from './context.js';
import { Ledger } from './ledger.js';

export interface ChannelBlocksDeps extends ChannelDeps {
  /** Channel members (this peer excluded) with the heights they announced. */
  channelPeers(): { pkiId: PkiId; height: number }[];
  /** Whether a producer belongs to the channel. */
  isProducerMember(producer: PkiId): boolean;
  /** Whether this peer has left the channel (then it takes no more blocks). */
  hasLeft(): boolean;
  /** Blocks committed, in order: their transaction ids leave the pool, the height changed. */
  committed(txIds: string[]): void;
}

/**
 * A channel's blocks on every path: verified and stored in sequence, pushed
 * on when new (with lazy-push adverts to linked members that may lack them),
 * pulled through the block-bound pull engine (id = seq number, ingress only
 * for seq ≥ own height), and handed in by state transfer.
 */
export class ChannelBlocks {
  readonly ledger: Ledger;
  readonly pull: PullMediator;

  constructor(private readonly deps: ChannelBlocksDeps) {
    const { config } = deps;
    this.ledger = new Ledger(Math.max(4 * config.maxBlockCountToStore, 2 * config.antiEntropyBatchSize));
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

  /** Restores blocks this peer stored earlier (serialized, seq 0 first). */
  restore(blocks: readonly Uint8Array[]): void {
    blocks.forEach((bytes, seq) => {
      const block = parseBlock(bytes);
      if (!block || block.number !== seq) return;
      this.ledger.restore(
        bytes,
        this.info(seq, bytes, block.producer, block, 'restored', this.deps.crypto.pkiId),
      );
      this.deps.committed(block.transactions.map((tx) => toHex(tx.txId ?? new Uint8Array(0))));
    });
  }

  /** A DataMessage pushed to us: stored and pushed on when new. */
  receivePushed(msg: GossipMessage, envelope: Envelope, from: PkiId): void {
    const payload = msg.dataMsg?.payload;
    if (!payload?.data) {
      this.deps.drop('invalid', 'dataMsg', from, 'DataMessage without payload');
      return;
    }
    const seq = small(payload.seqNum);
    if (this.receive(seq, payload.data, from, 'push')) this.push(seq, from, envelope);
  }

  /** A block this peer produced or an application gossips: stored, then pushed. */
  publish(seq: number, bytes: Uint8Array): void {
    if (this.receive(seq, bytes, this.deps.crypto.pkiId, 'self')) this.push(seq);
  }

  /** Verifies and stores a block; true when it was new. */
  receive(seq: number, bytes: Uint8Array, from: PkiId, via: BlockVia): boolean {
    if (this.deps.hasLeft()) {
      this.deps.drop('not-joined', 'dataMsg', from);
      return false;
    }
    if (this.ledger.has(seq)) {
      this.deps.drop('duplicate', 'dataMsg', from);
      return false;
    }
    const check = verifyBlock(this.deps.identities, bytes, this.deps.channel, seq);
    if (!check.ok) {
      this.deps.drop(check.reason, 'dataMsg', from, check.detail);
      return false;
    }
    if (!this.deps.isProducerMember(check.block.producer)) {
      this.deps.drop('not-member', 'dataMsg', from, 'producer is not a channel member');
      return false;
    }
    const committed = this.ledger.offer(
      seq,
      bytes,
      this.info(seq, bytes, check.block.producer, check.block, via, from),
    );
    if (typeof committed === 'string') {
      this.deps.drop(committed, 'dataMsg', from);
      return false;
    }
    this.pull.engine.add(String(seq));
    this.pull.engine.remove(String(seq - this.deps.config.maxBlockCountToStore));
    for (const block of committed) {
      const parsed = parseBlock(block.bytes);
      this.deps.committed((parsed?.transactions ?? []).map((tx) => toHex(tx.txId ?? new Uint8Array(0))));
      this.deps.events.emit({ type: 'block-added', block: block.info, bytes: block.bytes });
    }
    return true;
  }

  /** The DataMessage envelope of a stored block, as it is pushed and pulled. */
  envelope(seq: number): Envelope | undefined {
    const data = this.ledger.bytes(seq);
    if (!data) return undefined;
    return unsignedEnvelope(
      channelMessage(this.deps, { dataMsg: { payload: { seqNum: u64(BigInt(seq)), data } } }),
    );
  }

  /**
   * Pushes a block on (this peer's own to publishPeerNum peers), and advertises
   * it to other linked members that may lack it (lazy push).
   */
  private push(seq: number, from?: PkiId, received?: Envelope): void {
    const envelope = received ?? this.envelope(seq);
    if (!envelope) return;
    const { lazyPushPeerNum: lazy, publishPeerNum } = this.deps.config;
    const own = from === undefined;
    this.deps.push({
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
    });
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

  private info(
    seq: number,
    bytes: Uint8Array,
    producer: PkiId,
    block: Pick<ParsedBlock, 'createdAtMs' | 'transactions' | 'headerBytes' | 'previousHash'>,
    via: BlockVia,
    from: PkiId,
  ): BlockInfo {
    return {
      channel: this.deps.channel,
      seq,
      producer,
      createdAtMs: block.createdAtMs,
      transactions: block.transactions.length,
      size: bytes.length,
      hash: toHex(sha256(block.headerBytes)),
      previousHash: toHex(block.previousHash),
      txIds: block.transactions.map((tx) => toHex(tx.txId ?? new Uint8Array(0))),
      via,
      from,
      receivedAtMs: this.deps.runtime.now(),
    };
  }
}
