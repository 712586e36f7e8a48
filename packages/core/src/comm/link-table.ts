import type { PkiId } from '../ids.js';
import { spareLink } from './link-policy.js';
import type { PeerLink } from './peer-link.js';

/**
 * Comm's bookkeeping of links: every link it adopted and has not let go of,
 * each peer's authenticated link, and the dials under way by endpoint. It
 * opens and closes nothing; comm does, and tells it.
 */
export class LinkTable {
  private readonly byPki = new Map<PkiId, PeerLink>();
  private readonly dialing = new Map<string, PeerLink>();
  private readonly all = new Set<PeerLink>();
  private changes = 0;

  /** Grows whenever a peer's link is set or removed. */
  get version(): number {
    return this.changes;
  }

  adopted(peer: PeerLink): void {
    this.all.add(peer);
  }

  dialStarted(peer: PeerLink): void {
    this.dialing.set(peer.endpoint, peer);
  }

  /** The dial under way to `endpoint`, if any. */
  dialingTo(endpoint: string): PeerLink | undefined {
    return this.dialing.get(endpoint);
  }

  /** A dial authenticated or closed: it is no longer under way. */
  dialEnded(peer: PeerLink): void {
    if (this.dialing.get(peer.endpoint) === peer) this.dialing.delete(peer.endpoint);
  }

  /** The peer's authenticated link. */
  get(pkiId: PkiId): PeerLink | undefined {
    return this.byPki.get(pkiId);
  }

  has(pkiId: PkiId): boolean {
    return this.byPki.has(pkiId);
  }

  /** Whether some peer's link leads to `endpoint`. */
  reaches(endpoint: string): boolean {
    for (const peer of this.byPki.values()) if (peer.endpoint === endpoint) return true;
    return false;
  }

  /** Makes `peer` the link of `pkiId`. */
  set(pkiId: PkiId, peer: PeerLink): void {
    this.byPki.set(pkiId, peer);
    this.changes++;
  }

  /** Every peer's link, in the order they were set. */
  current(): PeerLink[] {
    return [...this.byPki.values()];
  }

  linked(): PkiId[] {
    return [...this.byPki.keys()];
  }

  /** Authenticated links that are not their peer's link: the older of a pair, left to its opener to close. */
  spares(): PeerLink[] {
    return [...this.all].filter((peer) => peer.pkiId && this.byPki.get(peer.pkiId) !== peer);
  }

  /** Every link not let go of yet. */
  every(): PeerLink[] {
    return [...this.all];
  }

  /**
   * Forgets a link comm let go of. When it was its peer's link, a spare link
   * to the peer takes over (unless `withSpare` is false); returns the peer's
   * PKI-ID when it is left without a link, undefined otherwise.
   */
  remove(peer: PeerLink, withSpare: boolean): PkiId | undefined {
    this.all.delete(peer);
    this.dialEnded(peer);
    const pkiId = peer.pkiId;
    if (!pkiId || this.byPki.get(pkiId) !== peer) return undefined;
    this.byPki.delete(pkiId);
    this.changes++;
    if (!withSpare) return undefined;
    const spare = spareLink(this.all, pkiId);
    if (!spare) return pkiId;
    this.set(pkiId, spare);
    return undefined;
  }

  clear(): void {
    this.all.clear();
    this.byPki.clear();
    this.dialing.clear();
  }
}
