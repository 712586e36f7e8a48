import type { GossipConfig } from '../config.js';
import type { DropReason, EventSink, GossipEvent, NetworkMember } from '../contracts/index.js';
import type { IdentityStore, MessageCryptoService } from '../crypto/index.js';
import { type PkiId, pkiIdFromBytes, pkiIdToBytes } from '../ids.js';
import {
  big,
  type ContentCase,
  type Envelope,
  type GossipMessage,
  gossip,
  seal,
  u64,
} from '../proto/index.js';
import { type Runtime, sample, shuffle, type Timer } from '../runtime/index.js';
import { comparePeerTime, type PeerTime, peerTimeOf, refuseUpdate } from '../store/index.js';
import { type MemberRecord, MemberTable } from './member-table.js';
import { membershipResponse, selfInformationOf } from './membership-response.js';
import { PendingRequests } from './pending-requests.js';

export interface DiscoveryDeps {
  runtime: Runtime;
  config: GossipConfig;
  crypto: MessageCryptoService;
  identities: IdentityStore;
  events: EventSink<GossipEvent>;
  self: { endpoint: string; metadata: Uint8Array; incNum: bigint };
  bootstrap: readonly string[];
  drop(reason: DropReason, kind: ContentCase, from?: PkiId, detail?: string): void;
  send(envelope: Envelope, kind: ContentCase, to: { pkiId?: PkiId; endpoint?: string }): void;
  /** Pushes a message to random alive peers through the emitter. */
  push(envelope: Envelope, kind: ContentCase, exclude?: PkiId): void;
  connect(endpoint: string): void;
  disconnect(pkiId: PkiId, reason: string): void;
  /** Peers linked through a bootstrap endpoint. */
  bootstrapPeers(): PkiId[];
  /** Narrows candidates to linked peers when links are capped. */
  prefer(ids: PkiId[]): PkiId[];
  /** Bad signatures each link may still make this peer check (a LinkBudget of badSignatureBudget). */
  badSignatures: { allows(pkiId: PkiId): boolean; charge(pkiId: PkiId, cost: number): void };
}

/**
 * Until a bootstrap peer answers, its endpoint is dialed and asked again
 * every this many heartbeats (or every reconnectInterval, when shorter), so
 * a peer that started before the server joins soon after it comes up.
 */
const BOOTSTRAP_RETRY_HEARTBEATS = 2;

/**
 * Fabric's discovery: signed AliveMessage heartbeats, membership requests to
 * the bootstrap peers (until answered) and to random peers, alive → dead
 * after aliveExpirationTimeout, dead peers probed again every
 * reconnectInterval, and resurrection only on a newer PeerTime.
 */
export class Discovery {
  private readonly members: MemberTable;
  private readonly timers: Timer[] = [];
  private seq = 0n;
  private selfEnvelope: Envelope | undefined;
  private bootstrapAnswered = false;
  private seeded = false;
  private readonly pending: PendingRequests;

  constructor(private readonly deps: DiscoveryDeps) {
    this.members = new MemberTable(deps);
    const { config, runtime } = deps;
    // A request to a dead peer's endpoint waits for a dial and a handshake first.
    this.pending = new PendingRequests(3 * config.connTimeout + 2 * config.reconnectInterval, () =>
      runtime.now(),
    );
  }

  /** Grows whenever a peer turns alive or dead. */
  get version(): number {
    return this.members.version;
  }

  /**
   * Seeds members known before start (a converged start, as the simulator
   * uses at scale): alive now, at PeerTime 0 so any real AliveMessage of
   * theirs replaces the seed, and never relayed, since nothing signed vouches
   * for them.
   */
  seed(members: readonly NetworkMember[]): void {
    this.members.seed(members, this.deps.crypto.pkiId);
    this.seeded = members.length > 0;
  }

  start(): void {
    const { runtime, config } = this.deps;
    // A seeded (converged) start has nobody to introduce itself to: the first heartbeat comes on schedule.
    if (!this.seeded) this.publishAlive();
    for (const endpoint of this.deps.bootstrap) this.deps.connect(endpoint);
    this.timers.push(
      runtime.setInterval(() => this.publishAlive(), config.aliveTimeInterval),
      runtime.setInterval(() => this.checkExpiration(), config.aliveExpirationCheckInterval),
      runtime.setInterval(() => this.reconnect(), config.reconnectInterval),
      runtime.setInterval(
        () => this.retryBootstrap(),
        Math.min(config.reconnectInterval, BOOTSTRAP_RETRY_HEARTBEATS * config.aliveTimeInterval),
      ),
    );
    if (config.membershipRequestInterval > 0) {
      this.timers.push(runtime.setInterval(() => this.askRandomPeer(), config.membershipRequestInterval));
    }
  }

