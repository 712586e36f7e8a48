/**
 * The contracts every transport implements (memory, WebSocket, WebRTC).
 * A transport moves opaque frames, one Envelope each; everything about
 * identities, handshakes and queues lives above it, in comm.
 */

/** Fingerprints of the certificates a link's security layer verified (DTLS on WebRTC). */
export interface ChannelBinding {
  /** The local certificate's fingerprint, as in the local SDP's a=fingerprint line. */
  local: string;
  /** The remote certificate's fingerprint that the handshake verified. */
  remote: string;
}

export interface LinkHandlers {
  /** A dialed link is open (inbound links are handed over already open). */
  onOpen(): void;
  onFrame(frame: Uint8Array): void;
  /** Called once, whichever side closed or failed, with a short reason. */
  onClose(reason: string): void;
}

/** A reliable, ordered, message-framed link to one remote endpoint. */
export interface Link {
  /** The remote side's endpoint: the dial target, or the address the listener saw. */
  readonly remoteEndpoint: string;
  readonly open: boolean;
  /** The link's certificate fingerprints; null when the transport has no certificates. */
  readonly binding: ChannelBinding | null;
  /** Bytes handed to `send` that the transport has not yet passed to the network. */
  readonly bufferedAmount: number;
  /** Sets the handlers; frames that arrived before are delivered then, in order. */
  attach(handlers: LinkHandlers): void;
  /** Queues one frame; frames sent after close are dropped. */
  send(frame: Uint8Array): void;
  close(reason?: string): void;
}

export interface Transport {
  readonly localEndpoint: string;
  /** Hands every inbound link, open, to `onLink`. */
  listen(onLink: (link: Link) => void): void;
  /** Starts opening a link; it reports onOpen, or onClose when the endpoint cannot be reached. */
  dial(endpoint: string): Link;
  /** Whether this transport can dial `endpoint` at all (its scheme). */
  canDial(endpoint: string): boolean;
  /** Closes every link and stops listening. */
  close(): void;
}
