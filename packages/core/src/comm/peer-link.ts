import type { GossipConfig } from '../config.js';
import type { Link } from '../contracts/index.js';
import type { PkiId } from '../ids.js';
import { big, encodeEnvelope, seal, u64, type WireU64 } from '../proto/index.js';
import type { Runtime, Timer } from '../runtime/index.js';

/** Bytes a link may hold unsent before further frames wait in our own queue. */
const HIGH_WATER = 1024 * 1024;
/** How often a queue that waits on a full link retries. */
const DRAIN_RETRY_MS = 20;

/** One link and what comm knows of it: who is behind it, its queue, its liveness. */
export class PeerLink {
  pkiId: PkiId | undefined;
  expected: PkiId | undefined;
  greeted = false;
  disposed = false;
  badFrames = 0;
  lastUsed: number;
  readonly openedAt: number;
  rttMs: number | undefined;
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
    readonly dialed: boolean,
    public endpoint: string,
    public bootstrap: boolean,
    private readonly runtime: Runtime,
    private readonly config: GossipConfig,
  ) {
    this.lastUsed = runtime.now();
    this.openedAt = this.lastUsed;
  }

  setDeadline(onExpire: () => void, ms: number): void {
    this.deadline = this.runtime.setTimeout(onExpire, ms);
  }

  authenticated(pkiId: PkiId): void {
    this.pkiId = pkiId;
    this.deadline?.cancel();
    this.deadline = undefined;
  }

  touch(): void {
    this.lastUsed = this.runtime.now();
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
      this.rttMs = this.runtime.now() - this.pingSentAt;
      this.pingNonce = 0n;
    }
  }

  dispose(): void {
    this.disposed = true;
    this.deadline?.cancel();
    this.drainTimer?.cancel();
    this.queue = [];
  }
}
