import type { Envelope, GossipMessage } from './content.js';
import { gossip } from './generated/message.js';

/**
 * The one way an envelope is made: the message serialized into the payload,
 * and, when a signer is given, its signature over exactly those bytes.
 * Everything the engine sends starts here.
 */
export function seal(message: GossipMessage, sign?: (payload: Uint8Array) => Uint8Array): Envelope {
  const payload = gossip.GossipMessage.encode(message).finish();
  return sign ? { payload, signature: sign(payload) } : { payload };
}

/**
 * An envelope's bytes on the wire (those it was decoded from, or its encoding
 * once made), kept on the envelope itself under a hidden (non-enumerable)
 * key, so a copy made by spreading does not carry stale bytes. A WeakMap
 * would do the same, but with millions of envelopes coming and going V8 can
 * end up spending nearly all its time rehashing the map's table.
 */
const WIRE = Symbol('wire bytes');

type Wired = Envelope & { [WIRE]?: Uint8Array };

/** Keeps the bytes an envelope was decoded from, so relaying it sends them as they are. */
export function keepWireBytes(envelope: Envelope, bytes: Uint8Array): void {
  Object.defineProperty(envelope, WIRE, { value: bytes });
}

/**
 * The frame carrying an envelope. A relayed envelope (an alive message, a
 * StateInfo, a block) goes on exactly as it arrived, and one pushed to
 * several peers is encoded once; envelopes are never modified once built or
 * received, which is what makes the bytes safe to keep.
 */
export function encodeEnvelope(envelope: Envelope): Uint8Array {
  let bytes = (envelope as Wired)[WIRE];
  if (!bytes) {
    bytes = gossip.Envelope.encode(envelope).finish();
    keepWireBytes(envelope, bytes);
  }
  return bytes;
}
