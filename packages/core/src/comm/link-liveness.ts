import type { GossipConfig } from '../config.js';
import type { MetricsSink } from '../contracts/index.js';
import type { PkiId } from '../ids.js';
import type { PeerLink } from './peer-link.js';

/** Probes go out on a link at most once a second, whatever aliveTimeInterval a test or scenario sets. */
const MIN_PROBE_INTERVAL_MS = 1000;
/**
 * Heartbeats per probe interval: a link that carries alive messages is
 * heard at least that often anyway, so a probe matters only on a quiet one.
 */
const HEARTBEATS_PER_PROBE = 2;

/** How often every link gets an Empty probe (and its deadline is checked). */
export function probeInterval(config: GossipConfig): number {
  return Math.max(MIN_PROBE_INTERVAL_MS, HEARTBEATS_PER_PROBE * config.aliveTimeInterval);
}

export interface LivenessDeps {
  config: GossipConfig;
  metrics: MetricsSink;
  /** Whether an authenticated link to the peer exists now. */
  has(pkiId: PkiId): boolean;
  /** Whether the engine still wants a link to the peer (discovery holds it alive). */
  wantsLink(pkiId: PkiId): boolean;
  /** Dials the peer at `endpoint`; the link, or undefined when no dial started. */
  redial(endpoint: string, pkiId: PkiId): PeerLink | undefined;
}

interface LostPeer {
  endpoint: string;
  /** The last redial; once it authenticated, the peer had its link back. */
  attempt: PeerLink | undefined;
}

/**
 * Dead links die. At every probe tick a link on which nothing at all has
 * arrived (no frame of any kind, acks included) for probeTimeoutIntervals
 * probe intervals after a probe went out is closed ('probe timeout'): a link
 * whose other side died alone, or whose frames one way are dropped, would
 * otherwise live on, and frames sent over it vanish. The deadline costs no
 * frame and no timer beyond the probes that measure round trips anyway.
 *
 * A peer whose link died so is dialed again at once and then at every probe
 * tick while the engine still wants it (discovery holds it alive) and has no
 * link to it, until a redial authenticates: a live peer gets a link back
 * within one probe interval of its network healing. Once discovery declares
 * it dead, its reconnect (a MembershipRequest every reconnectInterval) takes
 * over.
 */
export class LinkLiveness {
  private readonly lost = new Map<PkiId, LostPeer>();

  constructor(private readonly deps: LivenessDeps) {}

  /** Closes links past their deadline, probes the others, and redials peers whose links died. */
  tick(links: readonly PeerLink[]): void {
    const limit = this.deps.config.probeTimeoutIntervals;
    for (const peer of links) {
      if (peer.missedProbes() < limit) {
        peer.ping();
        continue;
      }
      if (peer.pkiId) this.lost.set(peer.pkiId, { endpoint: peer.endpoint, attempt: undefined });
      this.deps.metrics.linkProbeTimedOut();
      peer.link.close('probe timeout');
    }
    this.redialLost();
  }

  private redialLost(): void {
    for (const [pkiId, lost] of this.lost) {
      if (this.deps.has(pkiId) || lost.attempt?.pkiId || !this.deps.wantsLink(pkiId)) {
        this.lost.delete(pkiId);
        continue;
      }
      if (lost.attempt && !lost.attempt.disposed) continue;
      lost.attempt = this.deps.redial(lost.endpoint, pkiId);
      if (lost.attempt) this.deps.metrics.linkRedialed();
    }
  }
}
