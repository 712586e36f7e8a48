import type { GossipConfig } from '../config.js';
import type { PkiId } from '../ids.js';
import { sample } from '../runtime/index.js';
import { type ChannelDeps, preferLinked } from './context.js';

/**
 * The per-channel mesh, where links are capped: every channel a peer has
 * joined keeps `channelLinks` links to its members (as GossipSub keeps D
 * peers per topic), and its StateInfo pull requests go to members, so a
 * small channel inside a large network stays one channel whatever the
 * random links are. Without a cap (the fabric preset) nothing here applies:
 * a peer links to whoever it talks to, as in Fabric.
 */

/** What the mesh reads of one joined channel. */
export interface MeshChannel {
  readonly hasLeft: boolean;
  /** The channel's members known from StateInfo (alive, not left), this peer excluded. */
  members(): readonly { pkiId: PkiId }[];
}

/** One joined channel's members and which of them are linked; built when membership or links change. */
export interface MeshView {
  readonly ids: readonly PkiId[];
  readonly set: ReadonlySet<PkiId>;
  readonly linked: readonly PkiId[];
}

/** Whether the mesh applies: links are capped. */
export function meshApplies(config: GossipConfig): boolean {
  return Number.isFinite(config.maxConnections) && config.channelLinks > 0;
}

export function meshView(channel: MeshChannel, isLinked: (pkiId: PkiId) => boolean): MeshView {
  const ids = channel.hasLeft ? [] : channel.members().map((m) => m.pkiId);
  return { ids, set: new Set(ids), linked: ids.filter(isLinked) };
}

/**
 * How much the link to `pkiId` is needed by the mesh: 0 when no joined
 * channel needs it; else, for the channel that needs it most, how close that
 * channel is to losing its mesh (channelLinks for its last link, 1 for its
 * channelLinks-th). Eviction over the cap takes the lowest first.
 */
export function meshRank(config: GossipConfig, views: Iterable<MeshView>, pkiId: PkiId): number {
  const { channelLinks } = config;
  let rank = 0;
  for (const view of views) {
    const linked = view.linked.length;
    if (view.set.has(pkiId) && linked <= channelLinks) rank = Math.max(rank, channelLinks + 1 - linked);
  }
  return rank;
}

/** Members of one channel the mesh should dial, how many, and the rank each new link would have. */
export function meshWants(
  config: GossipConfig,
  view: MeshView,
): { missing: PkiId[]; count: number; rank: number } {
  const linked = view.linked.length;
  const count = Math.min(config.channelLinks, view.ids.length) - linked;
  const isLinked = new Set(view.linked);
  return {
    missing: count > 0 ? view.ids.filter((id) => !isLinked.has(id)) : [],
    count: Math.max(0, count),
    rank: config.channelLinks - linked,
  };
}

/**
 * Where a channel's StateInfoPullRequests go. Only members answer one: a
 * non-member drops it, since it holds no StateInfo of the channel and cannot
 * tell the channel from the requester's MAC (Fabric, too, keeps StateInfo
 * among members). So, with links capped, they go to known members, linked
 * ones preferred, and beyond them to alive peers not asked yet, linked ones
 * first: pullPeerNum a round while the peer knows fewer members than
 * channelLinks and has not asked everyone once (a joiner whose links are all
 * outside the channel finds members this way, and a small channel finds all
 * its few), else one every channelExploreInterval, so
 * that groups of members that found only each other still merge. A peer
 * asked that did not turn out to be a member is not asked again until every
 * other has been (a sweep), so searching dials each peer at most once a
 * sweep. A peer that asked this one for the channel's StateInfo is a
 * member whose StateInfo may not have reached here yet (the answer carries
 * ours, but the two may be lost, and a sweep comes back to it only after
 * every other peer): it is asked every round until its StateInfo arrives or
 * it dies, so one message that got through, either way, is enough for two
 * members to find each other. Without a cap, as Fabric: random alive peers.
 */
export class StateInfoPulls {
  /** Peers asked beyond the known members in this sweep. */
  private readonly asked = new Set<PkiId>();
  /** Peers that asked for the channel's StateInfo and are not known as members yet. */
  private readonly askers = new Set<PkiId>();
  /** Whether every alive peer has been asked once. */
  private swept = false;
  /** Pull rounds since joining, to explore once every channelExploreInterval. */
  private rounds = 0;

  constructor(private readonly deps: Pick<ChannelDeps, 'config' | 'runtime' | 'isLinked'>) {}

  /** A peer asked for the channel's StateInfo (its request's MAC names the channel for it). */
  askedBy(pkiId: PkiId): void {
    this.askers.add(pkiId);
  }

  targets(members: readonly PkiId[], alive: readonly PkiId[]): PkiId[] {
    const { config, runtime } = this.deps;
    if (!meshApplies(config)) return sample(runtime, alive, config.pullPeerNum);
    const targets = sample(runtime, preferLinked(this.deps, members.slice()), config.pullPeerNum);
    targets.push(...this.pendingAskers(members, alive));
    if (members.length < config.channelLinks && !this.swept) {
      return [...new Set([...targets, ...this.beyond(members, alive, config.pullPeerNum)])];
    }
    this.rounds++;
    const every = Math.max(1, Math.round(config.channelExploreInterval / config.requestStateInfoInterval));
    return this.rounds % every === 0
      ? [...new Set([...targets, ...this.beyond(members, alive, 1)])]
      : targets;
  }

  /** The askers still not known as members, while alive; the others are forgotten. */
  private pendingAskers(members: readonly PkiId[], alive: readonly PkiId[]): PkiId[] {
    if (this.askers.size === 0) return [];
    const known = new Set(members);
    const living = new Set(alive);
    for (const id of this.askers) if (known.has(id) || !living.has(id)) this.askers.delete(id);
    return [...this.askers];
  }

  /** Up to `count` alive peers not known as members and not asked in this sweep: linked ones, then one more. */
  private beyond(members: readonly PkiId[], alive: readonly PkiId[], count: number): PkiId[] {
    const known = new Set(members);
    let unasked = alive.filter((id) => !known.has(id) && !this.asked.has(id));
    if (unasked.length === 0) {
      this.swept = this.asked.size > 0;
      this.asked.clear();
      unasked = alive.filter((id) => !known.has(id));
    }
    const linked = unasked.filter((id) => this.deps.isLinked(id));
    const picked = sample(this.deps.runtime, linked, count);
    // At most one dial a round: a dialed link is spared for a grace period, and links are capped.
    if (picked.length < count) {
      picked.push(
        ...sample(
          this.deps.runtime,
          unasked.filter((id) => !this.deps.isLinked(id)),
          1,
        ),
      );
    }
    for (const id of picked) this.asked.add(id);
    return picked;
  }
}
