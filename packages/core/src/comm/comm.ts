import type { GossipConfig } from '../config.js';
import type { MessageCryptoService } from '../crypto/index.js';
import type { EventBus, GossipEvent } from '../gossip/events.js';
import type { DropReason, MetricsRecorder } from '../gossip/metrics.js';
import type { PkiId } from '../ids.js';
import type { ContentCase } from '../proto/index.js';
import type { Runtime } from '../runtime/index.js';
import { reportDrop } from './drop-report.js';
import { type DecodedFrame, decodeFrame, encodeEnvelope } from './frame.js';
import { connEstablish, verifyConnEstablish } from './handshake.js';
import { LinkLiveness, probeInterval } from './link-liveness.js';
import { PeerLink } from './peer-link.js';
import { SilentLinks } from './silent-links.js';
import type { Link, Transport } from './transport.js';
import { Violations } from './violations.js';

/** A message that arrived over an authenticated link. */
export interface Inbound {
  frame: DecodedFrame;
  from: PkiId;
  endpoint: string;
  bytes: number;
}

export interface CommDeps {
  runtime: Runtime;
  transport: Transport;
  crypto: MessageCryptoService;
  config: GossipConfig;
  events: EventBus<GossipEvent>;
  metrics: MetricsRecorder;
  bootstrap: readonly string[];
  /**
   * How much the peer needs the link to `pkiId` kept (0: not at all; the
   * overlay's per-channel mesh ranks the last links to a channel's members
   * highest). Over the cap the lowest-ranked links go first.
   */
  keepRank?(pkiId: PkiId): number;
}

export interface CommHandlers {
  message(inbound: Inbound): void;
  linkUp(pkiId: PkiId, endpoint: string, identity: Uint8Array): void;
  linkDown(pkiId: PkiId): void;
  /** Whether a peer whose link died at the probe deadline should be dialed again (it is alive); default no. */
  wantsLink?(pkiId: PkiId): boolean;
}

/** Bad frames a link may send before it is closed. */
const BAD_FRAME_LIMIT = 20;

/**
 * Links to other peers: the ConnEstablish handshake on every link, one link
 * per peer (glare resolved by PKI-ID), bounded queues, lazy dialing by
 * endpoint, a cap on links with least-recently-used eviction (never a
 * bootstrap link), and Empty probes that measure round-trip time and close
 * links that went silent (see LinkLiveness).
 */
export class Comm {
  private readonly byPki = new Map<PkiId, PeerLink>();
  private readonly dialing = new Map<string, PeerLink>();
  private readonly all = new Set<PeerLink>();
  private readonly bootstrap: Set<string>;
  private handlers: CommHandlers | undefined;
  private stopped = false;
  private linkChanges = 0;
  private readonly timers: { cancel(): void }[] = [];
  private liveness: LinkLiveness | undefined;
  private readonly silence: SilentLinks;
  private readonly violations: Violations;

  constructor(private readonly deps: CommDeps) {
    this.bootstrap = new Set(deps.bootstrap);
    this.silence = new SilentLinks(deps.config, deps.metrics, () => deps.runtime.now());
    this.violations = new Violations(deps.config, () => deps.runtime.now());
  }

  start(handlers: CommHandlers): void {
    this.handlers = handlers;
    const { config, metrics, runtime } = this.deps;
    this.liveness = new LinkLiveness({
      config,
      metrics,
      has: (pkiId) => this.byPki.has(pkiId),
      wantsLink: (pkiId) => handlers.wantsLink?.(pkiId) ?? false,
      redial: (endpoint, pkiId) => this.dialing.get(endpoint) ?? this.dial(endpoint, pkiId),
    });
    this.deps.transport.listen((link) => this.adopt(link, false, link.remoteEndpoint));
    this.timers.push(runtime.setInterval(() => this.probeAll(), probeInterval(config)));
  }

