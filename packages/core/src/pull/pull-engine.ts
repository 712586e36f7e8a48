/**
 * The generic pull protocol (Fabric's gossip/algo PullEngine), sans-IO: it
 * reacts to "message arrived" calls and to timers of the injected runtime,
 * and asks its adapter to send frames. It knows item ids, never messages.
 *
 * Initiator, every `pullInterval` and on initiatePull():
 *   Hello(nonce) to each peer from adapter.selectPeers(), one fresh nonce per peer
 *   → Digests for those nonces are collected for `digestWaitTime`
 *   → each item we lack (after filterIngress) is asked of `pullOwnersPerItem`
 *     random peers that offered it (Fabric: one): one Request per peer,
 *     carrying that peer's Hello nonce
 *   → Responses for those nonces are accepted for `responseWaitTime`, then the nonces die.
 * Responder:
 *   Hello(nonce) → the nonce is live for that peer for `requestWaitTime`, and
 *   a Digest of our items (after filterEgress) answers it;
 *   Request(nonce) → answered once with the items we have, only while the nonce is live.
 * Lazy push: advertise(peer, items) sends an unprompted Digest under a nonce
 * made live for that peer; the peer answers with requestNow(advertiser, items,
 * nonce), a Request under the advert's nonce for the items it lacks and has
 * not asked anyone for yet, which the advertiser serves like any other.
 * requestNow(peer, items) without a nonce asks at once under a fresh one.
 * Adverts that arrive while their items are already asked for are kept (as
 * Plumtree keeps its announcers). When an at-once request is still unanswered
 * after `advertRetryTime`, or any request dies unanswered, the items are asked
 * of the next such advertiser under its advert's nonce, up to ADVERT_RETRIES
 * times, instead of waiting for the next pull round. An advert's nonce stays
 * live at the advertiser for requestWaitTime plus ADVERT_RETRIES ×
 * responseWaitTime so that these later requests are served. When the last
 * at-once request for an item dies with no source left, a pull round starts
 * at once (unless one is collecting digests); rounds keep their own pace.
 *
 * Nonces are bound to the peer they were exchanged with: a digest, request or
 * response from any other peer, in the wrong phase, or after the nonce died,
 * is ignored and reported through adapter.dropped('unknown-nonce', ...).
 * An unsolicited digest (an advert no Hello asked for) is such a message; the
 * binding that wants to act on adverts calls requestNow() for them explicitly.
 *
 * The split with the binding for Updates: the binding calls onResponse(from,
 * nonce) first; on false it drops the Update unread. On true it verifies and
 * stores the Update's messages and calls add(id) for each it kept. The binding
 * also calls add()/remove() as its store gains and evicts items by other paths
 * (push, state transfer, expiry), so digests show exactly what it can serve.
 *
 * After stop() the engine sends nothing, holds no timers and ignores every call.
 */
import type { PkiId } from '../ids.js';
import { type Runtime, sample, type Timer } from '../runtime/runtime.js';
import type { PullAdapter, PullEngineConfig, PullMessageKind } from './pull-adapter.js';
import { SecondSources } from './second-sources.js';

export interface PullEngineDeps {
  runtime: Runtime;
  config: PullEngineConfig;
  adapter: PullAdapter;
}

/** Second sources kept per item: how many times it is asked again of another advertiser when a request is slow or dies. */
export const ADVERT_RETRIES = 2;

/** A nonce this engine handed out and still answers to. */
interface OutgoingNonce {
  peer: PkiId;
  /** 'digest' until the round's digest wait ends, then 'response' if a Request went out. */
  phase: 'digest' | 'response';
  /** The round it belongs to; absent for requestNow(). */
  round?: Round;
  /** The items asked for under this nonce. */
  requested: string[];
}

/** One initiated pull: its nonces and who advertised what. */
interface Round {
  nonces: Map<PkiId, bigint>;
  owners: Map<string, Set<PkiId>>;
}

type EngineState = 'idle' | 'running' | 'stopped';

