/** Why a transport refused a frame: it never reached the network or the engine. */
export type TransportDropReason = 'oversize' | 'malformed' | 'not-binary' | 'not-open' | 'busy';

/** Told about every frame a transport refused, for metrics and logs. */
export type DropListener = (reason: TransportDropReason, detail: string) => void;

/** Close reasons travel in a WebSocket close frame, which holds at most 123 bytes of UTF-8. */
export function clipReason(reason: string, maxBytes = 123): string {
  const encoder = new TextEncoder();
  if (encoder.encode(reason).length <= maxBytes) return reason;
  let clipped = reason;
  while (encoder.encode(clipped).length > maxBytes - 3) clipped = clipped.slice(0, -1);
  return `${clipped}...`;
}

/** Whether a link may send `frame` now; reports the refusal when it may not. */
export function admitFrame(
  open: boolean,
  frame: Uint8Array,
  options: { maxFrameSize: number; onDrop?: DropListener | undefined },
  remoteEndpoint: string,
): boolean {
  if (!open) {
    options.onDrop?.('not-open', `link to ${remoteEndpoint} is not open`);
    return false;
  }
  if (frame.length > options.maxFrameSize) {
    options.onDrop?.('oversize', `${frame.length} bytes exceeds the limit of ${options.maxFrameSize}`);
    return false;
  }
  return true;
}