  stop(): void {
    for (const timer of this.timers) timer.cancel();
  }

  alive(): NetworkMember[] {
    return this.members.alive();
  }

  dead(): NetworkMember[] {
    return this.members.dead();
  }

  isAlive(pkiId: PkiId): boolean {
    return this.members.isAlive(pkiId);
  }

  member(pkiId: PkiId): NetworkMember | undefined {
    return this.members.member(pkiId);
  }

  aliveIds(): PkiId[] {
    return this.members.aliveIds();
  }

  /** Whether an alive message of `pkiId` stamped `time` would be news (newer than the one held). */
  aliveIsNews(pkiId: PkiId, time: PeerTime): boolean {
    const known = this.members.get(pkiId)?.time;
    return !known || comparePeerTime(time, known) > 0;
  }

  /** A new authenticated link: bootstrap peers are asked for membership at once. */
  linkUp(pkiId: PkiId, endpoint: string): void {
    if (this.deps.bootstrap.includes(endpoint)) this.sendMembershipRequest({ pkiId });
  }

  /** Handles an AliveMessage; true when it was new (and so worth forwarding). */
  handleAlive(envelope: Envelope, payload: Uint8Array, msg: GossipMessage, from?: PkiId): boolean {
    return this.takeAlive(envelope, payload, msg, from) === 'new';
  }

  /** What became of an AliveMessage: new, refused, or refused for its signature (or its link's budget). */
  private takeAlive(
    envelope: Envelope,
    payload: Uint8Array,
    msg: GossipMessage,
    from?: PkiId,
  ): 'new' | 'refused' | 'forged' {
    const alive = msg.aliveMsg;
    const memberBytes = alive?.membership?.pkiId;
    if (!alive?.timestamp || !memberBytes || memberBytes.length !== 32) {
      this.deps.drop('invalid', 'aliveMsg', from, 'alive message without membership or timestamp');
      return 'refused';
    }
    const pkiId = pkiIdFromBytes(memberBytes);
    if (pkiId === this.deps.crypto.pkiId) return 'refused';
    const time = peerTimeOf(alive.timestamp);
    const record = this.members.get(pkiId);
    // Most alive messages are repeats: they stop at the time check, before identities and signatures.
    const refused = refuseUpdate<'identity-mismatch' | 'over-budget'>(time, record?.time, () => {
      if (alive.identity && alive.identity.length > 0 && !this.deps.identities.put(pkiId, alive.identity)) {
        return 'identity-mismatch';
      }
      // Checked even from its author over its own link: what is stored is handed on to others.
      // A link that sent too many bad signatures lately gets none checked until its budget refills.
      if (from && !this.deps.badSignatures.allows(from)) return 'over-budget';
      const ok = this.deps.identities.verify(pkiId, envelope.signature ?? new Uint8Array(0), payload);
      if (!ok && from) this.deps.badSignatures.charge(from, 1);
      return ok;
    });
    if (refused) {
      if (refused === 'identity-mismatch') {
        this.deps.drop('invalid', 'aliveMsg', from, 'identity does not match pki_id');
      } else this.deps.drop(refused, 'aliveMsg', from);
      return refused === 'bad-signature' || refused === 'over-budget' ? 'forged' : 'refused';
    }
    this.members.learn(pkiId, alive, time, envelope, record);
    return 'new';
  }

  handleMembershipRequest(msg: GossipMessage, from: PkiId): void {
    const self = selfInformationOf(msg, from);
    if (!self.ok) {
      this.deps.drop(self.reason, 'memReq', from, self.detail);
      return;
    }
    const { envelope, payload, inner } = self;
    if (this.handleAlive(envelope, payload, inner, from)) this.deps.push(envelope, 'aliveMsg', from);
    else if (!this.members.get(from)?.alive) return;
    const entries = shuffle(this.deps.runtime, this.members.records());
    const body = membershipResponse(this.selfEnvelope, entries, this.deps.config.maxMessageSize);
    this.deps.send(unsigned(body, msg.nonce), 'memRes', { pkiId: from });
  }