export class PullEngine {
  private readonly runtime: Runtime;
  private readonly config: PullEngineConfig;
  private readonly adapter: PullAdapter;
  private state: EngineState = 'idle';
  private readonly itemSet = new Set<string>();
  private readonly outgoing = new Map<bigint, OutgoingNonce>();
  /** Live incoming nonces by `${peer}/${nonce}`, each with its expiry timer. */
  private readonly incoming = new Map<string, Timer>();
  /** Items asked for and not yet expired, with the nonce that asked. */
  private readonly awaiting = new Map<string, bigint>();
  /** Adverts of items being asked for already. */
  private readonly secondSources = new SecondSources(ADVERT_RETRIES);
  private readonly timers = new Set<Timer>();
  /** When the last round started: its digests are collected until digestWaitTime after. */
  private lastRoundAt = Number.NEGATIVE_INFINITY;

  constructor(deps: PullEngineDeps) {
    if (!(deps.config.pullInterval > 0))
      throw new RangeError(`pullInterval must be > 0, got ${deps.config.pullInterval}`);
    this.runtime = deps.runtime;
    this.config = deps.config;
    this.adapter = deps.adapter;
  }

  /** Starts periodic pulls; the first comes at a random point of the first interval, so peers started together do not pull in lockstep. */
  start(): void {
    if (this.state !== 'idle') return;
    this.state = 'running';
    const tick = () => {
      this.initiatePull();
      this.later(this.config.pullInterval, tick);
    };
    this.later(this.config.pullInterval * (1 - this.runtime.random()), tick);
  }

  stop(): void {
    this.state = 'stopped';
    for (const timer of this.timers) timer.cancel();
    this.timers.clear();
    this.outgoing.clear();
    this.incoming.clear();
    this.awaiting.clear();
    this.secondSources.clear();
  }

  add(item: string): void {
    if (this.state === 'stopped') return;
    this.itemSet.add(item);
    this.secondSources.forget(item);
  }

  remove(item: string): void {
    this.itemSet.delete(item);
    this.secondSources.forget(item);
  }

  has(item: string): boolean {
    return this.itemSet.has(item);
  }

  items(): string[] {
    return [...this.itemSet];
  }

  /** Runs one pull round now (besides the periodic ones). */
  initiatePull(): void {
    if (this.state === 'stopped') return;
    this.secondSources.prune(this.runtime.now());
    const peers = [...new Set(this.adapter.selectPeers())];
    if (peers.length === 0) return;
    this.lastRoundAt = this.runtime.now();
    const round: Round = { nonces: new Map(), owners: new Map() };
    for (const peer of peers) {
      const nonce = this.freshNonce();
      this.outgoing.set(nonce, { peer, phase: 'digest', round, requested: [] });
      round.nonces.set(peer, nonce);
    }
    this.later(this.config.digestWaitTime, () => this.sendRequests(round));
    for (const [peer, nonce] of round.nonces) this.adapter.hello(peer, nonce);
  }

  /**
   * Asks `from` at once for the items among `items` that we lack and are not
   * already awaiting (after filterIngress), e.g. on a lazy-push advert.
   * Returns the request's nonce, or undefined when nothing was worth asking.
   * An advert whose items are all being asked for already is kept as a second
   * source for them.
   */
  requestNow(from: PkiId, items: readonly string[], advertNonce?: bigint): bigint | undefined {
    if (this.state === 'stopped') return undefined;
    if (advertNonce !== undefined && this.outgoing.has(advertNonce)) return undefined;
    const lacking = this.ingress(from, items).filter((item) => !this.itemSet.has(item));
    const wanted = lacking.filter((item) => !this.awaiting.has(item));
    if (wanted.length === 0) {
      if (advertNonce !== undefined) this.keepSecondSource(from, advertNonce, lacking);
      return undefined;
    }
    const nonce = advertNonce ?? this.freshNonce();
    this.outgoing.set(nonce, { peer: from, phase: 'response', requested: wanted });
    for (const item of wanted) this.awaiting.set(item, nonce);
    this.later(this.config.advertRetryTime, () => this.askElsewhere(nonce));
    this.later(this.config.responseWaitTime, () => this.retire(nonce));
    this.adapter.sendRequest(from, nonce, wanted);
    return nonce;
  }

