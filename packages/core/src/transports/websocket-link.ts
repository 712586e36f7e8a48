import { LinkEvents } from '../comm/link-events.js';
import type { Link, LinkHandlers } from '../contracts/index.js';
import { admitFrame, clipReason, type DropListener } from './link-drops.js';

type SocketHandler = ((event: never) => void) | null;

/**
 * What a link needs of a WebSocket: the browser's WebSocket and the `ws`
 * package's both fit, so the same link runs in a tab, in a Node client and
 * on the server side of an accepted connection.
 */
export interface WebSocketLike {
  binaryType: string;
  readonly readyState: number;
  readonly bufferedAmount: number;
  onopen: SocketHandler;
  onmessage: SocketHandler;
  onclose: SocketHandler;
  onerror: SocketHandler;
  send(data: Uint8Array): void;
  close(code?: number, reason?: string): void;
}

export type WebSocketConstructor = new (url: string) => WebSocketLike;

/** Close codes a link sends; the reason text says the rest. */
export const CloseCode = {
  normal: 1000,
  goingAway: 1001,
  unsupportedData: 1003,
  policy: 1008,
  tooLarge: 1009,
  tryAgainLater: 1013,
  /** The gossip engine closed the link (eviction, failed handshake, misbehaviour): see the reason. */
  byEngine: 4000,
} as const;

const OPEN = 1;

export interface WebSocketLinkOptions {
  /** Frames over this size are refused both ways. */
  maxFrameSize: number;
  onDrop?: DropListener;
  /** Called when a dialed link opens. */
  onOpened?: (link: WebSocketLink) => void;
  /** Called once when the link closes, after the handlers. */
  onClosed?: (link: WebSocketLink, wasOpen: boolean) => void;
}

/** One WebSocket as a Link: each binary message is one frame. */
export class WebSocketLink implements Link {
  readonly binding = null;
  private socket: WebSocketLike | undefined;
  private readonly events = new LinkEvents();
  private state: 'connecting' | 'open' | 'closed' = 'connecting';
  private wasOpen = false;

  constructor(
    readonly remoteEndpoint: string,
    private readonly options: WebSocketLinkOptions,
    socket?: WebSocketLike,
  ) {
    if (socket) this.adopt(socket);
  }

  get open(): boolean {
    return this.state === 'open';
  }

  get bufferedAmount(): number {
    return this.socket?.bufferedAmount ?? 0;
  }

  /** Takes over a socket: an accepted one is open already, a dialed one reports onOpen later. */
  adopt(socket: WebSocketLike): void {
    this.socket = socket;
    socket.binaryType = 'arraybuffer';
    socket.onopen = () => this.opened();
    socket.onmessage = (event: { data: unknown }) => this.receive(event.data);
    socket.onclose = (event: { code: number; reason: string }) =>
      this.shut(`closed by remote (${event.code}${event.reason ? `: ${event.reason}` : ''})`);
    // An error is always followed by a close event, which reports it.
    socket.onerror = () => {};
    if (socket.readyState === OPEN) {
      this.state = 'open';
      this.wasOpen = true;
    }
  }

  attach(handlers: LinkHandlers): void {
    this.events.attach(handlers);
  }

  send(frame: Uint8Array): void {
    const socket = this.socket;
    if (!admitFrame(this.state === 'open' && socket !== undefined, frame, this.options, this.remoteEndpoint))
      return;
    socket?.send(frame);
  }

  close(reason = 'closed'): void {
    this.closeWith(CloseCode.byEngine, reason);
  }

  /** Closes with a specific WebSocket close code (the server's limits use 1008, 1009, 1013). */
  closeWith(code: number, reason: string): void {
    if (this.state === 'closed') return;
    try {
      this.socket?.close(code, clipReason(reason));
    } catch {
      // A socket that is already failing cannot be closed politely; it is gone either way.
    }
    this.shut(reason);
  }

  private opened(): void {
    if (this.state !== 'connecting') return;
    this.state = 'open';
    this.wasOpen = true;
    this.options.onOpened?.(this);
    this.events.open();
  }

  private receive(data: unknown): void {
    if (this.state !== 'open') return;
    const frame = toBytes(data);
    if (!frame) {
      this.options.onDrop?.('not-binary', 'a text message on a binary link');
      this.closeWith(CloseCode.unsupportedData, 'binary frames only');
      return;
    }
    if (frame.length > this.options.maxFrameSize) {
      this.options.onDrop?.('oversize', `received ${frame.length} bytes, limit ${this.options.maxFrameSize}`);
      this.closeWith(CloseCode.tooLarge, 'frame too large');
      return;
    }
    this.events.frame(frame);
  }

  private shut(reason: string): void {
    if (this.state === 'closed') return;
    this.state = 'closed';
    const socket = this.socket;
    if (socket) {
      socket.onopen = null;
      socket.onmessage = null;
      socket.onclose = null;
    }
    this.events.close(reason);
    this.options.onClosed?.(this, this.wasOpen);
  }
}

function toBytes(data: unknown): Uint8Array | undefined {
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  if (ArrayBuffer.isView(data)) return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  return undefined;
}
