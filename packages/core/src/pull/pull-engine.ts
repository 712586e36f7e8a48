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
 * Responder (PullResponder): Hello(nonce) → a Digest of our items, the nonce
 *   live for `requestWaitTime`; Request(nonce) → answered once while it is live.
 * Lazy push: advertise(peer, items) sends an unprompted Digest under a nonce
 * made live for that peer; the peer answers with requestNow(advertiser, items,
 * nonce), a Request under the advert's nonce for the items it lacks and has
 * not asked anyone for yet, which the advertiser serves like any other.
 * requestNow(peer, items) without a nonce asks at once under a fresh one.
 * Adverts that arrive while their items are already asked for are kept (as
 * Plumtree keeps its announcers). When an at-once request is still unanswered
 * after `advertRetryTime`, or any request dies unanswered, the items are asked
 * of the next such advertiser under its advert's nonce, up to ADVERT_RETRIES
 * times, instead of waiting for the next pull round. When the last
 * at-once request for an item dies with no source left, a pull round starts
 * at once (unless one is collecting digests); rounds keep their own pace.
 *
 * Nonces are bound to the peer they were exchanged with: a digest, request or
 * response from any other peer, in the wrong phase, or after the nonce died,
 * is ignored and reported through adapter.dropped('unknown-nonce', ...).
 * An unsolicited digest (an advert no Hello asked for) is such a message; the
 * binding that wants to act on adverts calls requestNow() for them explicitly.
 *
 * The initiator's nonces, by peer and phase, are OutgoingNonces. The binding
 * calls add()/remove() as its store gains and evicts items by any path (pull,
 * push, state transfer, expiry), so digests show exactly what it can serve.
 *
 * After stop() the engine sends nothing, holds no timers and ignores every call.
 */
import type { PkiId } from '../ids.js';
import { type Runtime, sample } from '../runtime/runtime.js';
import { EngineTimers } from './engine-timers.js';
import { noteOffer, OutgoingNonces, type Round, requestPlan } from './outgoing-nonces.js';
import type { PullAdapter, PullEngineConfig, PullMessageKind } from './pull-adapter.js';
import { PullResponder } from './pull-responder.js';
import { SecondSources } from './second-sources.js';

export interface PullEngineDeps {
  runtime: Runtime;
  config: PullEngineConfig;
  adapter: PullAdapter;
}

/** Second sources kept per item: how many times it is asked again of another advertiser when a request is slow or dies. */
export const ADVERT_RETRIES = 2;

type EngineState = 'idle' | 'running' | 'stopped';

export class PullEngine {
  private readonly runtime: Runtime;
  private readonly config: PullEngineConfig;
  private readonly adapter: PullAdapter;
  private state: EngineState = 'idle';
  private readonly itemSet = new Set<string>();
  private readonly nonces: OutgoingNonces;
  private readonly responder: PullResponder;
  /** Adverts of items being asked for already. */
  private readonly secondSources = new SecondSources(ADVERT_RETRIES);
  private readonly timers: EngineTimers;
  /** When the last round started: its digests are collected until digestWaitTime after. */
  private lastRoundAt = Number.NEGATIVE_INFINITY;

  constructor(deps: PullEngineDeps) {
    if (!(deps.config.pullInterval > 0))
      throw new RangeError(`pullInterval must be > 0, got ${deps.config.pullInterval}`);
    this.runtime = deps.runtime;
    this.config = deps.config;
    this.adapter = deps.adapter;
    this.timers = new EngineTimers(deps.runtime);
    this.nonces = new OutgoingNonces(deps.runtime);
    this.responder = new PullResponder({
      config: deps.config,
      adapter: deps.adapter,
      timers: this.timers,
      items: this.itemSet,
      advertRetries: ADVERT_RETRIES,
      freshNonce: () => this.nonces.fresh(),
      reject: (from, kind) => this.reject(from, kind),
    });
  }

  /** Starts periodic pulls; the first comes at a random point of the first interval, so peers started together do not pull in lockstep. */
  start(): void {
    if (this.state !== 'idle') return;
    this.state = 'running';
    const tick = () => {
      this.initiatePull();
      this.timers.later(this.config.pullInterval, tick);
    };
    this.timers.later(this.config.pullInterval * (1 - this.runtime.random()), tick);
  }

