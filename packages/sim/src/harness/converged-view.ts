import { createInsecureSimCrypto, type NetworkMember, Prng } from '@webgossip/core';
import { peerSeed } from './peer-seed.js';

/** Known peers per peer when a converged scenario leaves `knownPeers` at 0 (all) above this size. */
export const DEFAULT_PARTIAL_VIEW = 40;
/** Up to this size a converged start with knownPeers 0 seeds full membership; beyond it, a partial view. */
export const FULL_VIEW_UP_TO = 1_000;

/** How many peers each peer starts knowing: all when small, else a partial view. */
export function viewSizeFor(peers: number, knownPeers: number): number {
  if (knownPeers > 0) return Math.min(knownPeers, peers - 1);
  return peers <= FULL_VIEW_UP_TO ? peers - 1 : DEFAULT_PARTIAL_VIEW;
}

/**
 * The membership each peer starts with in a converged start: a symmetric
 * random graph where every peer knows about `view` others, plus the peer
 * with the lowest PKI-ID (the leader-to-be, whom everybody in a converged
 * network knows). Symmetric so that whoever a peer links to (it links only to
 * peers it knows) also knows it.
 * Full membership is O(N²) memory across one process, so large runs seed a
 * partial view and let the protocol's own gossip fill in the rest.
 */
export class ConvergedView {
  readonly members: NetworkMember[];
  private readonly known: Set<number>[];

  constructor(seed: number, peers: number, view: number, endpointOf: (index: number) => string) {
    this.members = Array.from({ length: peers }, (_, index) => {
      const crypto = createInsecureSimCrypto(peerSeed(seed, index));
      return {
        pkiId: crypto.pkiId,
        endpoint: endpointOf(index),
        metadata: new Uint8Array(0),
        identity: crypto.identity,
      };
    });
    this.known = Array.from({ length: peers }, () => new Set<number>());
    if (view >= peers - 1) {
      for (let i = 0; i < peers; i++) for (let j = 0; j < peers; j++) if (i !== j) this.known[i]?.add(j);
      return;
    }
    // Everyone in a converged network knows the peer that wins the election (the lowest PKI-ID):
    // without its StateInfo a peer would refuse the blocks it produces.
    const leader = this.lowestPkiId();
    for (let i = 0; i < peers; i++) {
      if (i === leader) continue;
      this.known[i]?.add(leader);
      this.known[leader]?.add(i);
    }
    // Half the view picked by each end gives about `view` neighbours each once made symmetric.
    const prng = new Prng((seed ^ 0xc0ffee) >>> 0);
    const picks = Math.max(1, Math.ceil(view / 2));
    for (let i = 0; i < peers; i++) {
      const mine = this.known[i] as Set<number>;
      for (let picked = 0, tries = 0; picked < picks && tries < picks * 8; tries++) {
        const j = prng.nextU32() % peers;
        if (j === i || mine.has(j)) continue;
        mine.add(j);
        this.known[j]?.add(i);
        picked++;
      }
    }
  }

  private lowestPkiId(): number {
    let best = 0;
    this.members.forEach((m, i) => {
      if (m.pkiId < (this.members[best] as NetworkMember).pkiId) best = i;
    });
    return best;
  }

  /** The members peer `index` starts knowing (never itself). */
  membersOf(index: number): NetworkMember[] {
    const out: NetworkMember[] = [];
    for (const j of this.known[index] ?? []) {
      const member = this.members[j];
      if (member) out.push(member);
    }
    return out;
  }

  /** The average number of peers a peer starts knowing. */
  meanView(): number {
    if (this.known.length === 0) return 0;
    return this.known.reduce((s, k) => s + k.size, 0) / this.known.length;
  }
}
