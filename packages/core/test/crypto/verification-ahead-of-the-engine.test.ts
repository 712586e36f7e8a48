import {
  decodeFrame,
  encodeEnvelope,
  gossip,
  keyPairFromSecret,
  type MessageCryptoService,
  pkiIdToBytes,
  sha256,
  toHex,
  u64,
  withWebCryptoVerify,
} from '@webgossip/core';
import { afterEach, describe, expect, it } from 'vitest';
import type { DecodedFrame } from '../../src/comm/frame.js';
import { PreVerifier } from '../../src/comm/pre-verify.js';
import { recallVerdict } from '../../src/crypto/verification-memo.js';
import { createNodeEd25519Crypto } from '../../src/node.js';
import { Attacker, signed } from '../helpers/attacker.js';
import { commonLeader } from '../helpers/channel.js';
import { A, Cluster, type Peer } from '../helpers/cluster.js';
import { DropLog } from '../helpers/drops.js';
import { blockMessage, flipSignature, validBlock } from '../helpers/forged-blocks.js';

let cluster: Cluster;
afterEach(() => cluster?.stopAll());

const subtle = globalThis.crypto.subtle;
const keysOf = (name: string) => keyPairFromSecret(sha256(new TextEncoder().encode(`ahead/${name}`)));

/** What the signature checks of one process cost: WebCrypto checks by signature, and synchronous ones computed. */
interface Ledger {
  asyncBySignature: Map<string, number>;
  syncComputed: string[];
}

/** WebCrypto that counts its checks by signature. */
function countingSubtle(ledger: Ledger): SubtleCrypto {
  return {
    importKey: subtle.importKey.bind(subtle),
    verify: (algorithm: AlgorithmIdentifier, key: CryptoKey, signature: BufferSource, data: BufferSource) => {
      const hex = toHex(new Uint8Array(signature as ArrayBuffer));
      ledger.asyncBySignature.set(hex, (ledger.asyncBySignature.get(hex) ?? 0) + 1);
      return subtle.verify(algorithm, key, signature, data);
    },
  } as SubtleCrypto;
}

/** The kind of signed thing a payload is, as far as this test tells them apart. */
function kindOf(payload: Uint8Array): string {
  try {
    const msg = gossip.GossipMessage.decode(payload);
    for (const kind of ['conn', 'aliveMsg', 'stateInfo', 'leadershipMsg', 'peerIdentity'] as const)
      if (msg[kind] != null) return kind;
  } catch {}
  return 'block header';
}

/** Node's Ed25519 with WebCrypto checking ahead; synchronous checks that find no verdict are recorded. */
function aheadCrypto(name: string, ledger: Ledger, counted: SubtleCrypto): MessageCryptoService {
  const inner = createNodeEd25519Crypto(keysOf(name));
  return withWebCryptoVerify(
    {
      ...inner,
      verify(identity, signature, payload) {
        if (recallVerdict(identity, signature, payload) === undefined)
          ledger.syncComputed.push(kindOf(payload));
        return inner.verify(identity, signature, payload);
      },
    },
    counted,
  );
}

/** Runs virtual time in small steps, letting WebCrypto's promises settle between them. */
async function settle(done: () => boolean, timeoutMs = 30_000): Promise<void> {
  const end = cluster.runtime.now() + timeoutMs;
  while (!done()) {
    if (cluster.runtime.now() > end) throw new Error(`not reached within ${timeoutMs} ms of virtual time`);
    cluster.run(5);
    await new Promise((resolve) => setImmediate(resolve));
  }
}

async function channelOf(size: number, ledger: Ledger): Promise<Peer[]> {
  cluster = new Cluster({ seed: 77 });
  const counted = countingSubtle(ledger);
  for (let i = 0; i < size; i++)
    await cluster.add(`p${i}`, i === 0 ? [] : ['mem://p0'], {
      crypto: aheadCrypto(`p${i}`, ledger, counted),
    });
  const peers = cluster.peers;
  for (const peer of peers) peer.gossip.joinChan({}, A);
  await settle(() => cluster.fullMembership());
  await settle(() => peers.every((p) => p.gossip.peersOfChannel(A).length === size - 1));
  await settle(() => commonLeader(peers, A) !== undefined);
  return peers;
}

