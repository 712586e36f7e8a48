import type { BlockInfo } from '../contracts/index.js';
import { bytesEqual, type PkiId } from '../ids.js';
import { rememberBounded } from '../memo.js';
import type { Ledger } from './ledger.js';

/**
 * The fork-choice rule. Of two blocks on one parent (the first seq where two
 * chains differ), the one whose producer has the lower PKI-ID wins, and of
 * two by one producer the one with the lower hash. A chain loses or wins as a
 * whole at its first difference, so the rule orders whole chains
 * lexicographically: every peer that has seen both branches picks the same
 * one, whatever it saw first, and a chain a peer gave up can never come back.
 * The lower PKI-ID is also who wins the election, so after a partition heals
 * the branch of the side whose leader goes on leading usually wins.
 */
export function wins(
  candidate: Pick<BlockInfo, 'producer' | 'hash'>,
  held: Pick<BlockInfo, 'producer' | 'hash'>,
) {
  if (candidate.producer !== held.producer) return candidate.producer < held.producer;
  return candidate.hash < held.hash;
}

/** A block that verified (signature, channel, producer in the channel), with its info. */
export interface Verified {
  bytes: Uint8Array;
  info: BlockInfo;
}

export interface ForkChoiceDeps {
  ledger: Ledger;
  batchSize: number;
  /** Asks `peer` for its blocks start..end (a fork probe); false when a request is out already. */
  probe(peer: PkiId, start: number, end: number): boolean;
  /** Verifies a block as carried for `seq`; undefined (and counted) when it does not verify. */
  verify(seq: number, bytes: Uint8Array, from: PkiId): Verified | undefined;
  /** Replaces the chain from `seq` on with `blocks` (they chain on the block before `seq`); returns what it removed. */
  switchTo(seq: number, blocks: Verified[], from: PkiId): { info: BlockInfo }[];
  /** This peer's branch won at `seq`: say so (the event, the metric). */
  kept(seq: number, winner: string): void;
  detected(seq: number, ours: string, theirs: string, from: PkiId): void;
}

/** How many hashes of losing blocks are remembered, so the same branch is not fetched and weighed again. */
const LOST_MEMORY = 4096;

/**
 * Finds and settles forks of one channel. Evidence comes three ways: a block
 * for a seq this peer holds another block at, a block whose parent is not the
 * block held before it, and a member's StateInfo naming another head at a
 * height this peer has reached. When the first difference is not in sight,
 * the peer asks the member for the blocks below (a fork probe, a
 * RemoteStateRequest) until it sees the two chains' common parent, then
 * applies `wins` at the first block where they differ.
 */
export class ForkChoice {
  /** Hashes of blocks that lost, and of their descendants seen since. */
  private readonly lost = new Set<string>();
  private readonly reported = new Set<string>();
  /** Members whose announced head differed while a request was out: probed later (see retry). */
  private readonly suspects = new Map<PkiId, { height: number; head: string }>();

  constructor(private readonly deps: ForkChoiceDeps) {}

  /** Whether a block (by hash) is on a branch that lost. */
  isLost(hash: string): boolean {
    return hash !== '' && this.lost.has(hash);
  }

  /** A block whose parent lost loses too. */
  markLost(hash: string): void {
    rememberBounded(this.lost, hash, LOST_MEMORY);
  }

  /** A verified block the ledger refused as a conflict or for its parent. True when this peer switched to it. */
  evidence(block: Verified, from: PkiId): boolean {
    const { ledger } = this.deps;
    const { seq, previousHash } = block.info;
    const ours = ledger.at(seq);
    if (ours && previousHash === ledger.parentHashFor(seq))
      return this.settle(seq, ours.info.hash, [block], from);
    // The block's parent is the sender's head at seq (its block seq - 1): a suspect like a differing StateInfo head.
    if (seq > 0 && seq <= ledger.height) this.headHeard(from, seq, previousHash);
    else if (seq > ledger.height && ledger.height > 0) {
      const top = ledger.height - 1;
      this.deps.probe(from, Math.max(0, top - this.deps.batchSize + 1), top);
    }
    return false;
  }

