import type { Server } from 'node:http';
import type { Socket } from 'node:net';
import { AddressCounter } from './limits.js';
import type { ServerLimits } from './options.js';

/** How often Node checks the header and request deadlines of open HTTP sockets. */
export const HTTP_CHECK_INTERVAL_MS = 500;

/**
 * Bounds what HTTP costs before a request is answered or upgraded: its
 * headers must arrive within headersTimeoutMs and the whole request within
 * requestTimeoutMs (Node answers 408 and closes), and one address may hold
 * at most maxPerIp sockets that have not been upgraded to WebSocket yet (the
 * WebSocket listener counts those); more are destroyed on arrival. A client
 * dribbling header lines on many sockets (slowloris) so holds maxPerIp
 * sockets for headersTimeoutMs at most. Returns the function that hands a
 * socket over to the WebSocket listener.
 */
export function guardHttp(
  http: Server,
  limits: ServerLimits,
  onRefused: (address: string) => void,
): (socket: Socket) => void {
  http.headersTimeout = limits.headersTimeoutMs;
  http.requestTimeout = Math.max(limits.requestTimeoutMs, limits.headersTimeoutMs);
  const pending = new AddressCounter();
  const counted = new Map<Socket, string>();
  const release = (socket: Socket) => {
    const address = counted.get(socket);
    if (address === undefined) return;
    counted.delete(socket);
    pending.remove(address);
  };
  http.on('connection', (socket: Socket) => {
    const address = socket.remoteAddress ?? 'unknown';
    if (pending.count(address) >= limits.maxPerIp) {
      onRefused(address);
      socket.destroy();
      return;
    }
    pending.add(address);
    counted.set(socket, address);
    socket.once('close', () => release(socket));
  });
  return release;
}
