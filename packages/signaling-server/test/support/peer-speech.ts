import {
  big,
  type Envelope,
  type GossipMessage,
  gossip,
  type MessageCryptoService,
  pkiIdToBytes,
  u64,
} from '@webgossip/core';
import { createNodeEd25519Crypto } from '@webgossip/core/node';
import type { RawClient } from './raw-client.js';

/** An AliveMessage of `crypto`, signed (or with its signature spoiled, as a forger's would be). */
export function aliveOf(
  crypto: MessageCryptoService,
  seq: bigint,
  options: { badSignature?: boolean; incNum?: bigint } = {},
): Envelope {
  const payload = gossip.GossipMessage.encode({
    tag: gossip.GossipMessage.Tag.EMPTY,
    aliveMsg: {
      membership: { endpoint: `sybil://${crypto.pkiId.slice(0, 8)}`, pkiId: pkiIdToBytes(crypto.pkiId) },
      timestamp: { incNum: u64(options.incNum ?? BigInt(Date.now())), seqNum: u64(seq) },
      identity: crypto.identity,
    },
  }).finish();
  const signature = crypto.sign(payload);
  if (options.badSignature) signature[0] = (signature[0] ?? 0) ^ 1;
  return { payload, signature };
}

/** Fresh identities, as a Sybil attacker makes them by the thousand. */
export function identities(count: number): MessageCryptoService[] {
  return Array.from({ length: count }, () => createNodeEd25519Crypto());
}

/** A MembershipRequest frame with `self` as self_information. */
export function membershipRequest(nonce: bigint, self: Envelope): GossipMessage {
  return {
    nonce: u64(nonce),
    tag: gossip.GossipMessage.Tag.EMPTY,
    memReq: { selfInformation: self, known: [] },
  };
}

/** An honest peer speaking over a raw client: it asks for membership and times the answers. */
export class HonestAsker {
  private seq = 0n;
  private nonce = 1_000n;
  readonly latencies: number[] = [];

  constructor(
    readonly client: RawClient,
    readonly crypto: MessageCryptoService,
  ) {}

  /** Sends a MembershipRequest and waits for its answer; returns how long it took in ms. */
  async ask(timeoutMs = 20_000): Promise<number> {
    const nonce = ++this.nonce;
    const started = performance.now();
    this.client.sendMessage(membershipRequest(nonce, aliveOf(this.crypto, ++this.seq)));
    await this.client.next((m) => !!m.memRes && big(m.nonce) === nonce, timeoutMs);
    const took = performance.now() - started;
    this.latencies.push(took);
    return took;
  }
}

/** The q-quantile (0..1) of some figures. */
export function quantile(figures: readonly number[], q: number): number {
  const sorted = [...figures].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
}