  /**
   * Sends an encoded frame to a peer: over its link, or by dialing `endpoint`
   * when there is none. Returns false when the frame was dropped.
   */
  send(
    frame: Uint8Array,
    kind: ContentCase,
    to: { pkiId?: PkiId | undefined; endpoint?: string | undefined },
  ): boolean {
    if (this.stopped) return false;
    let peer = to.pkiId ? this.byPki.get(to.pkiId) : undefined;
    if (to.pkiId && this.violations.backedOff(to.pkiId)) peer = undefined;
    else if (!peer && to.endpoint) peer = this.dialing.get(to.endpoint) ?? this.dial(to.endpoint, to.pkiId);
    if (!peer) {
      this.drop('no-link', kind, to.pkiId);
      return false;
    }
    if (!peer.enqueue(frame)) {
      this.drop('queue-full', kind, to.pkiId);
      return false;
    }
    this.deps.metrics.sent(kind, frame.length);
    if (to.pkiId && this.deps.events.wants('message-out')) {
      this.deps.events.emit({ type: 'message-out', kind, to: to.pkiId, bytes: frame.length });
    }
    return true;
  }

  /** Whether `endpoint` can be dialed by this peer's transport. */
  canDial(endpoint: string): boolean {
    return this.deps.transport.canDial(endpoint);
  }

  /** Opens a link to `endpoint` unless one exists or is being opened. */
  connect(endpoint: string): void {
    if (this.stopped || this.dialing.has(endpoint)) return;
    for (const peer of this.byPki.values()) if (peer.endpoint === endpoint) return;
    this.dial(endpoint, undefined);
  }

  has(pkiId: PkiId): boolean {
    return this.byPki.has(pkiId);
  }

  /** Grows whenever a link is up or down, so lists built on links know when to rebuild. */
  get linkVersion(): number {
    return this.linkChanges;
  }

  /** PKI-IDs with an authenticated link now. */
  linked(): PkiId[] {
    return [...this.byPki.keys()];
  }

  linkInfo(): { pkiId: PkiId; endpoint: string; rttMs: number | undefined; bootstrap: boolean }[] {
    return [...this.byPki.values()].map((peer) => ({
      pkiId: peer.pkiId as PkiId,
      endpoint: peer.endpoint,
      rttMs: peer.rttMs,
      bootstrap: peer.bootstrap,
    }));
  }

  isBootstrapPeer(pkiId: PkiId): boolean {
    return this.byPki.get(pkiId)?.bootstrap ?? false;
  }

  /** Closes the link to a peer (for example one presumed dead). */
  disconnect(pkiId: PkiId, reason: string): void {
    this.byPki.get(pkiId)?.link.close(reason);
  }

  stop(): void {
    this.stopped = true;
    for (const timer of this.timers) timer.cancel();
    for (const peer of [...this.all]) {
      peer.dispose();
      peer.link.close('stopped');
    }
    this.all.clear();
    this.byPki.clear();
    this.dialing.clear();
    this.deps.transport.close();
  }

  private dial(endpoint: string, expected: PkiId | undefined): PeerLink | undefined {
    if (!this.deps.transport.canDial(endpoint)) return undefined;
    const link = this.deps.transport.dial(endpoint);
    const peer = this.adopt(link, true, endpoint);
    peer.expected = expected;
    this.dialing.set(endpoint, peer);
    return peer;
  }

  private adopt(link: Link, dialed: boolean, endpoint: string): PeerLink {
    const { runtime, config } = this.deps;
    const peer = new PeerLink(link, dialed, endpoint, this.bootstrap.has(endpoint), runtime, config);
    this.all.add(peer);
    const greet = () => {
      if (peer.greeted) return;
      peer.greeted = true;
      link.send(encodeEnvelope(connEstablish(this.deps.crypto, link.binding)));
    };
    peer.setDeadline(() => link.close('handshake timeout'), config.connTimeout * (dialed ? 3 : 1));
    link.attach({
      onOpen: greet,
      onFrame: (bytes) => this.receive(peer, bytes),
      onClose: (reason) => this.closed(peer, reason),
    });
    if (link.open) greet();
    return peer;
  }

