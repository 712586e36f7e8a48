// @ts-expect-error: the package ships no type declarations; SimplePeerConstructor describes what is used.
import SimplePeerModule from '@thaunknown/simple-peer/lite.js';

/** A simple-peer signal: an offer or answer (type + sdp) or an ICE candidate. */
export interface SimplePeerSignal {
  type?: string;
  sdp?: string;
  candidate?: unknown;
  renegotiate?: boolean;
  transceiverRequest?: unknown;
}

export interface SimplePeerOptions {
  initiator?: boolean;
  config?: { iceServers?: unknown[] };
  trickle?: boolean;
}

/** The part of @thaunknown/simple-peer's Peer the WebRTC transport uses. */
export interface SimplePeer {
  readonly destroyed: boolean;
  /** The data channel's bufferedAmount. */
  readonly bufferSize: number;
  signal(data: SimplePeerSignal): void;
  /** Writes through the stream: false when the caller should wait for 'drain'. */
  write(chunk: Uint8Array): boolean;
  destroy(error?: Error): void;
  on(event: 'signal', listener: (data: SimplePeerSignal) => void): this;
  on(event: 'data', listener: (data: Uint8Array) => void): this;
  on(event: 'error', listener: (error: Error & { code?: string }) => void): this;
  on(event: 'connect' | 'close' | 'drain', listener: () => void): this;
}

export type SimplePeerConstructor = new (options?: SimplePeerOptions) => SimplePeer;

/** simple-peer's lite build (data channels only): native WebRTC in browsers, node-datachannel in Node. */
export const SimplePeer = SimplePeerModule as SimplePeerConstructor;
