import {
  createRealRuntime,
  decodeSignal,
  type Gossip,
  type IncomingSignal,
  type Link,
  type PkiId,
  pkiIdToBytes,
  WebRtcTransport,
} from '@webgossip/core';
import type { RelayedSignal } from '../../src/relay.js';

interface Side {
  transport: WebRtcTransport;
  deliver?: (signal: IncomingSignal) => void;
}

/**
 * A malicious signaling server: instead of relaying an offer from X to Y, it
 * answers X itself (pretending to be Y), offers to Y itself (pretending to be
 * X), and pipes the two data channels together. Each WebRTC side is its own,
 * with its own DTLS certificate, as a real man in the middle's would be.
 */
export class MitmRelay {
  readonly piped = new Map<string, number>();
  private gossip: Gossip | undefined;
  private readonly facingOfferer = new Map<string, Side>();
  private readonly facingTarget = new Map<string, Side>();
  /** Connection ids of the attempts this relay opened towards targets. */
  private readonly ownAttempts = new Map<string, Side>();
  private readonly runtime = createRealRuntime();

  attach(gossip: Gossip): void {
    this.gossip = gossip;
  }

  close(): void {
    for (const side of [...this.facingOfferer.values(), ...this.facingTarget.values()])
      side.transport.close();
  }

  readonly route = (signal: RelayedSignal): void => {
    const payload = decodeSignal(signal.data);
    if (!payload) return;
    const own = this.ownAttempts.get(`${signal.from}/${payload.c}`);
    if (own) {
      own.deliver?.({ from: signal.from, data: signal.data, error: '' });
      return;
    }
    const pair = `${signal.from}->${signal.to}`;
    const toOfferer = this.side(this.facingOfferer, pair, signal.to, signal.from);
    const toTarget = this.side(this.facingTarget, pair, signal.from, signal.to);
    if ('s' in payload && payload.s.type === 'offer') {
      toOfferer.transport.listen((fromOfferer) => {
        const toward = toTarget.transport.dial(`rtc:${signal.to}`);
        this.pipe(fromOfferer, toward, pair);
      });
    }
    toOfferer.deliver?.({ from: signal.from, data: signal.data, error: '' });
  };

  /** A WebRTC transport that wears `pretend`'s PKI-ID towards `peer`. */
  private side(sides: Map<string, Side>, key: string, pretend: PkiId, peer: PkiId): Side {
    let side = sides.get(key);
    if (side) return side;
    const made: Side = { transport: new WebRtcTransport({ pkiId: pretend, runtime: this.runtime }) };
    made.transport.attach({
      sendSignal: (to, data) => {
        const payload = decodeSignal(data);
        if (payload && sides === this.facingTarget) this.ownAttempts.set(`${peer}/${payload.c}`, made);
        this.gossip?.send(
          { signal: { to: pkiIdToBytes(to), from: pkiIdToBytes(pretend), data } },
          { pkiId: to },
        );
      },
      onSignal: (handler) => {
        made.deliver = handler;
        return () => {};
      },
    });
    sides.set(key, made);
    side = made;
    return side;
  }

  private pipe(a: Link, b: Link, pair: string): void {
    const waiting: Uint8Array[] = [];
    const count = (direction: string) => this.piped.set(direction, (this.piped.get(direction) ?? 0) + 1);
    a.attach({
      onOpen: () => {},
      onFrame: (frame) => {
        count(`${pair} forward`);
        if (b.open) b.send(frame);
        else waiting.push(frame);
      },
      onClose: () => b.close('the other half closed'),
    });
    b.attach({
      onOpen: () => {
        for (const frame of waiting.splice(0)) b.send(frame);
      },
      onFrame: (frame) => {
        count(`${pair} back`);
        a.send(frame);
      },
      onClose: () => a.close('the other half closed'),
    });
  }
}
