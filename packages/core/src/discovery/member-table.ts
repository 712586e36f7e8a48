import type { EventSink, GossipEvent, NetworkMember } from '../contracts/index.js';
import type { IdentityStore } from '../crypto/index.js';
import type { PkiId } from '../ids.js';
import type { Envelope, gossip } from '../proto/index.js';
import type { Runtime } from '../runtime/index.js';
import type { PeerTime } from '../store/index.js';

export interface MemberRecord {
  member: NetworkMember;
  time: PeerTime;
  /** The signed AliveMessage it was learned from; absent for members seeded at start. */
  envelope: Envelope | undefined;
  lastSeen: number;
  alive: boolean;
  deadSince: number;
}

export interface MemberTableDeps {
  runtime: Runtime;
  identities: IdentityStore;
  events: EventSink<GossipEvent>;
  /** Closes the link to a peer just declared dead. */
  disconnect(pkiId: PkiId, reason: string): void;
}

/**
 * The membership view (Fabric's alive and dead membership stores): every
 * peer known, alive or dead, with the PeerTime and signed AliveMessage it
 * was learned from; alive → dead after aliveExpirationTimeout, and a dead
 * peer forgotten aliveExpirationTimeout × msgExpirationFactor after it died.
 * Discovery decides what is learned; the table records it and reports each
 * peer turning alive or dead.
 */
export class MemberTable {
  private readonly members = new Map<PkiId, MemberRecord>();
  /** Dead members, the longest dead first. */
  private readonly deadOrder = new Set<PkiId>();
  private aliveCache: { version: number; ids: PkiId[] } | undefined;
  private changes = 0;

  constructor(private readonly deps: MemberTableDeps) {}

  /** Grows whenever a peer turns alive or dead. */
  get version(): number {
    return this.changes;
  }

  get(pkiId: PkiId): MemberRecord | undefined {
    return this.members.get(pkiId);
  }

  has(pkiId: PkiId): boolean {
    return this.members.has(pkiId);
  }

  records(): MemberRecord[] {
    return [...this.members.values()];
  }

  /** Members known before start, alive now at PeerTime 0 (see Discovery.seed); not `self`. */
  seed(members: readonly NetworkMember[], self: PkiId): void {
    const now = this.deps.runtime.now();
    for (const member of members) {
      if (member.pkiId === self || !this.deps.identities.put(member.pkiId, member.identity)) continue;
      this.members.set(member.pkiId, {
        member,
        time: { incNum: 0n, seqNum: 0n },
        envelope: undefined,
        lastSeen: now,
        alive: true,
        deadSince: 0,
      });
    }
    this.changes++;
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
    if (this.aliveCache?.version !== this.changes) {
      const ids: PkiId[] = [];
      for (const [id, record] of this.members) if (record.alive) ids.push(id);
      this.aliveCache = { version: this.changes, ids };
    }
    return this.aliveCache.ids.slice();
  }

  /** Records a peer from a new AliveMessage: alive, seen now. */
  learn(
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
      this.changes++;
      this.deps.events.emit({ type: 'member-alive', member });
    }
  }

  /** Declares a member dead: its alive messages stopped ('expired') or another peer said so ('reported'). */
  markDead(pkiId: PkiId, reason: 'expired' | 'reported'): void {
    const record = this.members.get(pkiId);
    if (!record?.alive) return;
    record.alive = false;
    record.deadSince = this.deps.runtime.now();
    this.deadOrder.add(pkiId);
    this.changes++;
    const lastAliveAt = reason === 'expired' ? record.lastSeen : undefined;
    this.deps.events.emit({ type: 'member-dead', member: record.member, reason, lastAliveAt });
    this.deps.disconnect(pkiId, 'presumed dead');
  }

  /**
   * Declares dead the alive peers unheard for `timeout`, and forgets the
   * peers dead for `forgetAfter`, but for those `pinned` (bootstrap peers).
   */
  expire(
    timeout: number,
    forgetAfter: number,
    pinned: (pkiId: PkiId, record: MemberRecord) => boolean,
  ): void {
    const now = this.deps.runtime.now();
    for (const [pkiId, record] of this.members) {
      if (record.alive && now - record.lastSeen > timeout) this.markDead(pkiId, 'expired');
      else if (!record.alive && now - record.deadSince > forgetAfter && !pinned(pkiId, record)) {
        this.forget(pkiId);
      }
    }
  }

  /** Forgets the longest dead beyond `max` (maxDeadMembers), but for those `pinned` (bootstrap peers). */
  capDead(max: number, pinned: (pkiId: PkiId, record: MemberRecord) => boolean): void {
    let excess = this.deadOrder.size - max;
    for (const pkiId of this.deadOrder) {
      if (excess <= 0) return;
      const record = this.members.get(pkiId);
      if (record && pinned(pkiId, record)) continue;
      this.forget(pkiId);
      excess--;
    }
  }

  private forget(pkiId: PkiId): void {
    this.members.delete(pkiId);
    this.deadOrder.delete(pkiId);
  }
}
