import type { GossipConfig } from '../config.js';
import type { Link } from '../contracts/index.js';
import type { PkiId } from '../ids.js';
import { big, encodeEnvelope, seal, u64, type WireU64 } from '../proto/index.js';
import type { Runtime, Timer } from '../runtime/index.js';
import { handshakeDeadline } from './link-policy.js';

/** Bytes a link may hold unsent before further frames wait in our own queue. */
const HIGH_WATER = 1024 * 1024;
/** How often a queue that waits on a full link retries. */
const DRAIN_RETRY_MS = 20;

/** How comm came by a link. */
export interface PeerLinkOrigin {
  dialed: boolean;
  endpoint: string;
  /** The endpoint is a bootstrap peer's. */
  bootstrap: boolean;
  /** The PKI-ID a dial meant to reach, when the dialer knew it. */
  expected?: PkiId | undefined;
}

/** One link and what comm knows of it: who is behind it, its queue, its liveness. */
export class PeerLink {
  /** This peer dialed the link (rather than accepted it). */
  readonly dialed: boolean;
  /** The endpoint dialed, or the one the listener saw. */
  readonly endpoint: string;
  /** The PKI-ID a dial meant to reach, when the dialer knew it. */
  private readonly expected: PkiId | undefined;

  readonly openedAt: number;
  private peer: PkiId | undefined;
  private isBootstrap: boolean;
  private greeted = false;
  private released = false;
  private badFrames = 0;
  private used: number;
  private rtt: number | undefined;
  private queue: Uint8Array[] = [];
  private deadline: Timer | undefined;
  private drainTimer: Timer | undefined;
  private pingNonce = 0n;
  private pingSentAt = 0;
  /** A probe went out and nothing has arrived since. */
  private probeUnheard = false;
  /** Probe intervals in a row that ended with nothing heard since a probe. */
  private missed = 0;

  constructor(
    readonly link: Link,
    origin: PeerLinkOrigin,
    private readonly runtime: Runtime,
    private readonly config: GossipConfig,
  ) {
    this.dialed = origin.dialed;
    this.endpoint = origin.endpoint;
    this.isBootstrap = origin.bootstrap;
    this.expected = origin.expected;
    this.used = runtime.now();
    this.openedAt = this.used;
  }

  /** The authenticated peer behind the link; undefined until its ConnEstablish verified. */
  get pkiId(): PkiId | undefined {
    return this.peer;
  }

  /** The link leads to a bootstrap peer (never evicted, outside the cap). */
  get bootstrap(): boolean {
    return this.isBootstrap;
  }

  /** When a frame last went out or came in over the link. */
  get lastUsed(): number {
    return this.used;
  }

  /** The last round trip an Empty probe measured; undefined before the first answer. */
  get rttMs(): number | undefined {
    return this.rtt;
  }

  /** Comm let go of the link: nothing more is sent or handled on it. */
  get disposed(): boolean {
    return this.released;
  }

  /** The link is open and comm has not let go of it. */
  get usable(): boolean {
    return this.link.open && !this.disposed;
  }

  /** Sends this side's ConnEstablish, once, however often the link reports open. */
  greet(connEstablish: () => Uint8Array): void {
    if (this.greeted) return;
    this.greeted = true;
    this.link.send(connEstablish());
  }

  /**
   * Whether `pkiId`, the identity the link's handshake proved, is not the
   * one the dial meant to reach. A bootstrap endpoint may come back with a
   * new identity (a restarted server); any other endpoint may not.
   */
  answeredByAnother(pkiId: PkiId): boolean {
    return this.expected !== undefined && this.expected !== pkiId && !this.isBootstrap;
  }

  /** Counts a frame that failed to decode; returns how many the link has sent. */
  badFrame(): number {
    return ++this.badFrames;
  }

  /** Calls `onExpire` unless the link authenticates in time. */
  startHandshakeDeadline(onExpire: () => void): void {
    this.deadline = this.runtime.setTimeout(onExpire, handshakeDeadline(this.config, this.dialed));
  }

  authenticated(pkiId: PkiId): void {
    this.peer = pkiId;
    this.deadline?.cancel();
    this.deadline = undefined;
  }

  touch(): void {
    this.used = this.runtime.now();
  }

  /** A frame of any kind arrived: the link is alive. */
  heard(): void {
    this.probeUnheard = false;
    this.missed = 0;
  }

  /** Called once per probe interval, before the probe: how many intervals in a row ended unheard since a probe. */
  missedProbes(): number {
    if (this.probeUnheard) this.missed++;
    return this.missed;
  }

  /** Queues a frame; false when the queue is full. */
  enqueue(frame: Uint8Array): boolean {
    if (this.queue.length >= this.config.sendBufferSize) return false;
    this.queue.push(frame);
    this.touch();
    if (this.pkiId) this.flush();
    return true;
  }

  /** Takes over the frames another link to the same peer still held. */
  adoptQueue(other: PeerLink): void {
    const room = this.config.sendBufferSize - this.queue.length;
    this.queue.push(...other.queue.splice(0, Math.max(0, room)));
    if (this.pkiId) this.flush();
  }

  /** Replaces another link to the same peer: takes its queued frames, and its bootstrap standing. */
  replace(other: PeerLink): void {
    this.adoptQueue(other);
    this.isBootstrap ||= other.isBootstrap;
  }

  /** Hands queued frames to the link while it has room. */
  flush(): void {
    if (!this.link.open || this.disposed) return;
    while (this.queue.length > 0 && this.link.bufferedAmount < HIGH_WATER) {
      this.link.send(this.queue.shift() as Uint8Array);
    }
    if (this.queue.length > 0 && !this.drainTimer) {
      this.drainTimer = this.runtime.setTimeout(() => {
        this.drainTimer = undefined;
        this.flush();
      }, DRAIN_RETRY_MS);
    }
  }

  /** Sends an Empty probe; the Acknowledgement that answers it measures the round trip. */
  ping(): void {
    if (!this.link.open) return;
    this.probeUnheard = true;
    this.pingNonce = this.runtime.randomU64() | 1n;
    this.pingSentAt = this.runtime.now();
    this.link.send(encodeEnvelope(seal({ nonce: u64(this.pingNonce), empty: {} })));
  }

  /** Answers an Empty probe with an Acknowledgement; the answer to our own probe gives the round trip. */
  probeFrame(kind: 'empty' | 'ack', nonce: WireU64): void {
    if (kind === 'empty') {
      this.link.send(encodeEnvelope(seal({ nonce: u64(big(nonce)), ack: {} })));
      return;
    }
    if (this.pingNonce !== 0n && big(nonce) === this.pingNonce) {
      this.rtt = this.runtime.now() - this.pingSentAt;
      this.pingNonce = 0n;
    }
  }

  dispose(): void {
    this.released = true;
    this.deadline?.cancel();
    this.drainTimer?.cancel();
    this.queue = [];
  }
}
