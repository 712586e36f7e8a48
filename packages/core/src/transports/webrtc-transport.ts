import type { Link, Transport } from '../contracts/index.js';
import { type PkiId, toHex } from '../ids.js';
import type { Runtime, Timer } from '../runtime/index.js';
import { DEFAULT_MAX_FRAME_SIZE } from './chunking.js';
import type { DropListener } from './link-drops.js';
import { SimplePeer, type SimplePeerSignal } from './simple-peer.js';
import { RtcLink } from './webrtc-link.js';
import { decodeSignal, encodeSignal, type IncomingSignal, type SignalingPort } from './webrtc-signaling.js';

export interface WebRtcTransportOptions {
  /** This peer's PKI-ID: its endpoint is `rtc:<pkiId>`. */
  pkiId: PkiId;
  runtime: Runtime;
  /** RTCPeerConnection configuration (default `{ iceServers: [] }`: host candidates only). */
  rtcConfig?: { iceServers?: unknown[] };
  /** Frames over this size are refused both ways (default 4 MiB). */
  maxFrameSize?: number;
  /** An attempt that has not opened its data channel by then is given up (default 15 s). */
  connectTimeoutMs?: number;
  /** Inbound attempts being negotiated at once; further offers are ignored (default 32). */
  maxPendingInbound?: number;
  onDrop?: DropListener;
}

const RTC_ENDPOINT = /^rtc:([0-9a-f]{2,128})$/;
/** connectTimeoutMs's default: time for the relayed offer and answer, ICE and DTLS to open the data channel. */
const DEFAULT_CONNECT_TIMEOUT_MS = 15_000;
/** maxPendingInbound's default: offers beyond it are ignored, so a flood of them cannot pile up RTCPeerConnections. */
const DEFAULT_MAX_PENDING_INBOUND = 32;

/** The PKI-ID in an `rtc:` endpoint, or undefined. */
export function pkiIdOfRtcEndpoint(endpoint: string): PkiId | undefined {
  return RTC_ENDPOINT.exec(endpoint)?.[1] as PkiId | undefined;
}

interface Attempt {
  link: RtcLink;
  timer: Timer;
  initiator: boolean;
}

/**
 * WebRTC data channels to `rtc:<pki-id>` endpoints. Dialing sends an offer
 * through the signaling port (the bootstrap server relays it); an offer that
 * arrives starts an inbound attempt, handed to `listen` once its channel is
 * open. Each attempt has its own id, so two peers dialing each other at once
 * get two independent links, and the engine keeps one of them by its
 * deterministic rule (the link dialed by the lower PKI-ID).
 */
export class WebRtcTransport implements Transport {
  readonly localEndpoint: string;
  private readonly attempts = new Map<string, Attempt>();
  private readonly open = new Set<RtcLink>();
  private port: SignalingPort | undefined;
  private unsubscribe: (() => void) | undefined;
  private onLink: ((link: Link) => void) | undefined;
  private closed = false;

  constructor(private readonly options: WebRtcTransportOptions) {
    this.localEndpoint = `rtc:${options.pkiId}`;
  }

  /** Connects the transport to its signaling path; until then dials fail. Returns the detach. */
  attach(port: SignalingPort): () => void {
    this.unsubscribe?.();
    this.port = port;
    const unsubscribe = port.onSignal((signal) => this.receiveSignal(signal));
    this.unsubscribe = unsubscribe;
    return () => {
      unsubscribe();
      if (this.port === port) this.port = undefined;
    };
  }

  listen(onLink: (link: Link) => void): void {
    this.onLink = onLink;
  }

  /** A WebRTC endpoint other than this peer's, while a relay can carry the handshake (dials wait otherwise). */
  canDial(endpoint: string): boolean {
    const id = pkiIdOfRtcEndpoint(endpoint);
    return id !== undefined && id !== this.options.pkiId && (this.port?.ready?.() ?? true);
  }

  dial(endpoint: string): Link {
    const remote = pkiIdOfRtcEndpoint(endpoint);
    const connection = toHex(this.options.runtime.randomBytes(8));
    const attempt = this.start(endpoint, remote, connection, true);
    if (!remote || !this.canDial(endpoint) || !this.port || this.closed) {
      const why = this.closed
        ? 'transport closed'
        : !remote || remote === this.options.pkiId
          ? 'not a WebRTC endpoint'
          : 'no signaling path';
      this.options.runtime.setTimeout(() => attempt.link.close(why), 0);
    }
    return attempt.link;
  }

