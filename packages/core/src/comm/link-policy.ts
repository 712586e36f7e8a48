import type { GossipConfig } from '../config.js';
import type { PkiId } from '../ids.js';

/**
 * Comm's decisions about which links live, as pure functions of what comm
 * knows of its links: which of two links to one peer stays (glare), which
 * link takes over when a peer's link closes (the spare), and which links go
 * when there are more than the cap allows (eviction). Comm acts on the
 * answers; docs/PROTOCOL.md (Links) describes the same rules.
 */

/**
 * A dialed link's handshake deadline, in connTimeouts. It runs from the
 * dial, so it also covers opening the link (on WebRTC an offer and answer
 * relayed by the signaling server, then ICE and DTLS), where an inbound link
 * is handed over open and has only the ConnEstablish exchange to finish
 * within one connTimeout. (Fabric gives a dial its own dialTimeout, 3 s,
 * besides connTimeout, 2 s.)
 */
const DIALED_HANDSHAKE_TIMEOUTS = 3;

/** How long a link may take to authenticate, from its adoption: connTimeout, or three for a dialed one. */
export function handshakeDeadline(config: GossipConfig, dialed: boolean): number {
  return config.connTimeout * (dialed ? DIALED_HANDSHAKE_TIMEOUTS : 1);
}

/** What becomes of two authenticated links to one peer. */
export type DuplicateVerdict = 'keep-existing' | 'keep-new' | 'keep-both';

/**
 * Of two links to one peer, both sides keep the one opened by the lower
 * PKI-ID (glare). When one side opened both, that side alone decides: it
 * keeps the newer and closes the older; the other side uses the newer and
 * leaves the older to be closed by its opener ('keep-both'), so the two
 * sides never close both links on account of seeing the handshakes in
 * another order.
 *
 * A glare needs both handshakes under way at once: a peer dials only while
 * it holds no link to us, so a link it opens when ours to it was adopted
 * before `oldestHandshake` (now − the longest handshake deadline) means it
 * lost ours (closed on its side, the notice lost); the new link is kept and
 * the dead one closed, or the peer's every redial would be refused until
 * our probes time the dead one out.
 */
export function resolveDuplicate(
  self: PkiId,
  remote: PkiId,
  existing: { dialed: boolean; openedAt: number },
  fresh: { dialed: boolean },
  oldestHandshake: number,
): DuplicateVerdict {
  if (!fresh.dialed && existing.openedAt < oldestHandshake) return 'keep-new';
  const opener = (link: { dialed: boolean }) => (link.dialed ? self : remote);
  if (opener(existing) !== opener(fresh))
    return opener(fresh) < opener(existing) ? 'keep-new' : 'keep-existing';
  return opener(fresh) === self ? 'keep-new' : 'keep-both';
}

/** What the spare choice needs to know of a link. */
export interface SpareCandidate {
  /** The authenticated peer behind the link; undefined before its handshake. */
  readonly pkiId: PkiId | undefined;
  /** The link can still carry frames. */
  readonly usable: boolean;
}

/**
 * When a peer's link closes, another link to the same peer that is still
 * usable (the older of a 'keep-both' pair, left to its opener to close)
 * takes over, so the peer is not reported down while a link to it works.
 * The first such link, in the order comm adopted them.
 */
export function spareLink<T extends SpareCandidate>(links: Iterable<T>, pkiId: PkiId): T | undefined {
  for (const link of links) if (link.pkiId === pkiId && link.usable) return link;
  return undefined;
}

/** What eviction needs to know of a link. */
export interface EvictionCandidate {
  /** Links to a bootstrap endpoint are never evicted and do not count toward the cap. */
  readonly bootstrap: boolean;
  /** This peer dialed it (an inbound newcomer may be turned away; a dialed one never is). */
  readonly dialed: boolean;
  /** When the link was adopted, in the runtime's clock. */
  readonly openedAt: number;
  /** When a frame last went out or came in over it. */
  readonly lastUsed: number;
}

export interface EvictionInput<T extends EvictionCandidate> {
  links: readonly T[];
  /** How much the peer needs the link kept (the keepRank hook; 0: not at all). */
  rank(link: T): number;
  /** The link that just authenticated, if eviction runs on its account. */
  newcomer?: T | undefined;
  /** Ordinary (non-bootstrap) links kept at most: maxConnections. */
  cap: number;
  /** How far over the cap an inbound newcomer that finds nothing to evict is still let in: channelLinks. */
  slack: number;
  now: number;
  /** A link younger than this is never evicted: evictionGraceMs(config). */
  graceMs: number;
}

export interface EvictionPlan<T> {
  /** Links to close as 'evicted'. */
  evict: T[];
  /** The newcomer, when it is turned away ('too many links') instead. */
  turnAway: T | undefined;
}

/**
 * Over the cap, the least needed (rank), then least recently used links go,
 * a newcomer evicting none needed more than itself; a link younger than the
 * grace period is spared so a newcomer can finish its first exchange (the
 * cap may be exceeded meanwhile), and bootstrap links are never evicted.
 * An inbound newcomer that finds nothing old enough to make room is still
 * let in while the links exceed the cap by no more than `slack` (one
 * channel mesh; it ages into eviction like any young link), so a peer that
 * dials for one exchange (a StateInfo pull looking for a channel's members)
 * gets it even where every link is taken; beyond that it is turned away.
 */
export function evictionPlan<T extends EvictionCandidate>(input: EvictionInput<T>): EvictionPlan<T> {
  const { rank, newcomer } = input;
  const ordinary = input.links.filter((link) => !link.bootstrap);
  const excess = ordinary.length - input.cap;
  if (excess <= 0) return { evict: [], turnAway: undefined };
  const graceEnds = input.now - input.graceMs;
  // Room is made only among links needed no more than the newcomer (or the young links that
  // exceed the cap, which age into eviction themselves).
  const young = ordinary.filter((link) => link.openedAt > graceEnds).map(rank);
  const ceiling = newcomer
    ? rank(newcomer)
    : young.length > 0
      ? Math.max(...young)
      : Number.POSITIVE_INFINITY;
  const evictable = ordinary
    .filter((link) => link !== newcomer && link.openedAt <= graceEnds)
    .map((link) => ({ link, rank: rank(link) }))
    .filter((entry) => entry.rank <= ceiling)
    .sort((a, b) => a.rank - b.rank || a.link.lastUsed - b.link.lastUsed)
    .map(({ link }) => link);
  if (evictable.length === 0 && newcomer && !newcomer.dialed && ordinary.length > input.cap + input.slack) {
    return { evict: [], turnAway: newcomer };
  }
  return { evict: evictable.slice(0, excess), turnAway: undefined };
}

/**
 * How long a new link is spared from eviction: two heartbeats and a
 * handshake, time for the newcomer's handshake and its first alive message
 * and membership exchange to cross it.
 */
export function evictionGraceMs(config: GossipConfig): number {
  return 2 * config.aliveTimeInterval + config.connTimeout;
}
