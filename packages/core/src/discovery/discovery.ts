import type { GossipConfig } from '../config.js';
import type { IdentityStore, MessageCryptoService } from '../crypto/index.js';
import type { NetworkMember } from '../gossip/api.js';
import type { EventBus, GossipEvent } from '../gossip/events.js';
import type { DropReason } from '../gossip/metrics.js';
import { type PkiId, pkiIdFromBytes, pkiIdToBytes } from '../ids.js';
import { big, type ContentCase, type Envelope, type GossipMessage, gossip, u64 } from '../proto/index.js';
import { type Runtime, sample, shuffle, type Timer } from '../runtime/index.js';
import { type PeerTime, peerTimeOf, refuseUpdate } from '../store/index.js';
import { membershipResponse } from './membership-response.js';
import { PendingRequests } from './pending-requests.js';

export interface DiscoveryDeps {
  runtime: Runtime;
  config: GossipConfig;
  crypto: MessageCryptoService;
  identities: IdentityStore;
  events: EventBus<GossipEvent>;
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

interface MemberRecord {
  member: NetworkMember;
  time: PeerTime;
  /** The signed AliveMessage it was learned from; absent for members seeded at start. */
  envelope: Envelope | undefined;
  lastSeen: number;
  alive: boolean;
  deadSince: number;
}

/**
 * Fabric's discovery: signed AliveMessage heartbeats, membership requests to
 * the bootstrap peers (until answered) and to random peers, alive → dead
 * after aliveExpirationTimeout, dead peers probed again every
 * reconnectInterval, and resurrection only on a newer PeerTime.
 */
export class Discovery {
  private readonly members = new Map<PkiId, MemberRecord>();
  private readonly timers: Timer[] = [];
  private seq = 0n;
  private selfEnvelope: Envelope | undefined;
  private bootstrapAnswered = false;
  private seeded = false;
  private aliveCache: { version: number; ids: PkiId[] } | undefined;
  /** Dead members, the longest dead first. */
  private readonly deadOrder = new Set<PkiId>();
  private readonly pending: PendingRequests;
  /** Grows whenever a peer turns alive or dead. */
  version = 0;

  constructor(private readonly deps: DiscoveryDeps) {
    const { config, runtime } = deps;
    // A request to a dead peer's endpoint waits for a dial and a handshake first.
    this.pending = new PendingRequests(3 * config.connTimeout + 2 * config.reconnectInterval, () =>
      runtime.now(),
    );
  }

  /**
   * Seeds members known before start (a converged start, as the simulator
   * uses at scale): alive now, at PeerTime 0 so any real AliveMessage of
   * theirs replaces the seed, and never relayed, since nothing signed vouches
   * for them.
   */
  seed(members: readonly NetworkMember[]): void {
    const now = this.deps.runtime.now();
    for (const member of members) {
      if (member.pkiId === this.deps.crypto.pkiId || !this.deps.identities.put(member.pkiId, member.identity))
        continue;
      this.members.set(member.pkiId, {
        member,
        time: { incNum: 0n, seqNum: 0n },
        envelope: undefined,
        lastSeen: now,
        alive: true,
        deadSince: 0,
      });
    }
    this.seeded = members.length > 0;
    this.version++;
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
        Math.min(config.reconnectInterval, 2 * config.aliveTimeInterval),
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
    return [...this.members.values()].filter((r) => r.alive).map((r) => r.member);
  }

  dead(): NetworkMember[] {
    return [...this.members.values()].filter((r) => !r.alive).map((r) => r.member);
  }

  isAlive(pkiId: PkiId): boolean {
    return this.members.get(pkiId)?.alive ?? false;
  }

  member(pkiId: PkiId): NetworkMember | undefined {
    return this.members.get(pkiId)?.member;
  }

  aliveIds(): PkiId[] {
    if (this.aliveCache?.version !== this.version) {
      const ids: PkiId[] = [];
      for (const [id, record] of this.members) if (record.alive) ids.push(id);
      this.aliveCache = { version: this.version, ids };
    }
    return this.aliveCache.ids.slice();
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
    this.learn(pkiId, alive, time, envelope, record);
    return 'new';
  }

