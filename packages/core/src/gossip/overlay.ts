import {
  type MeshChannel,
  type MeshView,
  meshApplies,
  meshRank,
  meshView,
  meshWants,
} from '../channel/channel-mesh.js';
import { preferLinked } from '../channel/context.js';
import type { Comm } from '../comm/comm.js';
import type { GossipConfig } from '../config.js';
import type { Discovery } from '../discovery/index.js';
import type { ChannelId, PkiId } from '../ids.js';
import { memoized } from '../memo.js';
import { type Runtime, sample, type Timer } from '../runtime/index.js';

/** A joined channel as the overlay sees it: its known members, and a version that grows when who is in changes. */
export interface OverlayChannel extends MeshChannel {
  readonly stateInfo: { readonly memberSetVersion: number };
}

export interface OverlayDeps {
  runtime: Runtime;
  config: GossipConfig;
  comm: Comm;
  discovery: Discovery;
  /** The channels this peer has joined (or left). */
  channels: ReadonlyMap<ChannelId, OverlayChannel>;
}

/**
 * The peer's few links (webgossip caps them): keeps targetConnections of
 * them to random alive peers and, within maxConnections, channelLinks to the
 * members of every channel it has joined (the per-channel mesh, see
 * channel-mesh.ts); says which links eviction should spare, and where pushes
 * go, linked peers first.
 */
export class Overlay {
  private timer: Timer | undefined;
  /** When the mesh last dialed each member, so a member that does not keep the link is not dialed every round. */
  private readonly meshDialedAt = new Map<PkiId, number>();

  /** Where membership messages are pushed: alive peers, linked ones preferred. */
  readonly aliveTargets: () => readonly PkiId[];
  /**
   * Each joined channel's members and links, rebuilt only when membership,
   * links or who is in a channel change (not on every new height: StateInfo
   * arrives for every block from every member, and eviction reads these).
   */
  private readonly views: () => ReadonlyMap<ChannelId, MeshView>;

  constructor(private readonly deps: OverlayDeps) {
    this.aliveTargets = this.targets(() => deps.discovery.aliveIds());
    const { discovery, comm, channels } = deps;
    this.views = memoized(
      () => {
        let key = `${discovery.version}/${comm.linkVersion}`;
        for (const [id, gc] of channels) key += `/${id}:${gc.hasLeft}:${gc.stateInfo.memberSetVersion}`;
        return key;
      },
      () => {
        const isLinked = (pkiId: PkiId) => comm.has(pkiId);
        const out = new Map<ChannelId, MeshView>();
        for (const [id, gc] of channels) if (!gc.hasLeft) out.set(id, meshView(gc, isLinked));
        return out;
      },
    );
  }

  start(): void {
    const { config, runtime } = this.deps;
    // Uncapped links (targetConnections, like maxConnections, infinite): no overlay, no mesh.
    if (!Number.isFinite(config.targetConnections)) return;
    // Members known from the start (a converged start) are linked to at once, not a round later.
    this.maintain(config.targetConnections);
    this.timer = runtime.setInterval(() => {
      this.maintain(2);
      this.maintainMesh();
    }, config.aliveTimeInterval);
  }

  stop(): void {
    this.timer?.cancel();
  }

  /** Of `ids`, the linked ones when there are enough of them (see preferLinked). */
  prefer(ids: PkiId[]): PkiId[] {
    return preferLinked({ isLinked: (pkiId) => this.deps.comm.has(pkiId), config: this.deps.config }, ids);
  }

  /** Push targets among `eligible()`, rebuilt only when membership or links change. */
  targets(eligible: () => PkiId[]): () => readonly PkiId[] {
    const { discovery, comm } = this.deps;
    return memoized(
      () => `${discovery.version}/${comm.linkVersion}`,
      () => this.prefer(eligible()),
    );
  }

  /**
   * Where a channel's StateInfo and leadership messages are pushed. With
   * links capped, once the mesh holds them: the linked members (as many as a
   * push's fanout, or every member known), since only members take these.
   * Before (just joined, or the view still growing): alive peers among
   * `eligible()`, linked ones preferred, so members that do not know this
   * peer yet can hear of it. Uncapped, as Fabric: alive peers among
   * `eligible()`.
   */
  channelTargets(channel: ChannelId, eligible: () => PkiId[]): () => readonly PkiId[] {
    const { discovery, comm, channels } = this.deps;
    return memoized(
      () => {
        const gc = channels.get(channel);
        return `${discovery.version}/${comm.linkVersion}/${gc?.hasLeft}/${gc?.stateInfo.memberSetVersion}`;
      },
      () => this.prefer(this.channelEligible(channel, eligible)),
    );
  }

  private channelEligible(channel: ChannelId, eligible: () => PkiId[]): PkiId[] {
    const { config } = this.deps;
    if (!meshApplies(config)) return eligible();
    const view = this.views().get(channel);
    const linked = view?.linked ?? [];
    const meshed =
      linked.length >= config.propagatePeerNum || (linked.length > 0 && linked.length === view?.ids.length);
    return meshed ? linked.slice() : eligible();
  }

  /** How much the mesh needs the link to `pkiId` kept (0: not at all); eviction takes the lowest first. */
  keepRank(pkiId: PkiId): number {
    if (!meshApplies(this.deps.config)) return 0;
    return meshRank(this.deps.config, this.views().values(), pkiId);
  }

  /** Dials random alive peers up to targetConnections, at most `perRound` at a time. */
  private maintain(perRound: number): void {
    const { comm, discovery, config, runtime } = this.deps;
    const missing = Math.min(perRound, config.targetConnections - comm.ordinaryLinks());
    if (missing <= 0) return;
    const linked = new Set(comm.linked());
    const candidates = discovery
      .alive()
      .filter((m) => !linked.has(m.pkiId) && comm.canDial(m.endpoint))
      .map((m) => m.endpoint);
    for (const endpoint of sample(runtime, candidates, missing)) comm.connect(endpoint);
  }

  /**
   * Dials the members each joined channel lacks, up to channelLinks of them.
   * Below the cap it just dials; at the cap only when some link is needed
   * less than the new one would be (eviction then makes room with it), so
   * two channels never take links from each other in turn. A member dialed
   * is not dialed again within reconnectInterval, as a dead peer is probed.
   */
  private maintainMesh(): void {
    const { comm, config, discovery, runtime } = this.deps;
    if (!meshApplies(config)) return;
    const now = runtime.now();
    for (const [pkiId, at] of this.meshDialedAt) {
      if (now - at >= config.reconnectInterval) this.meshDialedAt.delete(pkiId);
    }
    let links = comm.ordinaryLinks();
    for (const view of this.views().values()) {
      const wants = meshWants(config, view);
      const fresh = wants.missing.filter((id) => !this.meshDialedAt.has(id));
      for (const pkiId of sample(runtime, fresh, wants.count)) {
        const endpoint = discovery.member(pkiId)?.endpoint;
        if (!endpoint || !comm.canDial(endpoint)) continue;
        if (links >= config.maxConnections && !this.someNeededLess(wants.rank)) return;
        this.meshDialedAt.set(pkiId, now);
        comm.connect(endpoint);
        links++;
      }
    }
  }

  private someNeededLess(rank: number): boolean {
    const { comm } = this.deps;
    return comm.linkInfo().some((link) => !link.bootstrap && this.keepRank(link.pkiId) < rank);
  }
}
