import type { DropReason, Link } from '../contracts/index.js';
import type { PkiId } from '../ids.js';
import { type ContentCase, encodeEnvelope } from '../proto/index.js';
import type { CommDeps, CommHandlers } from './comm-deps.js';
import { reportDrop } from './drop-report.js';
import { type DecodedFrame, decodeFrame } from './frame.js';
import { connEstablish, verifyConnEstablish } from './handshake.js';
import { LinkLiveness, probeInterval } from './link-liveness.js';
import { evictionGraceMs, evictionPlan, handshakeDeadline, resolveDuplicate } from './link-policy.js';
import { LinkTable } from './link-table.js';
import { PeerLink } from './peer-link.js';
import { SilentLinks } from './silent-links.js';
import { Violations } from './violations.js';

export type { CommDeps, CommHandlers, Inbound } from './comm-deps.js';

/** Bad frames a link may send before it is closed. */
const BAD_FRAME_LIMIT = 20;

/**
 * Links to other peers: the ConnEstablish handshake on every link, one link
 * per peer (glare resolved by PKI-ID), bounded queues, lazy dialing by
 * endpoint, a cap on links with least-recently-used eviction (never a
 * bootstrap link), and Empty probes that measure round-trip time and close
 * links that went silent (see LinkLiveness). Which links stay is decided in
 * link-policy.ts; which links there are is kept in LinkTable.
 */
