import type { PkiId } from '@webgossip/core';

/**
 * A stable colour per PKI-ID: hue, saturation and lightness come from the
 * ID's first bytes, so a peer has the same colour in every tab and every
 * panel, and two peers of similar hue still differ in brightness.
 */
export function peerColour(pkiId: PkiId, lightness?: number): string {
  const byte = (i: number) => Number.parseInt(pkiId.slice(i * 2, i * 2 + 2), 16) || 0;
  const hue = Math.round((((byte(0) << 8) | byte(1)) / 65536) * 360);
  const saturation = 62 + (byte(2) % 24);
  const light = lightness ?? 56 + (byte(3) % 4) * 6;
  return `hsl(${hue} ${saturation}% ${light}%)`;
}
