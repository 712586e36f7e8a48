/**
 * Leader election for one channel (Fabric's gossip/election), sans-IO: it
 * runs on the injected runtime's timers, reads the view through its adapter,
 * gossips through it, and is told of LeadershipMessages by handleMessage().
 *
 * After start() it waits until the view stops changing between two samples
 * (every `membershipSampleInterval`), at most `startupGracePeriod`. If no
 * leader declared itself meanwhile, it proposes itself and collects proposals
 * for `leaderElectionDuration`; a declaration ends the election (that peer
 * leads), a proposal from an alive peer with a lower PKI-ID makes it wait for
 * that peer's declaration, and otherwise it leads: it declares at once and
 * every `leaderAliveThreshold / 2`. A follower that hears no declaration for
 * `leaderAliveThreshold` holds the leader dead and elects again. A leader that
 * hears a declaration from a lower PKI-ID steps down, so when partitions heal
 * the lowest of their leaders stays. yield() steps down and keeps out of
 * elections for 6 × leaderAliveThreshold or until another peer leads.
 *
 * Beyond Fabric, a leader answers a proposal or a rival's higher declaration
 * with a declaration at once, so newcomers learn it and rivals yield without
 * waiting for the next periodic declaration; and a follower whose leader has
 * gone from its view (left the channel, or was declared dead) elects again at
 * its next membership sample instead of waiting out leaderAliveThreshold.
 *
 * Messages from this peer itself or from peers outside adapter.peers() are
 * ignored. PKI-IDs are lowercase hex of equal length, so string order is byte
 * order. After stop() nothing is gossiped and onChange is never called.
 */
import type { PkiId } from '../ids.js';
import type { Runtime, Timer } from '../runtime/runtime.js';
import type { ElectionAdapter, ElectionConfig, LeaderChangeHandler } from './election-adapter.js';

export interface LeaderElectionDeps {
  self: PkiId;
  runtime: Runtime;
  config: ElectionConfig;
  adapter: ElectionAdapter;
  onChange: LeaderChangeHandler;
}

type Phase = 'idle' | 'stabilizing' | 'electing' | 'leading' | 'following' | 'stopped';

/** How long a yielding leader stays out of elections, in leaderAliveThresholds (Fabric's value). */
const YIELD_THRESHOLDS = 6;

export class LeaderElection {
  private readonly self: PkiId;
  private readonly runtime: Runtime;
  private readonly config: ElectionConfig;
  private readonly adapter: ElectionAdapter;
  private readonly onChange: LeaderChangeHandler;
  private phase: Phase = 'idle';
  private leaderId: PkiId | undefined;
  /** When the followed leader last declared (or when waiting for one began). */
  private leaderSeenAt = 0;
  /** Proposers heard since a leader was last known, with when. */
  private readonly proposals = new Map<PkiId, number>();
  private yieldUntil = Number.NEGATIVE_INFINITY;
  /** The one pending timer of the current phase. */
  private timer: Timer | undefined;
  private reported: { leader: PkiId | undefined; isSelf: boolean } = { leader: undefined, isSelf: false };

  constructor(deps: LeaderElectionDeps) {
    for (const key of ['membershipSampleInterval', 'leaderAliveThreshold'] as const) {
      if (!(deps.config[key] > 0)) throw new RangeError(`${key} must be > 0, got ${deps.config[key]}`);
    }
    this.self = deps.self;
    this.runtime = deps.runtime;
    this.config = deps.config;
    this.adapter = deps.adapter;
    this.onChange = deps.onChange;
  }

  start(): void {
    if (this.phase !== 'idle') return;
    this.phase = 'stabilizing';
    const deadline = this.runtime.now() + this.config.startupGracePeriod;
    let view = this.viewKey();
    const sample = () => {
      const next = this.viewKey();
      if (next === view || this.runtime.now() >= deadline) {
        this.elect();
        return;
      }
      view = next;
      this.schedule(this.config.membershipSampleInterval, sample);
    };
    this.schedule(this.config.membershipSampleInterval, sample);
  }

  stop(): void {
    this.phase = 'stopped';
    this.timer?.cancel();
    this.timer = undefined;
    this.leaderId = undefined;
    this.proposals.clear();
  }

  isLeader(): boolean {
    return this.phase === 'leading';
  }

  /** The leader this peer knows of (itself when leading). */
  leader(): PkiId | undefined {
    return this.leaderId;
  }

  /** A LeadershipMessage from `from` arrived (its signature already checked). */
  handleMessage(from: PkiId, isDeclaration: boolean): void {
    if (this.phase === 'idle' || this.phase === 'stopped' || from === this.self) return;
    if (!this.adapter.peers().includes(from)) return;
    if (isDeclaration) {
      this.onDeclaration(from);
      return;
    }
    this.proposals.set(from, this.runtime.now());
    if (this.phase === 'leading') this.adapter.gossip(true);
  }