  stop(): void {
    this.state = 'stopped';
    this.timers.clear();
    this.nonces.clear();
    this.responder.clear();
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
      const nonce = this.nonces.fresh();
      this.nonces.open(nonce, { peer, phase: 'digest', round, requested: [] });
      round.nonces.set(peer, nonce);
    }
    this.timers.later(this.config.digestWaitTime, () => this.sendRequests(round));
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
    if (advertNonce !== undefined && this.nonces.has(advertNonce)) return undefined;
    const lacking = this.ingress(from, items).filter((item) => !this.itemSet.has(item));
    const wanted = lacking.filter((item) => !this.nonces.isAwaited(item));
    if (wanted.length === 0) {
      if (advertNonce !== undefined) this.keepSecondSource(from, advertNonce, lacking);
      return undefined;
    }
    const nonce = advertNonce ?? this.nonces.fresh();
    this.nonces.open(nonce, { peer: from, phase: 'response', requested: wanted });
    this.nonces.await(wanted, nonce);
    this.timers.later(this.config.advertRetryTime, () => this.askElsewhere(nonce));
    this.timers.later(this.config.responseWaitTime, () => this.retire(nonce));
    this.adapter.sendRequest(from, nonce, wanted);
    return nonce;
  }

  /** Lazy push, advertiser side: offers `items` to `to` unprompted, its Request to be served (PullResponder). */
  advertise(to: PkiId, items: readonly string[]): void {
    if (this.state === 'stopped') return;
    this.responder.advertise(to, items);
  }

  /** Whether `nonce` is a live request made at once (requestNow), not in a periodic round. */
  isImmediate(nonce: bigint): boolean {
    return this.nonces.isImmediate(nonce);
  }

  /** Whether a digest from `from` answers a Hello of ours (otherwise it is an advert). */
  awaitsDigest(from: PkiId, nonce: bigint): boolean {
    return this.nonces.digestRound(from, nonce) !== undefined;
  }

  onHello(from: PkiId, nonce: bigint): void {
    if (this.state === 'stopped') return;
    this.responder.onHello(from, nonce);
  }

  /** Returns false (and reports) when the digest answers no live Hello of ours to `from`. */
  onDigest(from: PkiId, nonce: bigint, items: readonly string[]): boolean {
    if (this.state === 'stopped') return false;
    const round = this.nonces.digestRound(from, nonce);
    if (!round) return this.reject(from, 'digest');
    noteOffer(
      round,
      from,
      this.ingress(from, items).filter((item) => !this.itemSet.has(item)),
    );
    return true;
  }

  /** Answers a Request once, only while `nonce` is live for `from`; otherwise reports it. */
  onRequest(from: PkiId, nonce: bigint, items: readonly string[]): void {
    if (this.state === 'stopped') return;
    this.responder.onRequest(from, nonce, items);
  }

  /**
   * Whether an Update from `from` with `nonce` answers a live Request of ours.
   * On false (reported) the caller drops it unread; on true it stores the
   * messages and add()s their ids. A responder may split an Update in several.
   */
  onResponse(from: PkiId, nonce: bigint): boolean {
    if (this.state === 'stopped') return false;
    return this.nonces.awaitsResponse(from, nonce) || this.reject(from, 'response');
  }

  /** The digest wait is over: ask each missing item of pullOwnersPerItem random peers that offered it. */
  private sendRequests(round: Round): void {
    const plan = requestPlan(
      round,
      (item) => this.itemSet.has(item) || this.nonces.isAwaited(item),
      (owners) => sample(this.runtime, owners, this.config.pullOwnersPerItem),
    );
    const asked: bigint[] = [];
    for (const [peer, nonce] of round.nonces) {
      const out = this.nonces.get(nonce);
      const items = plan.get(peer);
      if (!out || !items) {
        this.retire(nonce);
        continue;
      }
      out.phase = 'response';
      out.requested = items;
      this.nonces.await(items, nonce);
      asked.push(nonce);
    }
    if (asked.length === 0) return;
    this.timers.later(this.config.responseWaitTime, () => {
      for (const nonce of asked) this.retire(nonce);
    });
    for (const nonce of asked) {
      const out = this.nonces.get(nonce);
      if (out) this.adapter.sendRequest(out.peer, nonce, out.requested);
    }
  }

  /**
   * The nonce dies: later answers to it are ignored, and its items may be
   * asked again; those still missing are asked at once of a second source.
   */
  private retire(nonce: bigint): void {
    const retired = this.nonces.retire(nonce, this.itemSet);
    if (!retired || retired.missing.length === 0) return;
    const unasked = this.askSecondSources(retired.missing);
    // An advert's block that no advertiser delivered: pull now, unless a round is collecting digests.
    const collecting = this.runtime.now() - this.lastRoundAt < this.config.digestWaitTime;
    if (unasked > 0 && retired.out.round === undefined && !collecting) this.initiatePull();
  }

  /** An at-once request is slow: its items are asked of a second source too, while it stays answerable. */
  private askElsewhere(nonce: bigint): void {
    const out = this.nonces.get(nonce);
    if (out) this.askSecondSources(this.nonces.stillAwaited(out.requested, nonce, this.itemSet));
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
      for (const item of ask.items) this.nonces.release(item);
      this.requestNow(ask.peer, ask.items, ask.nonce);
    }
    return unsourced.length;
  }

  private reject(from: PkiId, kind: PullMessageKind): false {
    this.adapter.dropped?.('unknown-nonce', from, kind);
    return false;
  }

  private ingress(from: PkiId, items: readonly string[]): string[] {
    const unique = [...new Set(items)];
    return this.adapter.filterIngress ? this.adapter.filterIngress(from, unique) : unique;
  }
}