describe('signatures checked asynchronously ahead of the engine', () => {
  it('membership and blocks converge, each signature is checked once in the process, and the engine finds every verdict', async () => {
    const ledger: Ledger = { asyncBySignature: new Map(), syncComputed: [] };
    const peers = await channelOf(6, ledger);
    for (let i = 0; i < 5; i++) {
      peers[2]?.gossip.submitTransaction(A, new TextEncoder().encode(`tx-${i}`));
      await settle(() => peers.every((p) => p.gossip.ledgerHeight(A) === i + 1), 10_000);
    }
    cluster.run(3_000);
    expect(ledger.asyncBySignature.size).toBeGreaterThan(0);
    expect([...ledger.asyncBySignature.values()].filter((n) => n > 1)).toEqual([]);
    // Left to the synchronous path: handshakes (one per link) and identities pulled; nothing gossiped.
    expect(ledger.syncComputed.filter((kind) => kind !== 'conn' && kind !== 'peerIdentity')).toEqual([]);
  });

  it('a forged alive message and a badly signed block are still dropped and counted as bad signatures', async () => {
    const ledger: Ledger = { asyncBySignature: new Map(), syncComputed: [] };
    const [honest, victim] = (await channelOf(3, ledger)) as [Peer, Peer];
    const drops = new DropLog(victim);
    const evil = new Attacker(cluster, 'evil').connect(victim);
    evil.sendEnvelope(
      signed(evil.crypto, {
        aliveMsg: {
          membership: { pkiId: pkiIdToBytes(honest.gossip.self.pkiId), endpoint: evil.endpoint },
          timestamp: { incNum: u64(1n << 60n), seqNum: u64(1n) },
        },
      }),
    );
    evil.send(blockMessage(A, 0, flipSignature(validBlock(honest.crypto, A, 0))));
    await settle(() => drops.reasonsFrom(evil.pkiId).length >= 2, 5_000);
    expect(drops.reasonsFrom(evil.pkiId, 'aliveMsg')).toEqual(['bad-signature']);
    expect(drops.reasonsFrom(evil.pkiId, 'dataMsg')).toEqual(['bad-signature']);
    expect(drops.counted('bad-signature')).toBeGreaterThanOrEqual(2);
    expect(victim.gossip.ledgerHeight(A)).toBe(0);
  });
});

describe('the asynchronous stage keeps each link in order', () => {
  /** A crypto whose asynchronous checks finish when the test says so. */
  function heldCrypto() {
    const held = new Map<string, (ok: boolean) => void>();
    const crypto = {
      ...createNodeEd25519Crypto(keysOf('holder')),
      verifyAsync: (_identity: Uint8Array, signature: Uint8Array) =>
        new Promise<boolean>((resolve) => held.set(toHex(signature), resolve)),
    } satisfies MessageCryptoService;
    return { crypto, held };
  }

  const author = createNodeEd25519Crypto(keysOf('author'));
  const aliveFrame = (seq: bigint): DecodedFrame => {
    const envelope = signed(author, {
      aliveMsg: {
        membership: { pkiId: pkiIdToBytes(author.pkiId), endpoint: 'mem://author' },
        timestamp: { incNum: u64(1n), seqNum: u64(seq) },
        identity: author.identity,
      },
    });
    const decoded = decodeFrame(encodeEnvelope(envelope));
    if (!decoded.ok) throw decoded.error;
    return decoded.frame;
  };
  const plainFrame = (): DecodedFrame => {
    const decoded = decodeFrame(
      encodeEnvelope({ payload: gossip.GossipMessage.encode({ empty: {} }).finish() }),
    );
    if (!decoded.ok) throw decoded.error;
    return decoded.frame;
  };

  it('a message waits for the checks of earlier ones on its link, never for another link', async () => {
    const { crypto, held } = heldCrypto();
    const stage = new PreVerifier({ crypto, identityOf: () => undefined, aliveIsNews: () => true });
    const [linkA, linkB] = [{}, {}];
    const order: string[] = [];
    const [first, third] = [aliveFrame(1n), aliveFrame(2n)];
    stage.submit(linkA, first, () => order.push('A1'));
    stage.submit(linkA, plainFrame(), () => order.push('A2'));
    stage.submit(linkA, third, () => order.push('A3'));
    stage.submit(linkB, plainFrame(), () => order.push('B1'));
    expect(order).toEqual(['B1']);
    held.get(toHex(third.envelope.signature ?? new Uint8Array(0)))?.(true);
    await new Promise((resolve) => setImmediate(resolve));
    expect(order).toEqual(['B1']);
    held.get(toHex(first.envelope.signature ?? new Uint8Array(0)))?.(true);
    await new Promise((resolve) => setImmediate(resolve));
    expect(order).toEqual(['B1', 'A1', 'A2', 'A3']);
  });

  it('an alive message that is news is checked, from its author too; one that is no news is not', () => {
    const { crypto, held } = heldCrypto();
    let news = true;
    const stage = new PreVerifier({ crypto, identityOf: () => undefined, aliveIsNews: () => news });
    const order: string[] = [];
    stage.submit({}, aliveFrame(1n), () => order.push('direct'));
    expect(held.size).toBe(1);
    for (const settle of held.values()) settle(true);
    held.clear();
    news = false;
    stage.submit({}, aliveFrame(2n), () => order.push('stale relayed'));
    expect(held.size).toBe(0);
  });
});