  /** A leader steps down and sits out elections for a while (Fabric's Yield). */
  yield(): void {
    if (this.phase !== 'leading') return;
    this.yieldUntil = this.runtime.now() + YIELD_THRESHOLDS * this.config.leaderAliveThreshold;
    this.waitForLeader();
    this.notify();
  }

  private onDeclaration(from: PkiId): void {
    switch (this.phase) {
      case 'leading':
        if (from < this.self) this.follow(from);
        else this.adapter.gossip(true);
        return;
      case 'stabilizing':
      case 'electing':
        this.follow(from);
        return;
      case 'following': {
        const current = this.leaderId;
        if (from === current) {
          this.leaderSeenAt = this.runtime.now();
          return;
        }
        const stale = this.runtime.now() - this.leaderSeenAt >= this.config.leaderAliveThreshold;
        if (current === undefined || from < current || stale) this.follow(from);
        return;
      }
      default:
        return;
    }
  }

  private elect(): void {
    if (this.isYielding()) {
      this.waitForLeader();
      return;
    }
    this.phase = 'electing';
    this.adapter.gossip(false);
    this.schedule(this.config.leaderElectionDuration, () => this.decide());
  }

  /** The election is over and nobody declared: lead unless a lower alive peer proposed. */
  private decide(): void {
    if (this.lowerProposerAlive()) {
      this.waitForLeader();
      return;
    }
    this.lead();
  }

  private lowerProposerAlive(): boolean {
    const horizon =
      this.runtime.now() - this.config.leaderAliveThreshold - this.config.leaderElectionDuration;
    const alive = new Set(this.adapter.peers());
    for (const [id, at] of this.proposals) {
      if (at < horizon) this.proposals.delete(id);
      else if (id < this.self && alive.has(id)) return true;
    }
    return false;
  }

  private lead(): void {
    this.phase = 'leading';
    this.leaderId = this.self;
    this.proposals.clear();
    const declare = () => {
      this.adapter.gossip(true);
      this.schedule(this.config.leaderAliveThreshold / 2, declare);
    };
    declare();
    this.notify();
  }

  private follow(leader: PkiId): void {
    this.phase = 'following';
    this.leaderId = leader;
    this.leaderSeenAt = this.runtime.now();
    this.proposals.clear();
    // Another peer leads now, so a yielding peer may take part again later (as in Fabric).
    this.yieldUntil = Number.NEGATIVE_INFINITY;
    this.scheduleLeaderCheck();
    this.notify();
  }

  /** Follows nobody yet: elects again unless a declaration comes within leaderAliveThreshold. */
  private waitForLeader(): void {
    this.phase = 'following';
    this.leaderId = undefined;
    this.leaderSeenAt = this.runtime.now();
    this.scheduleLeaderCheck();
  }

  /** Checks on the leader at the next membership sample, or when its declarations would be overdue if sooner. */
  private scheduleLeaderCheck(): void {
    const overdueIn = this.leaderSeenAt + this.config.leaderAliveThreshold - this.runtime.now();
    const delay =
      this.leaderId === undefined ? overdueIn : Math.min(overdueIn, this.config.membershipSampleInterval);
    this.schedule(delay, () => this.checkLeaderAlive());
  }

  /**
   * A leader gone from the view is dropped at once. One still in view but
   * silent for leaderAliveThreshold is kept while this peer elects again: a
   * leader that is alive answers the proposal at once and nothing changes,
   * where dropping it first would have this peer name no leader for a round
   * trip whenever two declarations in a row missed it.
   */
  private checkLeaderAlive(): void {
    const silentFor = this.runtime.now() - this.leaderSeenAt;
    const inView = this.leaderId === undefined || this.adapter.peers().includes(this.leaderId);
    if (silentFor < this.config.leaderAliveThreshold && inView) {
      this.scheduleLeaderCheck();
      return;
    }
    if (!inView) {
      this.leaderId = undefined;
      this.notify();
    }
    this.elect();
  }

  private isYielding(): boolean {
    return this.runtime.now() < this.yieldUntil;
  }

  private viewKey(): string {
    return [...this.adapter.peers()].sort().join(',');
  }

  private schedule(delayMs: number, fn: () => void): void {
    this.timer?.cancel();
    this.timer = this.runtime.setTimeout(fn, delayMs);
  }

  private notify(): void {
    if (this.phase === 'stopped') return;
    const leader = this.leaderId;
    const isSelf = this.phase === 'leading';
    if (leader === this.reported.leader && isSelf === this.reported.isSelf) return;
    this.reported = { leader, isSelf };
    this.onChange(leader, isSelf);
  }
}