  handleMembershipRequest(msg: GossipMessage, from: PkiId): void {
    const selfInfo = msg.memReq?.selfInformation;
    const payload = selfInfo?.payload;
    if (!selfInfo || !payload) {
      this.deps.drop('invalid', 'memReq', from, 'no self_information');
      return;
    }
    let inner: gossip.GossipMessage;
    try {
      inner = gossip.GossipMessage.decode(payload);
    } catch {
      this.deps.drop('invalid', 'memReq', from, 'self_information does not decode');
      return;
    }
    const claimed = inner.aliveMsg?.membership?.pkiId;
    if (!claimed || pkiIdFromBytes(claimed) !== from) {
      this.deps.drop('spoofed', 'memReq', from, 'self_information names another peer than the link');
      return;
    }
    if (this.handleAlive(selfInfo, payload, inner, from)) this.deps.push(selfInfo, 'aliveMsg', from);
    else if (!this.members.get(from)?.alive) return;
    const entries = shuffle(this.deps.runtime, [...this.members.values()]);
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
    if (verdict === 'new' && dead) this.markDead(pkiIdFromBytes(pkiId as Uint8Array));
    return verdict !== 'forged';
  }

  private learn(
    pkiId: PkiId,
    alive: gossip.AliveMessage.$Properties,
    time: PeerTime,
    envelope: Envelope,
    record = this.members.get(pkiId),
  ): void {
    const now = this.deps.runtime.now();
    const member: NetworkMember = {
      pkiId,
      endpoint: alive.membership?.endpoint ?? '',
      metadata: alive.membership?.metadata ?? new Uint8Array(0),
      identity: this.deps.identities.get(pkiId) ?? new Uint8Array(0),
    };
    const wasAlive = record?.alive ?? false;
    this.members.set(pkiId, { member, time, envelope, lastSeen: now, alive: true, deadSince: 0 });
    this.deadOrder.delete(pkiId);
    if (!wasAlive) {
      this.version++;
      this.deps.events.emit({ type: 'member-alive', member });
    }
  }

  private markDead(pkiId: PkiId): void {
    const record = this.members.get(pkiId);
    if (!record?.alive) return;
    record.alive = false;
    record.deadSince = this.deps.runtime.now();
    this.deadOrder.add(pkiId);
    this.version++;
    this.deps.events.emit({ type: 'member-dead', member: record.member });
    this.deps.disconnect(pkiId, 'presumed dead');
    this.capDead();
  }

  /** Forgets the longest dead beyond maxDeadMembers (bootstrap peers are kept). */
  private capDead(): void {
    let excess = this.deadOrder.size - this.deps.config.maxDeadMembers;
    if (excess <= 0) return;
    const bootstrapPeers = this.deps.bootstrapPeers();
    for (const pkiId of this.deadOrder) {
      if (excess <= 0) return;
      const endpoint = this.members.get(pkiId)?.member.endpoint ?? '';
      if (this.deps.bootstrap.includes(endpoint) || bootstrapPeers.includes(pkiId)) continue;
      this.forget(pkiId);
      excess--;
    }
  }

  private forget(pkiId: PkiId): void {
    this.members.delete(pkiId);
    this.deadOrder.delete(pkiId);
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
    const payload = gossip.GossipMessage.encode(message).finish();
    this.selfEnvelope = { payload, signature: crypto.sign(payload) };
    this.deps.push(this.selfEnvelope, 'aliveMsg');
  }

  private checkExpiration(): void {
    const now = this.deps.runtime.now();
    const { aliveExpirationTimeout, msgExpirationFactor } = this.deps.config;
    for (const [pkiId, record] of this.members) {
      if (record.alive && now - record.lastSeen > aliveExpirationTimeout) this.markDead(pkiId);
      else if (
        !record.alive &&
        now - record.deadSince > aliveExpirationTimeout * msgExpirationFactor &&
        !this.deps.bootstrap.includes(record.member.endpoint) &&
        !this.deps.bootstrapPeers().includes(pkiId)
      ) {
        this.forget(pkiId);
      }
    }
  }

  /** Probes dead peers with a membership request; one that answers with a newer PeerTime comes back. */
  private reconnect(): void {
    for (const record of this.members.values()) {
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
  return { payload: gossip.GossipMessage.encode({ ...message, nonce: nonce ?? null }).finish() };
}
