import {
  createEd25519Crypto,
  encodeEnvelope,
  type GossipMessage,
  gossip,
  type MessageCryptoService,
  pkiIdToBytes,
  seal,
} from '@webgossip/core';
import { WebSocket } from 'ws';

/** A WebSocket client that speaks raw frames: for feeding the server bad input. */
export class RawClient {
  readonly received: gossip.GossipMessage[] = [];
  /** The frame size of each message in `received`. */
  readonly sizes: number[] = [];
  private readonly waiters = new Set<() => void>();
  /** Bytes sent so far. */
  bytesSent = 0;
  closed: { code: number; reason: string } | undefined;
  private constructor(readonly ws: WebSocket) {
    ws.on('message', (data: Buffer) => {
      try {
        const envelope = gossip.Envelope.decode(data);
        this.received.push(gossip.GossipMessage.decode(envelope.payload));
        this.sizes.push(data.length);
        for (const waiter of [...this.waiters]) waiter();
      } catch {
        // the server sends only well-formed frames; anything else is ignored here
      }
    });
    ws.on('close', (code, reason) => {
      this.closed = { code, reason: reason.toString() };
    });
    ws.on('error', () => {});
  }

  static async open(url: string, options: { origin?: string; autoPong?: boolean } = {}): Promise<RawClient> {
    const ws = new WebSocket(url, {
      ...(options.origin ? { origin: options.origin } : {}),
      autoPong: options.autoPong ?? true,
    });
    const client = new RawClient(ws);
    await new Promise<void>((resolve, reject) => {
      ws.once('open', () => resolve());
      ws.once('close', () => resolve());
      ws.once('error', reject);
    });
    return client;
  }

  send(bytes: Uint8Array): void {
    if (this.ws.readyState !== WebSocket.OPEN) return;
    this.ws.send(bytes);
    this.bytesSent += bytes.length;
  }

  sendMessage(message: GossipMessage, crypto?: MessageCryptoService): void {
    this.send(encodeEnvelope(seal(message, crypto ? (payload) => crypto.sign(payload) : undefined)));
  }

  /** Authenticates as `crypto` with a ConnEstablish, as a WebSocket peer does (no certificate binding). */
  handshake(crypto: MessageCryptoService = createEd25519Crypto()): MessageCryptoService {
    this.sendMessage(connEstablish(crypto), crypto);
    return crypto;
  }

  /** Resolves as soon as a message that passes `which` has arrived (without polling, so it can time answers). */
  next(which: (message: gossip.GossipMessage) => boolean, timeoutMs = 10_000): Promise<gossip.GossipMessage> {
    return new Promise((resolve, reject) => {
      const check = () => {
        const found = this.received.find(which);
        if (!found) return;
        this.waiters.delete(check);
        clearTimeout(timer);
        resolve(found);
      };
      const timer = setTimeout(() => {
        this.waiters.delete(check);
        reject(new Error('timed out waiting for a message'));
      }, timeoutMs);
      this.waiters.add(check);
      check();
    });
  }

  /** Bytes of the received messages that pass `which`. */
  bytesOf(which: (message: gossip.GossipMessage) => unknown): number {
    let total = 0;
    this.received.forEach((message, i) => {
      if (which(message)) total += this.sizes[i] ?? 0;
    });
    return total;
  }

  close(): void {
    this.ws.terminate();
  }
}

export function connEstablish(crypto: MessageCryptoService, pkiId = crypto.pkiId): GossipMessage {
  return { conn: { pkiId: pkiIdToBytes(pkiId), identity: crypto.identity, tlsCertHash: new Uint8Array(0) } };
}