  /**
   * Lazy push, advertiser side: offers `items` to `to` unprompted under a
   * fresh nonce made live for `to` as if it had sent a Hello, so the Request
   * it answers with is served.
   */
  advertise(to: PkiId, items: readonly string[]): void {
    if (this.state === 'stopped') return;
    const offered = this.egress(
      to,
      items.filter((item) => this.itemSet.has(item)),
    );
    if (offered.length === 0) return;
    const nonce = this.freshNonce();
    const key = incomingKey(to, nonce);
    const live = this.config.requestWaitTime + ADVERT_RETRIES * this.config.responseWaitTime;
    this.incoming.set(
      key,
      this.later(live, () => this.incoming.delete(key)),
    );
    this.adapter.sendDigest(to, nonce, offered);
  }

  /** Whether `nonce` is a live request made at once (requestNow), not in a periodic round. */
  isImmediate(nonce: bigint): boolean {
    const out = this.outgoing.get(nonce);
    return out !== undefined && out.round === undefined;
  }

  /** Whether a digest from `from` answers a Hello of ours (otherwise it is an advert). */
  awaitsDigest(from: PkiId, nonce: bigint): boolean {
    const out = this.outgoing.get(nonce);
    return out?.round !== undefined && out.peer === from && out.phase === 'digest';
  }

  onHello(from: PkiId, nonce: bigint): void {
    if (this.state === 'stopped') return;
    const items = this.egress(from, [...this.itemSet]);
    // Nothing to offer: no digest, so no request can follow and the nonce need not live.
    if (items.length === 0) return;
    const key = incomingKey(from, nonce);
    this.forget(this.incoming.get(key));
    this.incoming.set(
      key,
      this.later(this.config.requestWaitTime, () => this.incoming.delete(key)),
    );
    this.adapter.sendDigest(from, nonce, items);
  }

  /** Returns false (and reports) when the digest answers no live Hello of ours to `from`. */
  onDigest(from: PkiId, nonce: bigint, items: readonly string[]): boolean {
    if (this.state === 'stopped') return false;
    const out = this.outgoing.get(nonce);
    if (!out?.round || out.peer !== from || out.phase !== 'digest') return this.reject(from, 'digest');
    const owners = out.round.owners;
    for (const item of this.ingress(from, items)) {
      if (this.itemSet.has(item)) continue;
      let set = owners.get(item);
      if (!set) {
        set = new Set();
        owners.set(item, set);
      }
      set.add(from);
    }
    return true;
  }

  /** Answers a Request once, only while `nonce` is live for `from`; otherwise reports it. */
  onRequest(from: PkiId, nonce: bigint, items: readonly string[]): void {
    if (this.state === 'stopped') return;
    const key = incomingKey(from, nonce);
    const timer = this.incoming.get(key);
    if (!timer) {
      this.reject(from, 'request');
      return;
    }
    this.forget(timer);
    this.incoming.delete(key);
    const have = this.egress(
      from,
      [...new Set(items)].filter((item) => this.itemSet.has(item)),
    );
    if (have.length > 0) this.adapter.sendResponse(from, nonce, have);
  }

  /**
   * Whether an Update from `from` with `nonce` answers a live Request of ours.
   * On false (reported) the caller drops it unread; on true it stores the
   * messages and add()s their ids. A responder may split an Update in several.
   */
  onResponse(from: PkiId, nonce: bigint): boolean {
    if (this.state === 'stopped') return false;
    const out = this.outgoing.get(nonce);
    if (!out || out.peer !== from || out.phase !== 'response') return this.reject(from, 'response');
    return true;
  }

