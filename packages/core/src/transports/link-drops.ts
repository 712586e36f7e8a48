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
