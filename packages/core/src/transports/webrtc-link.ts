import { LinkEvents } from '../comm/link-events.js';
import type { ChannelBinding, Link, LinkHandlers } from '../contracts/index.js';
import type { Runtime } from '../runtime/index.js';
import { chunkFrame, goodbyeMessage, Reassembler } from './chunking.js';
import { admitFrame, type DropListener } from './link-drops.js';
import { sdpFingerprint } from './sdp-fingerprint.js';
import type { SimplePeer, SimplePeerSignal } from './simple-peer.js';

/** How long a closing link lets its goodbye reach the channel before tearing the connection down. */
const GOODBYE_GRACE_MS = 200;
/** Sent chunks left at the outbox's head before it is compacted, so a long queue is not copied per chunk. */
const OUTBOX_COMPACT_AFTER = 1024;

export interface RtcLinkOptions {
  remoteEndpoint: string;
  runtime: Runtime;
  maxFrameSize: number;
  /** Sends one of this side's signals (offer, answer, candidate) to the remote side. */
  emitSignal(signal: SimplePeerSignal): void;
  onDrop?: DropListener | undefined;
  /** The data channel is open and both certificate fingerprints are known. */
  onConnected(link: RtcLink): void;
  onClosed(link: RtcLink): void;
}

/**
 * One WebRTC data channel (through simple-peer) as a Link. Frames are cut
 * into 16 KiB chunks; chunks go to the channel only while its bufferedAmount
 * is under simple-peer's threshold (the stream's 'drain' resumes them), so a
 * fast sender never floods the browser's send buffer.
 */
export class RtcLink implements Link {
  private readonly events = new LinkEvents();
  private state: 'connecting' | 'open' | 'closed' = 'connecting';
  /** Chunks waiting for the channel, from `outboxHead` on (a queue without O(n) shifts). */
  private outbox: Uint8Array[] = [];
  private outboxHead = 0;
  private outboxBytes = 0;
  private blocked = false;
  private readonly reassembler: Reassembler;
  private localFingerprint: string | undefined;

  private remoteFingerprint: string | undefined;

  /** `peer` is undefined when this platform has no WebRTC: the link then only waits to be closed. */
  constructor(
    private readonly peer: SimplePeer | undefined,
    private readonly options: RtcLinkOptions,
  ) {
    this.reassembler = new Reassembler(options.maxFrameSize);
    if (peer) this.listen(peer);
  }

  private listen(peer: SimplePeer): void {
    const options = this.options;
    peer.on('signal', (signal) => {
      if (signal.sdp) this.localFingerprint = sdpFingerprint(signal.sdp);
      if (this.state === 'connecting') options.emitSignal(signal);
    });
    peer.on('connect', () => this.connected());
    peer.on('data', (data) => this.receive(data));
    peer.on('drain', () => {
      this.blocked = false;
      this.pump();
    });
    peer.on('error', (error) => this.shut(`webrtc error: ${error.code ?? 'unknown'}: ${error.message}`));
    peer.on('close', () => this.shut('closed by remote'));
  }

  get remoteEndpoint(): string {
    return this.options.remoteEndpoint;
  }

  get open(): boolean {
    return this.state === 'open';
  }

  get binding(): ChannelBinding | null {
    const local = this.localFingerprint;
    const remote = this.remoteFingerprint;
    return local && remote ? { local, remote } : null;
  }

  get bufferedAmount(): number {
    const peer = this.peer;
    return this.outboxBytes + (peer && !peer.destroyed ? peer.bufferSize : 0);
  }

  /** A signal from the remote side. */
  signal(signal: SimplePeerSignal): void {
    if (this.state !== 'connecting') return;
    if (signal.sdp) this.remoteFingerprint = sdpFingerprint(signal.sdp);
    try {
      this.peer?.signal(signal);
    } catch (err) {
      this.close(`bad signal: ${err instanceof Error ? err.message : String(err)}`);
    }
  }

  attach(handlers: LinkHandlers): void {
    this.events.attach(handlers);
  }

  send(frame: Uint8Array): void {
    if (!admitFrame(this.state === 'open', frame, this.options, this.remoteEndpoint)) return;
    for (const chunk of chunkFrame(frame)) {
      this.outbox.push(chunk);
      this.outboxBytes += chunk.length;
    }
    this.pump();
  }

  close(reason = 'closed'): void {
    if (this.state === 'closed') return;
    const peer = this.peer;
    const polite = this.state === 'open' && peer && !peer.destroyed;
    this.shut(reason, !polite);
    if (polite) {
      peer.write(goodbyeMessage(reason));
      this.options.runtime.setTimeout(() => peer.destroy(), GOODBYE_GRACE_MS);
    }
  }

  private pump(): void {
    const peer = this.peer;
    while (peer && !this.blocked && this.state === 'open' && this.outboxHead < this.outbox.length) {
      const chunk = this.outbox[this.outboxHead] as Uint8Array;
      this.outboxHead++;
      this.outboxBytes -= chunk.length;
      this.blocked = !peer.write(chunk);
    }
    if (this.outboxHead === this.outbox.length) {
      this.outbox = [];
      this.outboxHead = 0;
    } else if (this.outboxHead > OUTBOX_COMPACT_AFTER) {
      this.outbox = this.outbox.slice(this.outboxHead);
      this.outboxHead = 0;
    }
  }

  private connected(): void {
    if (this.state !== 'connecting') return;
    if (!this.binding) {
      this.shut('the SDPs carry no DTLS fingerprint');
      return;
    }
    this.state = 'open';
    this.options.onConnected(this);
    this.events.open();
  }

  private receive(data: Uint8Array): void {
    if (this.state !== 'open') return;
    const result = this.reassembler.push(data);
    if (result.kind === 'partial') return;
    if (result.kind === 'goodbye') {
      this.shut(`closed by remote: ${result.reason}`);
      return;
    }
    if (result.kind === 'error') {
      this.options.onDrop?.(result.reason, result.detail);
      this.close(`${result.reason}: ${result.detail}`);
      return;
    }
    this.events.frame(result.frame);
  }

  private shut(reason: string, destroy = true): void {
    if (this.state === 'closed') return;
    this.state = 'closed';
    this.outbox = [];
    this.outboxHead = 0;
    this.outboxBytes = 0;
    if (destroy && this.peer && !this.peer.destroyed) this.peer.destroy();
    this.events.close(reason);
    this.options.onClosed(this);
  }
}
