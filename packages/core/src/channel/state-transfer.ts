import { dropped, TAKEN, type Verdict } from '../contracts/index.js';
import type { PkiId } from '../ids.js';
import { type GossipMessage, type gossip, seal, small, u64 } from '../proto/index.js';
import { sample, type Timer } from '../runtime/index.js';
import { type ChannelDeps, type ChannelPeer, channelMessage, mayBelong } from './context.js';
import type { Ledger } from './ledger.js';

export interface StateTransferDeps extends ChannelDeps {
  ledger: Ledger;
  /** Channel members with their heights. */
  channelPeers(): ChannelPeer[];
  /** Whether a member is known to hold a branch that lost a fork (nothing to catch up from there). */
  onLosingBranch(peer: ChannelPeer): boolean;
  /** Hands a fetched block on to the channel (verified and committed there). */
  deliver(seq: number, bytes: Uint8Array, from: PkiId): void;
  /** Hands the answer to a fork probe on to the fork choice. */
  probed(peer: PkiId, start: number, blocks: { seq: number; bytes: Uint8Array }[]): void;
}

interface Outstanding {
  peer: PkiId;
  start: number;
  end: number;
  /** Catching up to a higher member, or looking for where this peer's chain and the member's part. */
  purpose: 'catch-up' | 'probe';
  deadline: Timer;
}

/** Room kept in a RemoteStateResponse for the envelope and the message around the blocks. */
const RESPONSE_MARGIN = 1024;
/** The protobuf tags, lengths and seq_num around one block in a RemoteStateResponse. */
const BLOCK_FRAMING = 16;

/**
 * Anti-entropy (Fabric's state transfer): a peer behind the heights its
 * channel peers announce asks one of them for the missing range in batches
 * (RemoteStateRequest/Response), the next batch as soon as one arrives,
 * until it reaches the highest announced height. The same request serves
 * the fork choice, to fetch a member's blocks below a head that differs from
 * this peer's (a probe); one request is out at a time.
 */
export class StateTransfer {
  private timer: Timer | undefined;
  private outstanding: Outstanding | undefined;

  constructor(private readonly deps: StateTransferDeps) {}

  start(): void {
    this.timer = this.deps.runtime.setInterval(() => this.catchUp(), this.deps.config.antiEntropyInterval);
  }

  stop(): void {
    this.timer?.cancel();
    this.outstanding?.deadline.cancel();
    this.outstanding = undefined;
  }

  /** Asks for the next missing batch unless a request is already out. */
  catchUp(): void {
    if (this.outstanding) return;
    const height = this.deps.ledger.height;
    const ahead = this.deps
      .channelPeers()
      .filter((peer) => peer.height > height && !this.deps.onLosingBranch(peer));
    const near = ahead.filter((peer) => this.deps.isLinked(peer.pkiId));
    const [peer] = sample(this.deps.runtime, near.length > 0 ? near : ahead, 1);
    if (!peer) return;
    const end = Math.min(height + this.deps.config.antiEntropyBatchSize, peer.height) - 1;
    this.request(peer.pkiId, height, end, 'catch-up');
  }

  /** Asks `peer` for its blocks start..end for the fork choice; false when a request is out already. */
  probe(peer: PkiId, start: number, end: number): boolean {
    if (this.outstanding || end < start) return false;
    this.request(peer, start, end, 'probe');
    return true;
  }

  private request(peer: PkiId, start: number, end: number, purpose: Outstanding['purpose']): void {
    const deadline = this.deps.runtime.setTimeout(() => {
      this.outstanding = undefined;
      this.catchUp();
    }, this.deps.config.antiEntropyStateResponseTimeout);
    this.outstanding = { peer, start, end, purpose, deadline };
    const message = channelMessage(this.deps, {
      nonce: u64(this.deps.runtime.randomU64()),
      stateRequest: { startSeqNum: u64(BigInt(start)), endSeqNum: u64(BigInt(end)) },
    });
    this.deps.send(seal(message), 'stateRequest', peer);
  }

  /** Serves a range of committed blocks, as many as fit in one frame. */
  handleRequest(msg: GossipMessage, from: PkiId): Verdict {
    const req = msg.stateRequest;
    if (!req) return TAKEN;
    if (!mayBelong(this.deps, from)) return dropped('not-member');
    const start = small(req.startSeqNum);
    const end = Math.min(small(req.endSeqNum), start + this.deps.config.antiEntropyBatchSize - 1);
    if (end < start) return dropped('invalid', 'end before start');
    const budget = this.deps.config.maxMessageSize - RESPONSE_MARGIN;
    const payloads: gossip.Payload.$Properties[] = [];
    let used = 0;
    for (let seq = start; seq <= end && seq < this.deps.ledger.height; seq++) {
      const data = this.deps.ledger.bytes(seq) as Uint8Array;
      used += data.length + BLOCK_FRAMING;
      if (used > budget && payloads.length > 0) break;
      payloads.push({ seqNum: u64(BigInt(seq)), data });
    }
    const response = channelMessage(this.deps, { nonce: msg.nonce ?? null, stateResponse: { payloads } });
    this.deps.send(seal(response), 'stateResponse', from);
    return TAKEN;
  }

  handleResponse(msg: GossipMessage, from: PkiId): void {
    const outstanding = this.outstanding;
    if (!outstanding || outstanding.peer !== from) {
      this.deps.drop('unexpected', 'stateResponse', from, 'no request of ours is out to this peer');
      return;
    }
    outstanding.deadline.cancel();
    this.outstanding = undefined;
    const blocks: { seq: number; bytes: Uint8Array }[] = [];
    for (const payload of msg.stateResponse?.payloads ?? []) {
      const seq = small(payload.seqNum);
      if (seq < outstanding.start || seq > outstanding.end || !payload.data) {
        this.deps.drop('invalid', 'stateResponse', from, `block ${seq} outside the range asked for`);
        continue;
      }
      blocks.push({ seq, bytes: payload.data });
    }
    if (outstanding.purpose === 'probe') this.deps.probed(from, outstanding.start, blocks);
    else for (const block of blocks) this.deps.deliver(block.seq, block.bytes, from);
    this.catchUp();
  }
}
