import type { GossipConfig } from '../config.js';
import type { DropReason, EventSink, GossipEvent, NetworkMember } from '../contracts/index.js';
import type { IdentityStore, MessageCryptoService } from '../crypto/index.js';
import { type PkiId, pkiIdFromBytes, pkiIdToBytes } from '../ids.js';
import { type ContentCase, type Envelope, type GossipMessage, gossip, seal, u64 } from '../proto/index.js';
import { type Runtime, sample, shuffle, type Timer } from '../runtime/index.js';
import { comparePeerTime, type PeerTime, peerTimeOf, refuseUpdate } from '../store/index.js';
import { MemberTable } from './member-table.js';

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
}

/** A MembershipResponse stays this far under the frame limit. */
const RESPONSE_MARGIN = 4096;
/**
 * Until a bootstrap peer answers, its endpoint is dialed and asked again
 * every this many heartbeats (or every reconnectInterval, when shorter), so
 * a peer that started before the server joins soon after it comes up.
 */
const BOOTSTRAP_RETRY_HEARTBEATS = 2;
/** The protobuf tags and lengths around one entry of a MembershipResponse (entries under 16 KiB). */
const ENTRY_FRAMING = 8;

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

  constructor(private readonly deps: DiscoveryDeps) {
    this.members = new MemberTable(deps);
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
    const alive = msg.aliveMsg;
    const memberBytes = alive?.membership?.pkiId;
    if (!alive?.timestamp || !memberBytes || memberBytes.length !== 32) {
      this.deps.drop('invalid', 'aliveMsg', from, 'alive message without membership or timestamp');
      return false;
    }
    const pkiId = pkiIdFromBytes(memberBytes);
    if (pkiId === this.deps.crypto.pkiId) return false;
    const time = peerTimeOf(alive.timestamp);
    const record = this.members.get(pkiId);
    // Most alive messages are repeats: they stop at the time check, before identities and signatures.
    const refused = refuseUpdate<'identity-mismatch'>(time, record?.time, () => {
      if (alive.identity && alive.identity.length > 0 && !this.deps.identities.put(pkiId, alive.identity)) {
        return 'identity-mismatch';
      }
      // From its author over the author's own authenticated link, the link vouches for it; relayed
      // copies are checked, and whoever they are forwarded to checks the signature again.
      return from === pkiId
        ? true
        : this.deps.identities.verify(pkiId, envelope.signature ?? new Uint8Array(0), payload);
    });
    if (refused) {
      if (refused === 'identity-mismatch') {
        this.deps.drop('invalid', 'aliveMsg', from, 'identity does not match pki_id');
      } else this.deps.drop(refused, 'aliveMsg', from);
      return false;
    }
    this.members.learn(pkiId, alive, time, envelope, record);
    return true;
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
    this.deps.send(unsigned(this.membershipResponse(), msg.nonce), 'memRes', { pkiId: from });
  }

  handleMembershipResponse(msg: GossipMessage, from: PkiId): void {
    const res = msg.memRes;
    if (!res) return;
    if (this.deps.bootstrap.length > 0) this.bootstrapAnswered = true;
    for (const envelope of res.alive ?? []) this.learnFromEnvelope(envelope, from, false);
    for (const envelope of res.dead ?? []) this.learnFromEnvelope(envelope, from, true);
  }

  private learnFromEnvelope(envelope: gossip.Envelope.$Properties, from: PkiId, dead: boolean): void {
    const payload = envelope.payload;
    if (!payload) return;
    let inner: gossip.GossipMessage;
    try {
      inner = gossip.GossipMessage.decode(payload);
    } catch {
      this.deps.drop('invalid', 'memRes', from, 'an entry does not decode');
      return;
    }
    const pkiId = inner.aliveMsg?.membership?.pkiId;
    if (dead && pkiId && this.members.has(pkiIdFromBytes(pkiId))) return;
    if (this.handleAlive(envelope, payload, inner, from) && dead) {
      this.members.markDead(pkiIdFromBytes(pkiId as Uint8Array), 'reported');
    }
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
    this.members.expire(
      aliveExpirationTimeout,
      aliveExpirationTimeout * msgExpirationFactor,
      (pkiId, record) =>
        this.deps.bootstrap.includes(record.member.endpoint) || this.deps.bootstrapPeers().includes(pkiId),
    );
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
    const envelope = unsigned(
      { memReq: { selfInformation: this.selfEnvelope, known: [] } },
      u64(this.deps.runtime.randomU64()),
    );
    this.deps.send(envelope, 'memReq', to);
  }

  private membershipResponse(): GossipMessage {
    const budget = this.deps.config.maxMessageSize - RESPONSE_MARGIN;
    let used = this.selfEnvelope?.payload?.length ?? 0;
    const alive: Envelope[] = this.selfEnvelope ? [this.selfEnvelope] : [];
    const dead: Envelope[] = [];
    const records = shuffle(this.deps.runtime, this.members.records());
    for (const { envelope, alive: isAlive } of records) {
      if (!envelope) continue;
      used += (envelope.payload?.length ?? 0) + (envelope.signature?.length ?? 0) + ENTRY_FRAMING;
      if (used > budget) break;
      (isAlive ? alive : dead).push(envelope);
    }
    return { memRes: { alive, dead } };
  }
}

function unsigned(message: GossipMessage, nonce: gossip.GossipMessage.$Properties['nonce']): Envelope {
  return seal({ ...message, nonce: nonce ?? null });
}
