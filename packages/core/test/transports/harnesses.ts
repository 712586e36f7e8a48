import type { AddressInfo } from 'node:net';
import { WebSocket, WebSocketServer } from 'ws';
import { MemoryNetwork } from '../../src/comm/memory-transport.js';
import type { Link, Transport } from '../../src/contracts/index.js';
import { type PkiId, toHex } from '../../src/ids.js';
import { createRealRuntime } from '../../src/runtime/index.js';
import type { IncomingSignal, SignalingPort } from '../../src/transports/webrtc-signaling.js';
import { WebRtcTransport, type WebRtcTransportOptions } from '../../src/transports/webrtc-transport.js';
import { WebSocketLink } from '../../src/transports/websocket-link.js';
import { WebSocketTransport } from '../../src/transports/websocket-transport.js';
import { type LinkPair, type RecordedLink, record, type TransportHarness, until } from './link-contract.js';

const runtime = createRealRuntime();

/**
 * Dials and waits until both ends are there. A failed dial is tried again, as
 * the engine does: node-datachannel, starved of CPU, occasionally fails a
 * negotiation ("remote candidate without ICE transport").
 */
async function connectPair(dialer: Transport, endpoint: string, accepted: RecordedLink[]): Promise<LinkPair> {
  const failures: string[] = [];
  while (failures.length < 3) {
    const known = accepted.length;
    const dialed = record(dialer.dial(endpoint));
    await until(
      () => (dialed.opened && accepted.length > known) || dialed.closes.length > 0,
      `a link to ${endpoint}`,
    );
    if (dialed.opened) return { dialed, accepted: accepted[accepted.length - 1] as RecordedLink };
    failures.push(dialed.closes.join());
  }
  throw new Error(`dial failed three times: ${failures.join('; ')}`);
}

/** A sender gives up on a vanished peer this long after its first unanswered frame, as TCP would. */
const MEMORY_VANISH_DETECTION_MS = 50;

export function memoryHarness(): TransportHarness {
  const options = { latencyMs: 1, vanishDetectionMs: MEMORY_VANISH_DETECTION_MS };
  let net = new MemoryNetwork(runtime, options);
  let a: Transport | undefined;
  let b: Transport | undefined;
  return {
    name: 'memory',
    async connect() {
      const accepted: RecordedLink[] = [];
      a = net.transport('a');
      b = net.transport('b');
      b.listen((link) => accepted.push(record(link)));
      return connectPair(a, 'b', accepted);
    },
    vanish: () => net.kill('b'),
    async dispose() {
      a?.close();
      b?.close();
      net = new MemoryNetwork(runtime, options);
    },
  };
}

/** core's WebSocketLink on both ends: the client transport dials a plain `ws` server. */
export function webSocketHarness(maxFrameSize = 2 * 1024 * 1024): TransportHarness {
  let server: WebSocketServer | undefined;
  let client: WebSocketTransport | undefined;
  const sockets = new Map<Link, WebSocket>();
  return {
    name: 'WebSocket',
    maxFrameSize,
    async connect() {
      const accepted: RecordedLink[] = [];
      const wss = new WebSocketServer({ host: '127.0.0.1', port: 0 });
      server = wss;
      await new Promise<void>((resolve) => wss.once('listening', resolve));
      wss.on('connection', (socket) => {
        const link = new WebSocketLink('ws-client', { maxFrameSize }, socket);
        sockets.set(link, socket);
        accepted.push(record(link));
      });
      client = new WebSocketTransport({ localEndpoint: 'client', runtime, WebSocket, maxFrameSize });
      const { port } = wss.address() as AddressInfo;
      return connectPair(client, `ws://127.0.0.1:${port}/ws`, accepted);
    },
    vanish: (pair) => sockets.get(pair.accepted.link)?.terminate(),
    async dispose() {
      client?.close();
      for (const socket of sockets.values()) socket.terminate();
      sockets.clear();
      await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
    },
  };
}

export function randomPkiId(): PkiId {
  return toHex(runtime.randomBytes(32)) as PkiId;
}

/** Two WebRTC transports whose signals travel through a direct in-process pipe instead of a server. */
export function rtcPair(
  options: Partial<WebRtcTransportOptions> = {},
  optionsB: Partial<WebRtcTransportOptions> = {},
) {
  const handlers = new Map<PkiId, (signal: IncomingSignal) => void>();
  const make = (extra: Partial<WebRtcTransportOptions>) => {
    const transport = new WebRtcTransport({ pkiId: randomPkiId(), runtime, ...extra });
    const self = transport.localEndpoint.slice(4) as PkiId;
    const port: SignalingPort = {
      sendSignal(to, data) {
        const deliver = handlers.get(to);
        setTimeout(() => deliver?.({ from: self, data, error: '' }), 0);
      },
      onSignal(handler) {
        handlers.set(self, handler);
        return () => handlers.delete(self);
      },
    };
    transport.attach(port);
    return transport;
  };
  return { a: make(options), b: make({ ...options, ...optionsB }) };
}

export function webRtcHarness(maxFrameSize = 4 * 1024 * 1024): TransportHarness {
  let pair: ReturnType<typeof rtcPair> | undefined;
  return {
    name: 'WebRTC',
    maxFrameSize,
    async connect() {
      pair = rtcPair({ maxFrameSize });
      const accepted: RecordedLink[] = [];
      pair.b.listen((link) => accepted.push(record(link)));
      return connectPair(pair.a, pair.b.localEndpoint, accepted);
    },
    vanish: () => pair?.b.close(),
    async dispose() {
      pair?.a.close();
      pair?.b.close();
    },
  };
}
