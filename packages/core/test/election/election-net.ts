import { createVirtualRuntime, type PkiId, presets, toHex, type VirtualRuntime } from '@webgossip/core';
import { LeaderElection } from '../../src/election/index.js';

export const electionConfig = {
  startupGracePeriod: presets.webgossip.startupGracePeriod,
  membershipSampleInterval: presets.webgossip.membershipSampleInterval,
  leaderAliveThreshold: presets.webgossip.leaderAliveThreshold,
  leaderElectionDuration: presets.webgossip.leaderElectionDuration,
};

export interface Change {
  at: number;
  peer: PkiId;
  leader: PkiId | undefined;
  isSelf: boolean;
}

export interface ElectionNetOptions {
  seed?: number;
  peers: number;
  latencyMs?: number;
  jitterMs?: number;
}

/**
 * Elections of one channel wired by an in-test broadcast router with latency.
 * Connectivity is a partition into groups: a peer sees (peers()) and reaches
 * only the members of its group. A stopped peer stays in the others' views,
 * as it would until discovery expires it: only its silence tells.
 */
export class ElectionNet {
  readonly runtime: VirtualRuntime;
  /** Random equal-length hex ids, so the lowest is not the first created. */
  readonly ids: PkiId[];
  readonly nodes = new Map<PkiId, LeaderElection>();
  readonly changes: Change[] = [];
  readonly stopped = new Set<PkiId>();
  private group = new Map<PkiId, number>();
  private readonly latencyMs: number;
  private readonly jitterMs: number;

  constructor(options: ElectionNetOptions) {
    this.runtime = createVirtualRuntime({ seed: options.seed ?? 1 });
    this.latencyMs = options.latencyMs ?? 20;
    this.jitterMs = options.jitterMs ?? 15;
    this.ids = Array.from({ length: options.peers }, () => toHex(this.runtime.randomBytes(8)) as PkiId);
    for (const id of this.ids) this.add(id);
  }

  add(self: PkiId): LeaderElection {
    if (!this.ids.includes(self)) this.ids.push(self);
    const node = new LeaderElection({
      self,
      runtime: this.runtime,
      config: electionConfig,
      adapter: {
        gossip: (isDeclaration) => this.broadcast(self, isDeclaration),
        peers: () => this.ids.filter((id) => id !== self && this.connected(self, id)),
      },
      onChange: (leader, isSelf) => this.changes.push({ at: this.runtime.now(), peer: self, leader, isSelf }),
    });
    this.nodes.set(self, node);
    return node;
  }

  node(id: PkiId): LeaderElection {
    const node = this.nodes.get(id);
    if (!node) throw new Error(`no node ${id}`);
    return node;
  }

  startAll(): void {
    for (const node of this.nodes.values()) node.start();
  }

  stop(id: PkiId): void {
    this.node(id).stop();
    this.stopped.add(id);
  }

  running(): PkiId[] {
    return this.ids.filter((id) => !this.stopped.has(id));
  }

  lowest(ids: readonly PkiId[]): PkiId {
    return [...ids].sort()[0] as PkiId;
  }

  /** Splits the peers into groups; peers not listed form one more group. */
  partition(...groups: PkiId[][]): void {
    this.group = new Map();
    groups.forEach((members, i) => {
      for (const id of members) this.group.set(id, i + 1);
    });
  }

  heal(): void {
    this.group = new Map();
  }

  /** The leaders among `ids`, and whether every one of them follows the same single leader. */
  agreement(ids: readonly PkiId[]): { leaders: PkiId[]; agreed: PkiId | undefined } {
    const leaders = ids.filter((id) => this.node(id).isLeader());
    const seen = new Set(ids.map((id) => this.node(id).leader()));
    const only = seen.size === 1 ? [...seen][0] : undefined;
    const agreed = leaders.length === 1 && only === leaders[0] ? only : undefined;
    return { leaders, agreed };
  }

  private connected(a: PkiId, b: PkiId): boolean {
    return (this.group.get(a) ?? 0) === (this.group.get(b) ?? 0);
  }

  private broadcast(from: PkiId, isDeclaration: boolean): void {
    for (const to of this.ids) {
      if (to === from || !this.connected(from, to)) continue;
      const delay = this.latencyMs + this.runtime.random() * this.jitterMs;
      this.runtime.setTimeout(() => {
        // A message in flight when the network splits is lost with the link.
        if (this.connected(from, to)) this.nodes.get(to)?.handleMessage(from, isDeclaration);
      }, delay);
    }
  }
}