  close(): void {
    this.closed = true;
    this.unsubscribe?.();
    for (const attempt of [...this.attempts.values()]) attempt.link.close('transport closed');
    for (const link of [...this.open]) link.close('transport closed');
  }

  private start(
    endpoint: string,
    remote: PkiId | undefined,
    connection: string,
    initiator: boolean,
  ): Attempt {
    const key = `${remote ?? endpoint}/${connection}`;
    let peer: InstanceType<typeof SimplePeer> | undefined;
    let failure: string | undefined;
    try {
      peer = new SimplePeer({ initiator, config: this.options.rtcConfig ?? { iceServers: [] } });
    } catch (err) {
      failure = `no WebRTC: ${err instanceof Error ? err.message : String(err)}`;
    }
    const link = new RtcLink(peer, {
      remoteEndpoint: endpoint,
      runtime: this.options.runtime,
      maxFrameSize: this.options.maxFrameSize ?? DEFAULT_MAX_FRAME_SIZE,
      onDrop: this.options.onDrop,
      emitSignal: (signal) => this.send(remote, { c: connection, s: signal }),
      onConnected: (opened) => this.connected(key, opened, initiator),
      onClosed: (closed) => this.ended(key, closed, remote, connection),
    });
    const timer = this.options.runtime.setTimeout(
      () => link.close('connect timeout'),
      this.options.connectTimeoutMs ?? DEFAULT_CONNECT_TIMEOUT_MS,
    );
    const attempt = { link, timer, initiator };
    this.attempts.set(key, attempt);
    if (failure) this.options.runtime.setTimeout(() => link.close(failure), 0);
    return attempt;
  }

  private send(
    remote: PkiId | undefined,
    payload: { c: string; s: SimplePeerSignal } | { c: string; bye: string },
  ) {
    if (remote && this.port && !this.closed) this.port.sendSignal(remote, encodeSignal(payload));
  }

  private connected(key: string, link: RtcLink, initiator: boolean): void {
    const attempt = this.attempts.get(key);
    attempt?.timer.cancel();
    this.attempts.delete(key);
    this.open.add(link);
    if (!initiator) {
      if (this.onLink) this.onLink(link);
      else link.close('not listening');
    }
  }

  private ended(key: string, link: RtcLink, remote: PkiId | undefined, connection: string): void {
    this.open.delete(link);
    const attempt = this.attempts.get(key);
    if (!attempt) return;
    attempt.timer.cancel();
    this.attempts.delete(key);
    // The other side may still be negotiating this attempt: let it give up now, not at its timeout.
    this.send(remote, { c: connection, bye: 'attempt abandoned' });
  }

  private receiveSignal(signal: IncomingSignal): void {
    if (this.closed) return;
    const payload = decodeSignal(signal.data);
    if (!payload) {
      this.options.onDrop?.('malformed', `signal from ${signal.from.slice(0, 8)} is not a valid payload`);
      return;
    }
    const key = `${signal.from}/${payload.c}`;
    const attempt = this.attempts.get(key);
    if (signal.error || 'bye' in payload) {
      // Forgotten first, so that closing it sends no goodbye back to a side that knows.
      this.attempts.delete(key);
      attempt?.timer.cancel();
      attempt?.link.close(
        signal.error
          ? `signaling failed: ${signal.error}`
          : `remote gave up: ${'bye' in payload ? payload.bye : ''}`,
      );
      return;
    }
    if (attempt) {
      attempt.link.signal(payload.s);
      return;
    }
    if (payload.s.type !== 'offer' || !this.onLink) return;
    if (this.pendingInbound() >= (this.options.maxPendingInbound ?? DEFAULT_MAX_PENDING_INBOUND)) {
      this.options.onDrop?.('busy', 'too many WebRTC attempts in negotiation; offer ignored');
      return;
    }
    this.start(`rtc:${signal.from}`, signal.from, payload.c, false).link.signal(payload.s);
  }

  private pendingInbound(): number {
    let count = 0;
    for (const attempt of this.attempts.values()) if (!attempt.initiator) count++;
    return count;
  }
}
