import type { GossipConfig } from '../config.js';
import type { MetricsSink } from '../contracts/index.js';
import type { ContentCase } from '../proto/index.js';
import type { PeerLink } from './peer-link.js';

/**
 * Links that say nothing are closed. A peer that authenticated and then
 * sends no alive message, no gossip and no request (only probes, or not even
 * those: a WebSocket client answers pings by itself) holds a link slot
 * without taking part; after silentLinkTimeout of that it is closed
 * ('silent link') and counted. An honest peer pushes its alive messages and
 * forwards others' over its links every aliveTimeInterval, far more often.
 */
export class SilentLinks {
  private readonly spoke = new WeakMap<PeerLink, number>();

  constructor(
    private readonly config: GossipConfig,
    private readonly metrics: MetricsSink,
    private readonly now: () => number,
  ) {}

  /** A frame of `kind` arrived on an authenticated link; probes and their answers do not count. */
  heard(peer: PeerLink, kind: ContentCase): void {
    if (kind !== 'empty' && kind !== 'ack') this.spoke.set(peer, this.now());
  }

  /** Closes the links silent for longer than silentLinkTimeout (0: none). */
  sweep(links: Iterable<PeerLink>): void {
    const timeout = this.config.silentLinkTimeout;
    if (timeout <= 0) return;
    const now = this.now();
    for (const peer of links) {
      if (now - (this.spoke.get(peer) ?? peer.openedAt) <= timeout) continue;
      this.metrics.linkSilenced();
      peer.link.close('silent link');
    }
  }
}
