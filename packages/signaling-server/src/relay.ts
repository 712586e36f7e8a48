import {
  type Gossip,
  LinkBudget,
  type PkiId,
  pkiIdFromBytes,
  pkiIdToBytes,
  type ReceivedMessage,
} from '@webgossip/core';
import type { ServerMetrics } from './metrics.js';

/** Signal data longer than this is refused: an SDP with its candidates takes a few KiB. */
const MAX_SIGNAL_DATA = 32 * 1024;

export interface RelayOptions {
  gossip: Gossip;
  metrics: ServerMetrics;
  /** Signal bytes relayed to one recipient per second, in a bucket holding two seconds' worth. */
  signalBytesPerSecond: number;
  /** Told of each signal that could not be relayed. */
  onFailure?: (reason: string, from: PkiId) => void;
  /**
   * Decides where a signal goes (default: to the PKI-ID in `to`). Tests put a
   * malicious relay here; the server never changes it.
   */
  route?: (signal: RelayedSignal) => void;
}

export interface RelayedSignal {
  from: PkiId;
  to: PkiId;
  data: string;
}

/**
 * Relays WebRTC signals between the peers linked to the server. The sender
 * is the PKI-ID its link authenticated: the `from` it wrote is overwritten.
 * A signal for a peer the server holds no link to is answered with `error`
 * set and the original data, so the sender can fail that attempt at once.
 * Returns the stop function.
 */
export function startSignalRelay(options: RelayOptions): () => void {
  const rate = options.signalBytesPerSecond;
  const budget = new LinkBudget(2 * rate, 2000, () => Date.now());
  const subscription = options.gossip.accept((message) => !!message.signal, true);
  subscription.onMessage((received) => relayOne(options, budget, received));
  return () => subscription.close();
}

/**
 * A peer's signal budget bounds what the relay delivers to it: however many
 * senders (or Sybil identities) aim at one peer, it receives at most
 * signalBytesPerSecond of signals; the rest are answered with an error.
 */
function relayOne(options: RelayOptions, budget: LinkBudget, received: ReceivedMessage): void {
  const { gossip, metrics } = options;
  const signal = received.message.signal;
  if (!signal || signal.error) return; // errors are the relay's to write, never a peer's
  const data = signal.data ?? '';
  const to = signal.to?.length === 32 ? pkiIdFromBytes(signal.to) : undefined;
  const problem =
    refusalFor(gossip, to, data, !options.route) ??
    (to && !budget.allows(to) ? (['recipient over its signal budget', 'rate-limited'] as const) : undefined);
  if (problem || !to) {
    const [reason, result] = problem ?? ['invalid recipient', 'invalid'];
    metrics.signal(result);
    options.onFailure?.(reason, received.sender);
    received.respond({
      signal: {
        to: pkiIdToBytes(received.sender),
        from: signal.to ?? new Uint8Array(0),
        data,
        error: reason,
      },
    });
    return;
  }
  budget.charge(to, data.length);
  if (options.route) {
    options.route({ from: received.sender, to, data });
    return;
  }
  gossip.send({ signal: { to: pkiIdToBytes(to), from: pkiIdToBytes(received.sender), data } }, { pkiId: to });
  metrics.signal('relayed');
}

/** Why a signal cannot be relayed, with its metric label; undefined when it can. */
function refusalFor(
  gossip: Gossip,
  to: PkiId | undefined,
  data: string,
  mustBeLinked: boolean,
): [string, 'unknown-peer' | 'invalid'] | undefined {
  if (!to) return ['invalid recipient', 'invalid'];
  if (data.length > MAX_SIGNAL_DATA) return ['signal too large', 'invalid'];
  if (to === gossip.self.pkiId) return ['the server takes no WebRTC links', 'invalid'];
  if (mustBeLinked && !gossip.links().some((link) => link.pkiId === to))
    return ['unknown peer', 'unknown-peer'];
  return undefined;
}
