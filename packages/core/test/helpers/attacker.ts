import {
  big,
  type ChannelId,
  channelMac,
  decodeFrame,
  type Envelope,
  encodeEnvelope,
  type GossipMessage,
  gossip,
  keyPairFromSecret,
  type Link,
  type MessageCryptoService,
  type PkiId,
  pkiIdToBytes,
  seal,
  sha256,
  type Timer,
  u64,
} from '@webgossip/core';
import type { DecodedFrame } from '../../src/comm/frame.js';
import { connEstablish } from '../../src/comm/handshake.js';
import { createNodeEd25519Crypto } from '../../src/node.js';
import type { Cluster, Peer } from './cluster.js';

/** Signs a message's payload with `crypto`, as a peer signs its own alive, StateInfo or leadership messages. */
export function signed(crypto: MessageCryptoService, message: GossipMessage): Envelope {
  return seal(message, (payload) => crypto.sign(payload));
}

export function unsigned(message: GossipMessage): Envelope {
  return seal(message);
}

/** The key of the attacker called `name`: fixed by the name, so a test can admit it to a channel before it exists. */
export function attackerCrypto(name: string): MessageCryptoService {
  return createNodeEd25519Crypto(keyPairFromSecret(sha256(new TextEncoder().encode(`attacker/${name}`))));
}

/**
 * A hostile peer that speaks the wire protocol by hand: it opens a raw link
 * on the cluster's memory network, passes the ConnEstablish handshake with
 * its own key (so everything it sends arrives over an authenticated link),
 * and then sends whatever frames a test crafts. It records every frame the
 * victim sends back.
 */
export class Attacker {
  readonly crypto: MessageCryptoService;
  readonly endpoint: string;
  readonly pkiId: PkiId;
  /** Frames the victim sent after its ConnEstablish, decoded. */
  readonly received: DecodedFrame[] = [];
  readonly incNum: bigint;
  private seq = 0n;
  private stateInfoSeq = 0n;
  private link: Link | undefined;
  private victimGreeted = false;
  private heartbeat: Timer | undefined;

  constructor(
    private readonly cluster: Cluster,
    name: string,
  ) {
    this.crypto = attackerCrypto(name);
    this.pkiId = this.crypto.pkiId;
    this.endpoint = `mem://${name}`;
    this.incNum = BigInt(Math.floor(cluster.runtime.now()));
  }

  /** Opens an authenticated link to `victim`; returns once both sides hold it. */
  connect(victim: Peer): this {
    const link = this.cluster.net.transport(this.endpoint).dial(victim.endpoint);
    this.link = link;
    link.attach({
      onOpen: () => link.send(encodeEnvelope(connEstablish(this.crypto, link.binding))),
      onFrame: (bytes) => this.record(bytes),
      onClose: () => {},
    });
    this.cluster.until(
      () => this.victimGreeted && victim.gossip.links().some((l) => l.pkiId === this.pkiId),
      5_000,
    );
    return this;
  }

  get open(): boolean {
    return this.link?.open ?? false;
  }

  sendBytes(bytes: Uint8Array): void {
    if (!this.link?.open) throw new Error('the attacker has no open link');
    this.link.send(bytes);
  }

  sendEnvelope(envelope: Envelope): void {
    this.sendBytes(encodeEnvelope(envelope));
  }

  /** Sends a message unsigned, as pull, membership and channel data messages travel. */
  send(message: GossipMessage): void {
    this.sendEnvelope(unsigned(message));
  }

  /** A fresh AliveMessage of the attacker itself, validly signed. */
  alive(): Envelope {
    this.seq += 1n;
    return signed(this.crypto, {
      tag: gossip.GossipMessage.Tag.EMPTY,
      aliveMsg: {
        membership: { endpoint: this.endpoint, metadata: new Uint8Array(0), pkiId: pkiIdToBytes(this.pkiId) },
        timestamp: { incNum: u64(this.incNum), seqNum: u64(this.seq) },
        identity: this.crypto.identity,
      },
    });
  }

  /** An honest MembershipRequest: the attacker's own signed alive message as self_information. */
  membershipRequest(nonce: bigint, selfInformation: Envelope = this.alive()): GossipMessage {
    return { nonce: u64(nonce), tag: gossip.GossipMessage.Tag.EMPTY, memReq: { selfInformation, known: [] } };
  }

  /** A fresh StateInfo of the attacker for `channel`, validly signed. */
  stateInfo(channel: ChannelId, height: number): Envelope {
    this.stateInfoSeq += 1n;
    return signed(this.crypto, {
      tag: gossip.GossipMessage.Tag.CHAN_OR_ORG,
      stateInfo: {
        timestamp: { incNum: u64(this.incNum), seqNum: u64(this.stateInfoSeq) },
        pkiId: pkiIdToBytes(this.pkiId),
        channel_MAC: channelMac(this.pkiId, channel),
        properties: { ledgerHeight: u64(BigInt(height)), leftChannel: false },
      },
    });
  }

  /** Keeps the attacker alive in the victim's membership by sending its alive message periodically. */
  startHeartbeat(periodMs: number): void {
    this.sendEnvelope(this.alive());
    this.heartbeat = this.cluster.runtime.setInterval(() => {
      if (this.open) this.sendEnvelope(this.alive());
    }, periodMs);
  }

  /**
   * The nonce of the next MembershipRequest the victim sends the attacker,
   * waiting for it: a MembershipResponse is taken only when it echoes a live
   * one. The attacker must be alive to the victim (see startHeartbeat).
   */
  askedNonce(timeoutMs = 30_000): bigint {
    const seen = this.framesOf('memReq').length;
    this.cluster.until(() => this.framesOf('memReq').length > seen, timeoutMs);
    return big(this.framesOf('memReq')[seen]?.message.nonce ?? null);
  }

  framesOf<K extends DecodedFrame['content']['case']>(kind: K): DecodedFrame[] {
    return this.received.filter((frame) => frame.content.case === kind);
  }

  close(): void {
    this.heartbeat?.cancel();
    this.link?.close('attacker done');
  }

  private record(bytes: Uint8Array): void {
    const decoded = decodeFrame(bytes);
    if (!decoded.ok) return;
    if (decoded.frame.content.case === 'conn') {
      this.victimGreeted = true;
      return;
    }
    this.received.push(decoded.frame);
  }
}
