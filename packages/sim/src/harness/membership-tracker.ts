import type { PkiId } from '@webgossip/core';
import type { SimPeer, SimWorld } from './sim-world.js';

/**
 * Follows every peer's membership through its 'member-alive' and
 * 'member-dead' events, so "does everyone know everyone" costs O(N) to ask
 * instead of listing N memberships of N peers.
 */
export class MembershipTracker {
  private readonly alive = new Map<number, Set<PkiId>>();
  private readonly deadSeen = new Map<PkiId, Set<number>>();

  constructor(private readonly world: SimWorld) {
    world.onPeer((peer) => this.attach(peer));
  }

  /** Whether every live channel peer sees every other live engine (bootstrap nodes included) alive. */
  converged(): boolean {
    const live = this.world.liveNodes();
    for (const peer of this.world.live()) {
      const known = this.alive.get(peer.index);
      if (!known || known.size < live.length - 1) return false;
      for (const other of live) if (other !== peer && !known.has(other.pkiId)) return false;
    }
    return true;
  }

  /** The least number of other peers any live peer sees alive. */
  leastKnown(): number {
    let least = Number.POSITIVE_INFINITY;
    for (const peer of this.world.live()) least = Math.min(least, this.alive.get(peer.index)?.size ?? 0);
    return Number.isFinite(least) ? least : 0;
  }

  /** Starts counting who has seen `pkiId` dead. */
  watchDeath(pkiId: PkiId): void {
    this.deadSeen.set(pkiId, new Set());
  }

  /** Share of live peers that have seen `pkiId` dead since watchDeath. */
  deathSeenShare(pkiId: PkiId): number {
    const seen = this.deadSeen.get(pkiId);
    const live = this.world.live();
    if (!seen || live.length === 0) return 0;
    let count = 0;
    for (const peer of live) if (seen.has(peer.index)) count++;
    return count / live.length;
  }

  private attach(peer: SimPeer): void {
    const known = new Set<PkiId>();
    this.alive.set(peer.index, known);
    peer.gossip.events.on('member-alive', ({ member }) => known.add(member.pkiId));
    peer.gossip.events.on('member-dead', ({ member }) => {
      known.delete(member.pkiId);
      this.deadSeen.get(member.pkiId)?.add(peer.index);
    });
  }
}
