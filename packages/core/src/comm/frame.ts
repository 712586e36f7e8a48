import { keepWireBytes } from '../proto/envelope.js';
import { type Content, contentOf, gossip } from '../proto/index.js';

/** Why a frame was refused before it reached the engine. */
export type FrameErrorKind = 'oversize' | 'malformed-envelope' | 'malformed-message' | 'empty-content';

export class FrameError extends Error {
  constructor(
    readonly kind: FrameErrorKind,
    detail: string,
  ) {
    super(`${kind}: ${detail}`);
    this.name = 'FrameError';
  }
}

/** A frame that passed the guard: the envelope as received and its decoded message. */
export interface DecodedFrame {
  envelope: gossip.Envelope;
  /** The payload bytes exactly as received: what the signature covers. */
  payload: Uint8Array;
  message: gossip.GossipMessage;
  content: Content;
}

export type FrameResult = { ok: true; frame: DecodedFrame } | { ok: false; error: FrameError };

/** The Chromium data-channel ceiling, 256 KiB, as the presets' maxMessageSize. */
export const DEFAULT_MAX_MESSAGE_SIZE = 256 * 1024;

/**
 * Decodes one frame (one Envelope) without ever throwing: oversize frames are
 * refused before any decoding, and anything that is not a well-formed
 * Envelope carrying a GossipMessage with content is refused with its kind.
 */
export function decodeFrame(bytes: Uint8Array, maxMessageSize = DEFAULT_MAX_MESSAGE_SIZE): FrameResult {
  if (bytes.length > maxMessageSize) {
    return fail('oversize', `${bytes.length} bytes exceeds the limit of ${maxMessageSize}`);
  }
  let envelope: gossip.Envelope;
  try {
    envelope = gossip.Envelope.decode(bytes);
  } catch (err) {
    return fail('malformed-envelope', reason(err));
  }
  const payload = envelope.payload;
  if (payload.length === 0) return fail('malformed-envelope', 'no payload');
  let message: gossip.GossipMessage;
  try {
    message = gossip.GossipMessage.decode(payload);
  } catch (err) {
    return fail('malformed-message', reason(err));
  }
  const content = contentOf(message);
  if (!content) return fail('empty-content', 'the message carries no content');
  keepWireBytes(envelope, bytes);
  return { ok: true, frame: { envelope, payload, message, content } };
}

function fail(kind: FrameErrorKind, detail: string): FrameResult {
  return { ok: false, error: new FrameError(kind, detail) };
}

function reason(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
