import type { PkiId } from '../ids.js';
import type { SimplePeerSignal } from './simple-peer.js';

/**
 * How the WebRTC transport reaches other peers before it has a link to them:
 * through the bootstrap server, as SignalMessages. `createNetworkPeer` wires
 * this to the gossip instance once it exists.
 */
export interface SignalingPort {
  /** Sends `data` to `to` through the relay. */
  sendSignal(to: PkiId, data: string): void;
  /** Whether a relay can carry a signal now (when absent: always). A dial without one could never open. */
  ready?(): boolean;
  /** Calls `handler` for every signal addressed to this peer; returns the unsubscribe. */
  onSignal(handler: (signal: IncomingSignal) => void): () => void;
}

export interface IncomingSignal {
  /** The sender as the relay authenticated it (for an error answer: the peer that could not be reached). */
  from: PkiId;
  data: string;
  /** Set when the relay could not deliver a signal this peer sent; `data` is that signal. */
  error: string;
}

/**
 * SignalMessage.data between two WebRTC transports: the connection attempt it
 * belongs to (so that attempts crossing each other, or a retry, are never
 * confused) and either a simple-peer signal or a goodbye for a failed attempt.
 */
export type SignalPayload = { c: string; s: SimplePeerSignal } | { c: string; bye: string };

const MAX_CONNECTION_ID = 64;
/** A `bye` keeps at most this many characters of the reason it carries. */
const MAX_BYE_REASON = 200;

export function encodeSignal(payload: SignalPayload): string {
  return JSON.stringify(payload);
}

/** Parses SignalMessage.data; undefined for anything that is not a well-formed payload. */
export function decodeSignal(data: string): SignalPayload | undefined {
  let value: unknown;
  try {
    value = JSON.parse(data);
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null) return undefined;
  const record = value as Record<string, unknown>;
  const c = record.c;
  if (typeof c !== 'string' || c.length === 0 || c.length > MAX_CONNECTION_ID) return undefined;
  if (typeof record.bye === 'string') return { c, bye: record.bye.slice(0, MAX_BYE_REASON) };
  const s = record.s;
  if (typeof s !== 'object' || s === null || Array.isArray(s)) return undefined;
  const signal = s as SimplePeerSignal;
  if (signal.sdp !== undefined && typeof signal.sdp !== 'string') return undefined;
  if (signal.type !== undefined && typeof signal.type !== 'string') return undefined;
  return { c, s: signal };
}