  private receive(peer: PeerLink, bytes: Uint8Array): void {
    if (this.stopped || peer.disposed) return;
    peer.heard();
    const decoded = decodeFrame(bytes, this.deps.config.maxMessageSize);
    if (!decoded.ok) {
      this.drop(decoded.error.kind, undefined, peer.pkiId, decoded.error.message);
      if (!peer.pkiId || ++peer.badFrames > BAD_FRAME_LIMIT) peer.link.close(decoded.error.kind);
      return;
    }
    const frame = decoded.frame;
    if (!peer.pkiId) {
      this.authenticate(peer, frame);
      return;
    }
    const from = peer.pkiId;
    peer.touch();
    this.silence.heard(peer, frame.content.case);
    this.deps.metrics.received(frame.content.case, bytes.length);
    if (this.deps.events.wants('message-in')) {
      this.deps.events.emit({ type: 'message-in', kind: frame.content.case, from, bytes: bytes.length });
    }
    switch (frame.content.case) {
      case 'conn':
        this.drop('unexpected', 'conn', from, 'ConnEstablish after the handshake');
        return;
      case 'empty':
      case 'ack':
        peer.probeFrame(frame.content.case, frame.message.nonce);
        return;
      default:
        this.handlers?.message({ frame, from, endpoint: peer.endpoint, bytes: bytes.length });
    }
  }

  private authenticate(peer: PeerLink, frame: DecodedFrame): void {
    const result = verifyConnEstablish(this.deps.crypto, frame, peer.link.binding);
    if (!result.ok) {
      this.drop(result.reason, 'conn', undefined, result.detail);
      peer.link.close(result.reason);
      return;
    }
    // A bootstrap endpoint may come back with a new identity (a restarted server); any other endpoint may not.
    if (peer.expected && peer.expected !== result.pkiId && !peer.bootstrap) {
      this.drop('handshake-failed', 'conn', result.pkiId, 'the endpoint answered with another identity');
      peer.link.close('unexpected identity');
      return;
    }
    if (this.violations.backedOff(result.pkiId)) {
      this.drop('backed-off', 'conn', result.pkiId, 'closed for misbehaving, not yet accepted again');
      peer.link.close('backed off');
      return;
    }
    peer.authenticated(result.pkiId);
    if (this.dialing.get(peer.endpoint) === peer) this.dialing.delete(peer.endpoint);
    const existing = this.byPki.get(result.pkiId);
    if (existing) {
      const verdict = this.resolveDuplicate(existing, peer);
      if (verdict === 'keep-existing') {
        existing.adoptQueue(peer);
        peer.link.close('duplicate link');
        return;
      }
      peer.adoptQueue(existing);
      peer.bootstrap ||= existing.bootstrap;
      if (verdict === 'keep-new') existing.link.close('duplicate link');
    }
    this.byPki.set(result.pkiId, peer);
    this.linkChanges++;
    peer.flush();
    this.evictBeyondCap(peer);
    this.deps.events.emit({ type: 'link-up', pkiId: result.pkiId, endpoint: peer.endpoint });
    this.handlers?.linkUp(result.pkiId, peer.endpoint, result.identity);
  }

  /**
   * Of two links to one peer, both sides keep the one opened by the lower
   * PKI-ID (glare). When one side opened both, that side alone decides: it
   * keeps the newer and closes the older; the other side uses the newer and
   * leaves the older to be closed by its opener, so the two sides never
   * close both links on account of seeing the handshakes in another order.
   */
  private resolveDuplicate(existing: PeerLink, fresh: PeerLink): 'keep-existing' | 'keep-new' | 'keep-both' {
    const self = this.deps.crypto.pkiId;
    const remote = fresh.pkiId as PkiId;
    const opener = (peer: PeerLink) => (peer.dialed ? self : remote);
    if (opener(existing) !== opener(fresh))
      return opener(fresh) < opener(existing) ? 'keep-new' : 'keep-existing';
    return opener(fresh) === self ? 'keep-new' : 'keep-both';
  }