  /** The digest wait is over: ask each missing item of pullOwnersPerItem random peers that offered it. */
  private sendRequests(round: Round): void {
    const plan = new Map<PkiId, string[]>();
    const perItem = this.config.pullOwnersPerItem;
    for (const [item, owners] of round.owners) {
      if (this.itemSet.has(item) || this.awaiting.has(item)) continue;
      for (const owner of sample(this.runtime, [...owners], perItem)) {
        const list = plan.get(owner);
        if (list) list.push(item);
        else plan.set(owner, [item]);
      }
    }
    const asked: bigint[] = [];
    for (const [peer, nonce] of round.nonces) {
      const out = this.outgoing.get(nonce);
      const items = plan.get(peer);
      if (!out || !items) {
        this.retire(nonce);
        continue;
      }
      out.phase = 'response';
      out.requested = items;
      for (const item of items) this.awaiting.set(item, nonce);
      asked.push(nonce);
    }
    if (asked.length === 0) return;
    this.later(this.config.responseWaitTime, () => {
      for (const nonce of asked) this.retire(nonce);
    });
    for (const nonce of asked) {
      const out = this.outgoing.get(nonce);
      if (out) this.adapter.sendRequest(out.peer, nonce, out.requested);
    }
  }

  /**
   * The nonce dies: later answers to it are ignored, and its items may be
   * asked again; those still missing are asked at once of a second source.
   */
  private retire(nonce: bigint): void {
    const out = this.outgoing.get(nonce);
    if (!out) return;
    this.outgoing.delete(nonce);
    const missing = this.stillAwaited(out.requested, nonce);
    for (const item of out.requested) if (this.awaiting.get(item) === nonce) this.awaiting.delete(item);
    if (missing.length === 0) return;
    const unasked = this.askSecondSources(missing);
    // An advert's block that no advertiser delivered: pull now, unless a round is collecting digests.
    const collecting = this.runtime.now() - this.lastRoundAt < this.config.digestWaitTime;
    if (unasked > 0 && out.round === undefined && !collecting) this.initiatePull();
  }

  /** An at-once request is slow: its items are asked of a second source too, while it stays answerable. */
  private askElsewhere(nonce: bigint): void {
    const out = this.outgoing.get(nonce);
    if (out) this.askSecondSources(this.stillAwaited(out.requested, nonce));
  }

  private stillAwaited(items: readonly string[], nonce: bigint): string[] {
    return items.filter((item) => this.awaiting.get(item) === nonce && !this.itemSet.has(item));
  }

  /** Keeps an advert as a second source, for as long as its advertiser will serve it. */
  private keepSecondSource(peer: PkiId, nonce: bigint, items: readonly string[]): void {
    const until = this.runtime.now() + ADVERT_RETRIES * this.config.responseWaitTime;
    this.secondSources.keep(items, { peer, nonce, until });
  }

  /** Asks each item of its next second source still in date, one request per advert; returns how many had none. */
  private askSecondSources(items: readonly string[]): number {
    const { asks, unsourced } = this.secondSources.takeEach(items, this.runtime.now());
    for (const ask of asks) {
      for (const item of ask.items) this.awaiting.delete(item);
      this.requestNow(ask.peer, ask.items, ask.nonce);
    }
    return unsourced.length;
  }

  private reject(from: PkiId, kind: PullMessageKind): false {
    this.adapter.dropped?.('unknown-nonce', from, kind);
    return false;
  }

  /** A nonzero random nonce no live request of ours uses. */
  private freshNonce(): bigint {
    for (;;) {
      const nonce = this.runtime.randomU64();
      if (nonce !== 0n && !this.outgoing.has(nonce)) return nonce;
    }
  }

  private ingress(from: PkiId, items: readonly string[]): string[] {
    const unique = [...new Set(items)];
    return this.adapter.filterIngress ? this.adapter.filterIngress(from, unique) : unique;
  }

  private egress(to: PkiId, items: string[]): string[] {
    return this.adapter.filterEgress ? this.adapter.filterEgress(to, items) : items;
  }

  private later(delayMs: number, fn: () => void): Timer {
    const timer = this.runtime.setTimeout(() => {
      this.timers.delete(timer);
      fn();
    }, delayMs);
    this.timers.add(timer);
    return timer;
  }

  private forget(timer: Timer | undefined): void {
    if (!timer) return;
    timer.cancel();
    this.timers.delete(timer);
  }
}

function incomingKey(peer: PkiId, nonce: bigint): string {
  return `${peer}/${nonce}`;
}