  /**
   * A member announced `head` at `height`: a fork when this peer holds
   * another block there. The member stays a suspect until the fork is
   * settled or its head no longer differs, so a probe that could not go out
   * (another request was out) or whose answer was lost is sent again.
   */
  headHeard(peer: PkiId, height: number, head: string): void {
    this.suspects.delete(peer);
    if (!this.differs(height, head)) return;
    this.suspects.set(peer, { height, head });
    const top = height - 1;
    this.deps.probe(peer, Math.max(0, top - this.deps.batchSize + 1), top);
  }

  /** Probes again the suspect probed longest ago (each antiEntropyInterval); it goes to the back of the queue. */
  retry(): void {
    const oldest = this.suspects.entries().next().value;
    if (oldest) this.headHeard(oldest[0], oldest[1].height, oldest[1].head);
  }

  /** Whether a member's announced head says it is on another branch this peer has not weighed yet. */
  private differs(height: number, head: string): boolean {
    if (head === '' || height === 0 || height > this.deps.ledger.height || this.isLost(head)) return false;
    return this.deps.ledger.at(height - 1)?.info.hash !== head;
  }

  /**
   * A fork probe's answer: `peer`'s blocks from `start` up. Walks up past the
   * blocks both chains share; at the first that differs, settles the fork if
   * its parent is in sight, else probes further down.
   */
  probeAnswered(peer: PkiId, start: number, blocks: { seq: number; bytes: Uint8Array }[]): void {
    const { ledger } = this.deps;
    const theirs = blocks.filter((b) => b.seq >= start).sort((a, b) => a.seq - b.seq);
    for (let i = 0; i < theirs.length; i++) {
      const { seq, bytes } = theirs[i] as { seq: number; bytes: Uint8Array };
      const ours = ledger.at(seq);
      if (!ours) return;
      if (bytesEqual(ours.bytes, bytes)) continue;
      const first = this.deps.verify(seq, bytes, peer);
      if (!first) return;
      if (first.info.previousHash !== ledger.parentHashFor(seq)) {
        if (i === 0 && seq > 0) this.deps.probe(peer, Math.max(0, seq - this.deps.batchSize), seq - 1);
        return;
      }
      const branch = [first];
      for (const next of theirs.slice(i + 1)) {
        const block = this.deps.verify(next.seq, next.bytes, peer);
        const last = branch[branch.length - 1] as Verified;
        if (!block || block.info.seq !== last.info.seq + 1 || block.info.previousHash !== last.info.hash)
          break;
        branch.push(block);
      }
      this.settle(seq, ours.info.hash, branch, peer);
      return;
    }
  }

  /** Applies the rule at `seq`, where this peer holds `ours` and `branch` starts. True when this peer switched. */
  private settle(seq: number, ours: string, branch: Verified[], from: PkiId): boolean {
    const first = branch[0] as Verified;
    const theirs = first.info.hash;
    this.suspects.delete(from);
    if (this.isLost(theirs)) {
      // Weighed before: the blocks above it lose with it, so they are dropped on sight from now on.
      for (const block of branch) this.markLost(block.info.hash);
      return false;
    }
    if (!this.reported.has(theirs)) {
      rememberBounded(this.reported, theirs, LOST_MEMORY);
      this.deps.detected(seq, ours, theirs, from);
    }
    const held = this.deps.ledger.at(seq) as { info: BlockInfo };
    if (wins(first.info, held.info)) {
      for (const removed of this.deps.switchTo(seq, branch, from)) this.markLost(removed.info.hash);
      return true;
    }
    for (const block of branch) this.markLost(block.info.hash);
    this.deps.kept(seq, ours);
    return false;
  }
}
