import type { PkiId } from '../ids.js';
import type { Runtime } from '../runtime/runtime.js';

/** A nonce the initiator handed out and still answers to. */
export interface OutgoingNonce {
  peer: PkiId;
  /** 'digest' until the round's digest wait ends, then 'response' if a Request went out. */
  phase: 'digest' | 'response';
  /** The round it belongs to; absent for requestNow(). */
  round?: Round;
  /** The items asked for under this nonce. */
  requested: string[];
}

/** One initiated pull: its nonces and who advertised what. */
export interface Round {
  nonces: Map<PkiId, bigint>;
  owners: Map<string, Set<PkiId>>;
}

/** Notes that `from` offered `items` (those we lack) in `round`. */
export function noteOffer(round: Round, from: PkiId, items: Iterable<string>): void {
  for (const item of items) {
    let set = round.owners.get(item);
    if (!set) {
      set = new Set();
      round.owners.set(item, set);
    }
    set.add(from);
  }
}

/**
 * What a round asks of whom once its digest wait is over: each item offered
 * and not `skip`ped, of the owners `pick` chooses among those that offered it.
 */
export function requestPlan(
  round: Round,
  skip: (item: string) => boolean,
  pick: (owners: PkiId[]) => PkiId[],
): Map<PkiId, string[]> {
  const plan = new Map<PkiId, string[]>();
  for (const [item, owners] of round.owners) {
    if (skip(item)) continue;
    for (const owner of pick([...owners])) {
      const list = plan.get(owner);
      if (list) list.push(item);
      else plan.set(owner, [item]);
    }
  }
  return plan;
}

/**
 * The initiator's side of the pull protocol, as state: each live nonce with
 * its peer and phase (collecting digests, or awaiting the Update), and each
 * item being asked for with the nonce that asked. A nonce is bound to its
 * peer and phase; answers that do not fit are the engine's to reject.
 */
export class OutgoingNonces {
  private readonly byNonce = new Map<bigint, OutgoingNonce>();
  /** Items asked for and not yet expired, with the nonce that asked. */
  private readonly awaiting = new Map<string, bigint>();

  constructor(private readonly runtime: Runtime) {}

  /** A nonzero random nonce no live request of ours uses. */
  fresh(): bigint {
    for (;;) {
      const nonce = this.runtime.randomU64();
      if (nonce !== 0n && !this.byNonce.has(nonce)) return nonce;
    }
  }

  open(nonce: bigint, entry: OutgoingNonce): void {
    this.byNonce.set(nonce, entry);
  }

  get(nonce: bigint): OutgoingNonce | undefined {
    return this.byNonce.get(nonce);
  }

  has(nonce: bigint): boolean {
    return this.byNonce.has(nonce);
  }

  /** Whether `nonce` is a live request made at once (requestNow), not in a periodic round. */
  isImmediate(nonce: bigint): boolean {
    const out = this.byNonce.get(nonce);
    return out !== undefined && out.round === undefined;
  }

  /** The round whose Hello went to `from` under `nonce`, while it collects digests. */
  digestRound(from: PkiId, nonce: bigint): Round | undefined {
    const out = this.byNonce.get(nonce);
    return out?.round !== undefined && out.peer === from && out.phase === 'digest' ? out.round : undefined;
  }

  /** Whether an Update from `from` under `nonce` answers a live Request of ours. */
  awaitsResponse(from: PkiId, nonce: bigint): boolean {
    const out = this.byNonce.get(nonce);
    return out !== undefined && out.peer === from && out.phase === 'response';
  }

  /** Marks `items` as asked for under `nonce`. */
  await(items: readonly string[], nonce: bigint): void {
    for (const item of items) this.awaiting.set(item, nonce);
  }

  isAwaited(item: string): boolean {
    return this.awaiting.has(item);
  }

  /** `item` may be asked for again, under another nonce. */
  release(item: string): void {
    this.awaiting.delete(item);
  }

  /** Those of `items` asked under `nonce` and not held yet. */
  stillAwaited(items: readonly string[], nonce: bigint, held: ReadonlySet<string>): string[] {
    return items.filter((item) => this.awaiting.get(item) === nonce && !held.has(item));
  }

  /**
   * The nonce dies: it is forgotten, and so is what was asked under it.
   * Returns its entry and the items asked under it still missing, or
   * undefined when it was not live.
   */
  retire(nonce: bigint, held: ReadonlySet<string>): { out: OutgoingNonce; missing: string[] } | undefined {
    const out = this.byNonce.get(nonce);
    if (!out) return undefined;
    this.byNonce.delete(nonce);
    const missing = this.stillAwaited(out.requested, nonce, held);
    for (const item of out.requested) if (this.awaiting.get(item) === nonce) this.awaiting.delete(item);
    return { out, missing };
  }

  clear(): void {
    this.byNonce.clear();
    this.awaiting.clear();
  }
}
