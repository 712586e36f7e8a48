import type { Transport } from '../contracts/index.js';
import { createEd25519Crypto } from '../crypto/index.js';
import { type PkiId, pkiIdFromBytes, pkiIdToBytes } from '../ids.js';
import { createRealRuntime, type Runtime } from '../runtime/index.js';
import { CompositeTransport } from '../transports/composite-transport.js';
import type { DropListener } from '../transports/link-drops.js';
import type { IncomingSignal, SignalingPort } from '../transports/webrtc-signaling.js';
import { WebRtcTransport } from '../transports/webrtc-transport.js';
import type { WebSocketConstructor } from '../transports/websocket-link.js';
import { WebSocketTransport } from '../transports/websocket-transport.js';
import type { Gossip } from './api.js';
import { createGossip } from './create-gossip.js';
import type { GossipOptions } from './options.js';

export interface NetworkPeerOptions
  extends Omit<GossipOptions, 'runtime' | 'transport' | 'endpoint' | 'bootstrap'> {
  /** The bootstrap server's WebSocket endpoint, e.g. ws://localhost:8080/ws. */
  bootstrapUrl: string;
  /** Real time by default. */
  runtime?: Runtime;
  /** globalThis.WebSocket by default; pass the `ws` package's WebSocket in Node. */
  WebSocket?: WebSocketConstructor;
  /** RTCPeerConnection configuration (default `{ iceServers: [] }`). */
  rtcConfig?: { iceServers?: unknown[] };
  /** Told about every frame a transport refused. */
  onTransportDrop?: DropListener;
  /** Puts a layer between the engine and its transports (e.g. injected loss, latency or partitions). */
  wrapTransport?: (transport: Transport) => Transport;
}

export interface NetworkPeer {
  readonly gossip: Gossip;
  /** This peer's endpoint, `rtc:<pki-id>`. */
  readonly endpoint: string;
  stop(): void;
}

/**
 * A gossip peer on the real network: a WebSocket link to the bootstrap
 * server, WebRTC data channels to other peers (negotiated through that
 * server), and the engine on top. Runs in browsers as is, and in Node with
 * the `ws` package passed as `WebSocket` (WebRTC comes from node-datachannel
 * through simple-peer's polyfill).
 */
export async function createNetworkPeer(options: NetworkPeerOptions): Promise<NetworkPeer> {
  const {
    bootstrapUrl,
    runtime = createRealRuntime(),
    WebSocket,
    rtcConfig,
    onTransportDrop,
    wrapTransport,
    ...rest
  } = options;
  const crypto = options.crypto ?? createEd25519Crypto();
  const drops = onTransportDrop ? { onDrop: onTransportDrop } : {};
  const rtc = new WebRtcTransport({
    pkiId: crypto.pkiId,
    runtime,
    ...(rtcConfig ? { rtcConfig } : {}),
    ...drops,
  });
  const ws = new WebSocketTransport({
    localEndpoint: rtc.localEndpoint,
    runtime,
    ...(WebSocket ? { WebSocket } : {}),
    ...drops,
  });
  const composite = new CompositeTransport(rtc.localEndpoint, [ws, rtc]);
  const transport = wrapTransport ? wrapTransport(composite) : composite;
  const gossip = await createGossip({
    ...rest,
    crypto,
    runtime,
    transport,
    endpoint: rtc.localEndpoint,
    bootstrap: [bootstrapUrl],
  });
  const detach = rtc.attach(signalingThrough(gossip, crypto.pkiId));
  return {
    gossip,
    endpoint: rtc.localEndpoint,
    stop() {
      detach();
      gossip.stop();
      transport.close();
    },
  };
}

/**
 * Signals travel as SignalMessages over the link to the bootstrap server,
 * which relays them. Only the relay may speak for someone else: a signal that
 * arrives over any other link counts as coming from that link's peer.
 */
export function signalingThrough(gossip: Gossip, self: PkiId): SignalingPort {
  const selfBytes = pkiIdToBytes(self);
  const relay = () => gossip.links().find((link) => link.bootstrap);
  return {
    ready: () => relay() !== undefined,
    sendSignal(to, data) {
      const via = relay();
      if (!via) return; // the attempt times out; the engine dials the bootstrap again meanwhile
      gossip.send({ signal: { to: pkiIdToBytes(to), from: selfBytes, data } }, { pkiId: via.pkiId });
    },
    onSignal(handler: (signal: IncomingSignal) => void) {
      const subscription = gossip.accept((message) => !!message.signal, true);
      subscription.onMessage((received) => {
        const signal = received.message.signal;
        if (!signal) return;
        const to = signal.to ? pkiIdFromBytes(signal.to) : self;
        if (to !== self) return;
        const fromRelay = gossip.links().some((link) => link.bootstrap && link.pkiId === received.sender);
        const from = fromRelay && signal.from?.length ? pkiIdFromBytes(signal.from) : received.sender;
        handler({ from, data: signal.data ?? '', error: signal.error ?? '' });
      });
      return () => subscription.close();
    },
  };
}
