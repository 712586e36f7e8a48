import {
  bytesEqual,
  gossip,
  keyPairFromSecret,
  type MessageCryptoService,
  sha256,
  toHex,
} from '@webgossip/core';
import { afterEach, describe, expect, it } from 'vitest';
import { createNodeEd25519Crypto } from '../../src/node.js';
import { convergeOn } from '../helpers/channel.js';
import { A, Cluster } from '../helpers/cluster.js';

let cluster: Cluster;
afterEach(() => cluster?.stopAll());

interface Checks {
  crypto: MessageCryptoService;
  /** Signature checks of gossiped messages and blocks this peer asked for, by signature. */
  bySignature: Map<string, number>;
  /** Checks of signatures made with this peer's own key. */
  ownChecked: number;
}

/** Real Ed25519 without the process-wide memory of verdicts, recording every check the engine asks for. */
function recordingCrypto(name: string): Checks {
  const inner = createNodeEd25519Crypto(keyPairFromSecret(sha256(new TextEncoder().encode(name))), {
    rememberVerdicts: false,
  });
  const checks: Checks = { crypto: inner, bySignature: new Map(), ownChecked: 0 };
  checks.crypto = {
    ...inner,
    verify(identity, signature, payload) {
      // A handshake is signed per link (the same bytes when a link to the same peer opens again).
      if (!isHandshake(payload)) {
        const key = toHex(signature);
        checks.bySignature.set(key, (checks.bySignature.get(key) ?? 0) + 1);
      }
      if (bytesEqual(identity, inner.identity)) checks.ownChecked++;
      return inner.verify(identity, signature, payload);
    },
  };
  return checks;
}

function isHandshake(payload: Uint8Array): boolean {
  try {
    return gossip.GossipMessage.decode(payload).conn != null;
  } catch {
    return false;
  }
}

describe('every signature is checked once per peer', () => {
  it('relayed duplicates of blocks and membership messages cost no second check, and nobody checks its own', async () => {
    cluster = new Cluster({ seed: 12 });
    const checks: Checks[] = [];
    for (let i = 0; i < 8; i++) {
      const recorded = recordingCrypto(`once/${i}`);
      checks.push(recorded);
      await cluster.add(`p${i}`, i === 0 ? [] : ['mem://p0'], { crypto: recorded.crypto });
    }
    convergeOn(cluster, A);
    const peers = cluster.peers;
    for (let i = 0; i < 6; i++) {
      peers[3]?.gossip.submitTransaction(A, new TextEncoder().encode(`tx-${i}`));
      cluster.until(() => peers.every((p) => p.gossip.ledgerHeight(A) === i + 1), 10_000);
    }
    cluster.run(5_000);
    const repeated = checks.map((c) => [...c.bySignature.values()].filter((n) => n > 1).length);
    expect(repeated).toEqual(checks.map(() => 0));
    expect(checks.map((c) => c.ownChecked)).toEqual(checks.map(() => 0));
    // The peers did check signatures: blocks and relayed membership messages.
    expect(checks.every((c) => c.bySignature.size > 0)).toBe(true);
  });
});
