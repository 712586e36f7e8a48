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
  closed: { code: number; reason: string } | undefined;
  private constructor(readonly ws: WebSocket) {
    ws.on('message', (data: Buffer) => {
      try {
        const envelope = gossip.Envelope.decode(data);
        this.received.push(gossip.GossipMessage.decode(envelope.payload));
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
    if (this.ws.readyState === WebSocket.OPEN) this.ws.send(bytes);
  }

  sendMessage(message: GossipMessage, crypto?: MessageCryptoService): void {
    this.send(encodeEnvelope(seal(message, crypto ? (payload) => crypto.sign(payload) : undefined)));
  }

  /** Authenticates as `crypto` with a ConnEstablish, as a WebSocket peer does (no certificate binding). */
  handshake(crypto: MessageCryptoService = createEd25519Crypto()): MessageCryptoService {
    this.sendMessage(connEstablish(crypto), crypto);
    return crypto;
  }

  close(): void {
    this.ws.terminate();
  }
}

export function connEstablish(crypto: MessageCryptoService, pkiId = crypto.pkiId): GossipMessage {
  return { conn: { pkiId: pkiIdToBytes(pkiId), identity: crypto.identity, tlsCertHash: new Uint8Array(0) } };
}