export class Comm {
  private readonly links = new LinkTable();
  private readonly bootstrap: Set<string>;
  private handlers: CommHandlers | undefined;
  private stopped = false;
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
      has: (pkiId) => this.links.has(pkiId),
      wantsLink: (pkiId) => handlers.wantsLink?.(pkiId) ?? false,
      redial: (endpoint, pkiId) => this.links.dialingTo(endpoint) ?? this.dial(endpoint, pkiId),
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
    let peer = to.pkiId ? this.links.get(to.pkiId) : undefined;
    if (to.pkiId && this.violations.backedOff(to.pkiId)) peer = undefined;
    else if (!peer && to.endpoint)
      peer = this.links.dialingTo(to.endpoint) ?? this.dial(to.endpoint, to.pkiId);
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
    if (this.stopped || this.links.dialingTo(endpoint) || this.links.reaches(endpoint)) return;
    this.dial(endpoint, undefined);
  }

  has(pkiId: PkiId): boolean {
    return this.links.has(pkiId);
  }

  /** Grows whenever a link is up or down, so lists built on links know when to rebuild. */
  get linkVersion(): number {
    return this.links.version;
  }

  /** PKI-IDs with an authenticated link now. */
  linked(): PkiId[] {
    return this.links.linked();
  }

  linkInfo(): { pkiId: PkiId; endpoint: string; rttMs: number | undefined; bootstrap: boolean }[] {
    return this.links.current().map((peer) => ({
      pkiId: peer.pkiId as PkiId,
      endpoint: peer.endpoint,
      rttMs: peer.rttMs,
      bootstrap: peer.bootstrap,
    }));
  }

  /** Closes the link to a peer (for example one presumed dead). */
  disconnect(pkiId: PkiId, reason: string): void {
    this.links.get(pkiId)?.link.close(reason);
  }

  stop(): void {
    this.stopped = true;
    for (const timer of this.timers) timer.cancel();
    for (const peer of this.links.every()) {
      peer.dispose();
      peer.link.close('stopped');
    }
    this.links.clear();
    this.deps.transport.close();
  }

  private dial(endpoint: string, expected: PkiId | undefined): PeerLink | undefined {
    if (!this.deps.transport.canDial(endpoint)) return undefined;
    const link = this.deps.transport.dial(endpoint);
    const peer = this.adopt(link, true, endpoint, expected);
    this.links.dialStarted(peer);
    return peer;
  }

  private adopt(link: Link, dialed: boolean, endpoint: string, expected?: PkiId): PeerLink {
    const { runtime, config } = this.deps;
    const bootstrap = this.bootstrap.has(endpoint);
    const peer = new PeerLink(link, { dialed, endpoint, bootstrap, expected }, runtime, config);
    this.links.adopted(peer);
    const greet = () => peer.greet(() => encodeEnvelope(connEstablish(this.deps.crypto, link.binding)));
    peer.startHandshakeDeadline(() => link.close('handshake timeout'));
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
      if (!peer.pkiId || peer.badFrame() > BAD_FRAME_LIMIT) peer.link.close(decoded.error.kind);
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
      default: {
        const inbound = { frame, from, endpoint: peer.endpoint, bytes: bytes.length };
        const deliver = () => this.stopped || this.handlers?.message(inbound);
        if (this.deps.preVerify) this.deps.preVerify.submit(peer, frame, deliver);
        else deliver();
      }
    }
  }

  private authenticate(peer: PeerLink, frame: DecodedFrame): void {
    const result = verifyConnEstablish(this.deps.crypto, frame, peer.link.binding);
    if (!result.ok) {
      this.drop(result.reason, 'conn', undefined, result.detail);
      peer.link.close(result.reason);
      return;
    }
    if (peer.answeredByAnother(result.pkiId)) {
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
    this.links.dialEnded(peer);
    const existing = this.links.get(result.pkiId);
    if (existing) {
      const oldestHandshake = this.deps.runtime.now() - handshakeDeadline(this.deps.config, true);
      const verdict = resolveDuplicate(this.deps.crypto.pkiId, result.pkiId, existing, peer, oldestHandshake);
      if (verdict === 'keep-existing') {
        existing.adoptQueue(peer);
        peer.link.close('duplicate link');
        return;
      }
      peer.replace(existing);
      if (verdict === 'keep-new') existing.link.close('duplicate link');
    }
    this.links.set(result.pkiId, peer);
    peer.flush();
    this.evictBeyondCap(peer);
    this.deps.events.emit({ type: 'link-up', pkiId: result.pkiId, endpoint: peer.endpoint });
    this.handlers?.linkUp(result.pkiId, peer.endpoint, result.identity);
  }

  private evictBeyondCap(newcomer?: PeerLink): void {
    const plan = evictionPlan({
      links: this.links.current(),
      rank: (peer) => this.deps.keepRank?.(peer.pkiId as PkiId) ?? 0,
      newcomer,
      cap: this.deps.config.maxConnections,
      slack: this.deps.config.channelLinks,
      now: this.deps.runtime.now(),
      graceMs: evictionGraceMs(this.deps.config),
    });
    plan.turnAway?.link.close('too many links');
    for (const peer of plan.evict) peer.link.close('evicted');
  }

  /** Links to non-bootstrap peers, to compare with targetConnections. */
  ordinaryLinks(): number {
    return this.links.current().filter((peer) => !peer.bootstrap).length;
  }

  private closed(peer: PeerLink, reason: string): void {
    peer.dispose();
    const pkiId = this.links.remove(peer, !this.stopped);
    if (!pkiId) return;
    this.deps.events.emit({ type: 'link-down', pkiId, endpoint: peer.endpoint, reason });
    this.handlers?.linkDown(pkiId);
  }

  /** Probes every authenticated link: the peers' links, then spares left to their opener to close, which may be dead. */
  private probeAll(): void {
    this.liveness?.tick([...this.links.current(), ...this.links.spares()]);
    this.silence.sweep(this.links.current());
    this.evictBeyondCap();
  }

  /** Counts a message dropped from `pkiId` against its link; closes and backs off a misbehaving peer. */
  misbehaved(pkiId: PkiId, reason: DropReason): void {
    if (!this.violations.note(pkiId, reason)) return;
    this.deps.metrics.linkMisbehaved();
    for (const peer of this.links.every()) if (peer.pkiId === pkiId) peer.link.close('misbehaving');
  }

  private drop(reason: DropReason, kind: ContentCase | undefined, from: PkiId | undefined, detail?: string) {
    reportDrop(this.deps, reason, kind, from, detail);
    if (from) this.misbehaved(from, reason);
  }
}
