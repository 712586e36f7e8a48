/**
 * Frames over a data channel's portable message size are cut into chunks and
 * put back together on the other side. A data channel is reliable and
 * ordered, so chunks need no ids: a frame is its first chunk (which carries
 * the frame's total length) followed by continuation chunks until that length
 * is reached.
 *
 *   whole frame:  [0x00][frame bytes]
 *   first chunk:  [0x01][u32 total length, big-endian][bytes]
 *   continuation: [0x02][bytes]
 *   goodbye:      [0x03][UTF-8 reason]   the sender is closing the link
 *
 * The goodbye exists because a peer connection torn down right after its
 * channel is closed does not always tell the other side; with it, both
 * sides learn of a close at once, and why.
 */

/** The largest data-channel message every WebRTC implementation carries. */
export const CHUNK_SIZE = 16 * 1024;
/** The largest frame a link carries by default, after reassembly. */
export const DEFAULT_MAX_FRAME_SIZE = 4 * 1024 * 1024;

const WHOLE = 0;
const FIRST = 1;
const MORE = 2;
const GOODBYE = 3;
const FIRST_HEADER = 5;

/** Cuts one frame into data-channel messages of at most `chunkSize` bytes each. */
export function chunkFrame(frame: Uint8Array, chunkSize = CHUNK_SIZE): Uint8Array[] {
  if (frame.length + 1 <= chunkSize) {
    const whole = new Uint8Array(frame.length + 1);
    whole[0] = WHOLE;
    whole.set(frame, 1);
    return [whole];
  }
  const chunks: Uint8Array[] = [];
  const firstBytes = chunkSize - FIRST_HEADER;
  const first = new Uint8Array(chunkSize);
  first[0] = FIRST;
  new DataView(first.buffer).setUint32(1, frame.length);
  first.set(frame.subarray(0, firstBytes), FIRST_HEADER);
  chunks.push(first);
  for (let offset = firstBytes; offset < frame.length; offset += chunkSize - 1) {
    const part = frame.subarray(offset, offset + chunkSize - 1);
    const chunk = new Uint8Array(part.length + 1);
    chunk[0] = MORE;
    chunk.set(part, 1);
    chunks.push(chunk);
  }
  return chunks;
}

/** A goodbye carries at most this many characters of its reason. */
const GOODBYE_REASON_LENGTH = 200;

/** The message that tells the other side this link is closing. */
export function goodbyeMessage(reason: string): Uint8Array {
  const text = new TextEncoder().encode(reason.slice(0, GOODBYE_REASON_LENGTH));
  const message = new Uint8Array(text.length + 1);
  message[0] = GOODBYE;
  message.set(text, 1);
  return message;
}

export type ReassemblyResult =
  | { kind: 'frame'; frame: Uint8Array }
  | { kind: 'goodbye'; reason: string }
  | { kind: 'partial' }
  | { kind: 'error'; reason: 'oversize' | 'malformed'; detail: string };

/**
 * Puts chunks back into frames. A frame that announces more than `maxFrameSize`
 * bytes, or chunks that do not follow the format, are errors: the link that
 * carried them is broken and should be closed.
 */
export class Reassembler {
  private buffer: Uint8Array | undefined;
  private filled = 0;

  constructor(private readonly maxFrameSize = DEFAULT_MAX_FRAME_SIZE) {}

  push(message: Uint8Array): ReassemblyResult {
    const kind = message[0];
    if (kind === GOODBYE) {
      this.buffer = undefined;
      return { kind: 'goodbye', reason: new TextDecoder().decode(message.subarray(1)) };
    }
    if (kind === WHOLE && !this.buffer) return this.complete(message.subarray(1));
    if (kind === FIRST && !this.buffer) return this.begin(message);
    if (kind === MORE && this.buffer) return this.append(message.subarray(1));
    return error(
      'malformed',
      `unexpected chunk kind ${String(kind)} ${this.buffer ? 'inside' : 'outside'} a frame`,
    );
  }

  private complete(frame: Uint8Array): ReassemblyResult {
    if (frame.length > this.maxFrameSize) return tooLarge(frame.length, this.maxFrameSize);
    return { kind: 'frame', frame };
  }

  private begin(message: Uint8Array): ReassemblyResult {
    if (message.length < FIRST_HEADER) return error('malformed', 'first chunk shorter than its header');
    const total = new DataView(message.buffer, message.byteOffset, message.byteLength).getUint32(1);
    if (total > this.maxFrameSize) return tooLarge(total, this.maxFrameSize);
    this.buffer = new Uint8Array(total);
    this.filled = 0;
    return this.append(message.subarray(FIRST_HEADER));
  }

  private append(part: Uint8Array): ReassemblyResult {
    const buffer = this.buffer;
    if (!buffer) return error('malformed', 'continuation without a first chunk');
    if (this.filled + part.length > buffer.length) {
      this.buffer = undefined;
      return error('malformed', 'chunks exceed the announced frame length');
    }
    buffer.set(part, this.filled);
    this.filled += part.length;
    if (this.filled < buffer.length) return { kind: 'partial' };
    this.buffer = undefined;
    return { kind: 'frame', frame: buffer };
  }
}

function tooLarge(size: number, max: number): ReassemblyResult {
  return error('oversize', `a ${size}-byte frame exceeds the limit of ${max}`);
}

function error(reason: 'oversize' | 'malformed', detail: string): ReassemblyResult {
  return { kind: 'error', reason, detail };
}
