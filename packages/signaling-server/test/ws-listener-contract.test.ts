import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import { createRealRuntime, WebSocketTransport } from '@webgossip/core';
import { WebSocket } from 'ws';
import {
  type LinkPair,
  linkContract,
  type RecordedLink,
  record,
  type TransportHarness,
  until,
} from '../../core/test/transports/link-contract.js';
import { ServerMetrics } from '../src/metrics.js';
import { DEFAULTS } from '../src/options.js';
import { WsListenerTransport } from '../src/ws-listener.js';

/** The server's listener on one side, the browser/Node client transport on the other. */
function serverHarness(): TransportHarness {
  let http: Server | undefined;
  let listener: WsListenerTransport | undefined;
  let client: WebSocketTransport | undefined;
  let tcp: Duplex | undefined;
  const maxFrameSize = DEFAULTS.limits.maxFrameSize;
  return {
    name: 'signaling server WebSocket',
    maxFrameSize,
    async connect(): Promise<LinkPair> {
      const accepted: RecordedLink[] = [];
      http = createServer();
      await new Promise<void>((resolve) => http?.listen(0, '127.0.0.1', resolve));
      const port = (http.address() as AddressInfo).port;
      const endpoint = `ws://127.0.0.1:${port}/ws`;
      listener = new WsListenerTransport({
        localEndpoint: endpoint,
        limits: { ...DEFAULTS.limits, rate: 1e6 },
        metrics: new ServerMetrics(),
      });
      const server = listener;
      http.on('upgrade', (request, socket, head) => {
        tcp = socket;
        server.handleUpgrade(request, socket, head);
      });
      server.listen((link) => accepted.push(record(link)));
      client = new WebSocketTransport({
        localEndpoint: 'rtc:00',
        runtime: createRealRuntime(),
        WebSocket,
        maxFrameSize,
      });
      const dialed = record(client.dial(endpoint));
      await until(() => dialed.opened && accepted.length > 0, 'the link');
      return { dialed, accepted: accepted[0] as RecordedLink };
    },
    // The TCP connection is torn down under the server's socket: no close frame is ever sent.
    vanish: () => tcp?.destroy(),
    async dispose() {
      client?.close();
      listener?.close();
      http?.closeAllConnections();
      await new Promise<void>((resolve) => (http ? http.close(() => resolve()) : resolve()));
    },
  };
}

linkContract(serverHarness());