  /**
   * Over the cap, the least needed (keepRank), then least recently used
   * links go, a newcomer evicting none needed more than itself; a link
   * younger than the grace period is spared so a newcomer can finish its
   * first exchange (the cap may be exceeded meanwhile), and bootstrap links
   * are never evicted.
   */
  private evictBeyondCap(keep?: PeerLink): void {
    const ordinary = [...this.byPki.values()].filter((peer) => !peer.bootstrap);
    const excess = ordinary.length - this.deps.config.maxConnections;
    if (excess <= 0) return;
    const graceEnds = this.deps.runtime.now() - this.graceMs();
    const rank = (peer: PeerLink) => this.deps.keepRank?.(peer.pkiId as PkiId) ?? 0;
    // Room is made only among links needed no more than the newcomer (or the young links that
    // exceed the cap, which age into eviction themselves).
    const young = ordinary.filter((peer) => peer.openedAt > graceEnds).map(rank);
    const ceiling = keep ? rank(keep) : young.length > 0 ? Math.max(...young) : Number.POSITIVE_INFINITY;
    const evictable = ordinary
      .filter((peer) => peer !== keep && peer.openedAt <= graceEnds)
      .map((peer) => ({ peer, rank: rank(peer) }))
      .filter((entry) => entry.rank <= ceiling)
      .sort((a, b) => a.rank - b.rank || a.peer.lastUsed - b.peer.lastUsed)
      .map(({ peer }) => peer);
    // Nothing old enough to make room: an inbound newcomer is turned away rather than exceed the cap.
    if (evictable.length === 0 && keep && !keep.dialed) {
      keep.link.close('too many links');
      return;
    }
    for (const peer of evictable.slice(0, excess)) peer.link.close('evicted');
  }

  private graceMs(): number {
    return 2 * this.deps.config.aliveTimeInterval + this.deps.config.connTimeout;
  }

  /** Links to non-bootstrap peers, to compare with targetConnections. */
  ordinaryLinks(): number {
    let count = 0;
    for (const peer of this.byPki.values()) if (!peer.bootstrap) count++;
    return count;
  }

  private closed(peer: PeerLink, reason: string): void {
    peer.dispose();
    this.all.delete(peer);
    if (this.dialing.get(peer.endpoint) === peer) this.dialing.delete(peer.endpoint);
    const pkiId = peer.pkiId;
    if (!pkiId || this.byPki.get(pkiId) !== peer) return;
    this.byPki.delete(pkiId);
    this.linkChanges++;
    if (this.stopped) return;
    const spare = [...this.all].find((other) => other.pkiId === pkiId && other.link.open && !other.disposed);
    if (spare) {
      this.byPki.set(pkiId, spare);
      this.linkChanges++;
      return;
    }
    this.deps.events.emit({ type: 'link-down', pkiId, endpoint: peer.endpoint, reason });
    this.handlers?.linkDown(pkiId);
  }

  /** Probes every authenticated link: the peers' links, then spares left to their opener to close, which may be dead. */
  private probeAll(): void {
    const spares = [...this.all].filter((peer) => peer.pkiId && this.byPki.get(peer.pkiId) !== peer);
    this.liveness?.tick([...this.byPki.values(), ...spares]);
    this.silence.sweep(this.byPki.values());
    this.evictBeyondCap();
  }

  /** Counts a message dropped from `pkiId` against its link; closes and backs off a misbehaving peer. */
  misbehaved(pkiId: PkiId, reason: DropReason): void {
    if (!this.violations.note(pkiId, reason)) return;
    this.deps.metrics.linkMisbehaved();
    for (const peer of [...this.all]) if (peer.pkiId === pkiId) peer.link.close('misbehaving');
  }

  private drop(reason: DropReason, kind: ContentCase | undefined, from: PkiId | undefined, detail?: string) {
    reportDrop(this.deps, reason, kind, from, detail);
    if (from) this.misbehaved(from, reason);
  }
}
