/**
 * The DTLS certificate fingerprint an SDP announces (its first a=fingerprint
 * line), normalised so that both ends of a link spell it the same way:
 * lower-case hash name, upper-case hex. Undefined when the SDP has none.
 */
export function sdpFingerprint(sdp: string): string | undefined {
  const match = /^a=fingerprint:(\S+)\s+([0-9a-fA-F:]+)\s*$/m.exec(sdp);
  if (!match) return undefined;
  const [, algorithm = '', hex = ''] = match;
  return `${algorithm.toLowerCase()} ${hex.toUpperCase()}`;
}