  handleMembershipResponse(msg: GossipMessage, from: PkiId): void {
    const res = msg.memRes;
    if (!res) return;
    if (!this.pending.take(big(msg.nonce))) {
      this.deps.drop('unknown-nonce', 'memRes', from, 'a MembershipResponse to no request of ours');
      return;
    }
    if (this.deps.bootstrap.length > 0) this.bootstrapAnswered = true;
    // An honest peer hands on only entries it verified: the first bad one ends the response.
    for (const envelope of res.alive ?? []) if (!this.learnFromEnvelope(envelope, from, false)) return;
    for (const envelope of res.dead ?? []) if (!this.learnFromEnvelope(envelope, from, true)) return;
  }

  /** Takes one entry of a MembershipResponse; false when it had a bad signature. */
  private learnFromEnvelope(envelope: gossip.Envelope.$Properties, from: PkiId, dead: boolean): boolean {
    const payload = envelope.payload;
    if (!payload) return true;
    let inner: gossip.GossipMessage;
    try {
      inner = gossip.GossipMessage.decode(payload);
    } catch {
      this.deps.drop('invalid', 'memRes', from, 'an entry does not decode');
      return true;
    }
    const pkiId = inner.aliveMsg?.membership?.pkiId;
    if (dead && pkiId && this.members.has(pkiIdFromBytes(pkiId))) return true;
    const verdict = this.takeAlive(envelope, payload, inner, from);
    if (verdict === 'new' && dead) {
      this.members.markDead(pkiIdFromBytes(pkiId as Uint8Array), 'reported');
      this.capDead();
    }
    return verdict !== 'forged';
  }

  private publishAlive(): void {
    const { crypto, self } = this.deps;
    this.seq += 1n;
    const message: GossipMessage = {
      tag: gossip.GossipMessage.Tag.EMPTY,
      aliveMsg: {
        membership: { endpoint: self.endpoint, metadata: self.metadata, pkiId: pkiIdToBytes(crypto.pkiId) },
        timestamp: { incNum: u64(self.incNum), seqNum: u64(this.seq) },
        identity: crypto.identity,
      },
    };
    this.selfEnvelope = seal(message, (payload) => crypto.sign(payload));
    this.deps.push(this.selfEnvelope, 'aliveMsg');
  }

  private checkExpiration(): void {
    const { aliveExpirationTimeout, msgExpirationFactor } = this.deps.config;
    const pinned = this.pinned();
    this.members.expire(aliveExpirationTimeout, aliveExpirationTimeout * msgExpirationFactor, pinned);
    this.members.capDead(this.deps.config.maxDeadMembers, pinned);
  }

  /** Forgets the longest dead beyond maxDeadMembers (bootstrap peers are kept). */
  private capDead(): void {
    this.members.capDead(this.deps.config.maxDeadMembers, this.pinned());
  }

  /** Members never forgotten: bootstrap peers. */
  private pinned(): (pkiId: PkiId, record: MemberRecord) => boolean {
    const bootstrapPeers = this.deps.bootstrapPeers();
    return (pkiId, record) =>
      this.deps.bootstrap.includes(record.member.endpoint) || bootstrapPeers.includes(pkiId);
  }

  /** Probes dead peers with a membership request; one that answers with a newer PeerTime comes back. */
  private reconnect(): void {
    for (const record of this.members.records()) {
      if (!record.alive)
        this.sendMembershipRequest({ endpoint: record.member.endpoint, pkiId: record.member.pkiId });
    }
  }

  private retryBootstrap(): void {
    for (const endpoint of this.deps.bootstrap) this.deps.connect(endpoint);
    if (!this.bootstrapAnswered) {
      for (const pkiId of this.deps.bootstrapPeers()) this.sendMembershipRequest({ pkiId });
    }
  }

  private askRandomPeer(): void {
    const [peer] = sample(this.deps.runtime, this.deps.prefer(this.aliveIds()), 1);
    if (peer) this.sendMembershipRequest({ pkiId: peer });
  }

  private sendMembershipRequest(to: { pkiId?: PkiId; endpoint?: string }): void {
    if (!this.selfEnvelope) return;
    const nonce = this.deps.runtime.randomU64();
    this.pending.add(nonce);
    const envelope = unsigned({ memReq: { selfInformation: this.selfEnvelope, known: [] } }, u64(nonce));
    this.deps.send(envelope, 'memReq', to);
  }
}

function unsigned(message: GossipMessage, nonce: gossip.GossipMessage.$Properties['nonce']): Envelope {
  return seal({ ...message, nonce: nonce ?? null });
}
