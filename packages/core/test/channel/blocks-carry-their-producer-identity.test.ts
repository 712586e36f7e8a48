import { channelId, gossip, IdentityStore, keyPairFromSecret, pkiIdToBytes, sha256 } from '@webgossip/core';
import { describe, expect, it } from 'vitest';
import { verifyBlock } from '../../src/channel/block.js';
import { createNodeEd25519Crypto } from '../../src/node.js';
import { validBlock } from '../helpers/forged-blocks.js';

const A = channelId('A');
const cryptoOf = (name: string) =>
  createNodeEd25519Crypto(keyPairFromSecret(sha256(new TextEncoder().encode(name))));

/** The block with `change` applied to its header, signed again by `signer`. */
function reheader(
  bytes: Uint8Array,
  signer: ReturnType<typeof cryptoOf>,
  change: Partial<gossip.BlockHeader.$Properties>,
): Uint8Array {
  const block = gossip.Block.decode(bytes);
  const header = gossip.BlockHeader.decode(block.header);
  const rewritten = gossip.BlockHeader.encode({ ...header, ...change }).finish();
  return gossip.Block.encode({ ...block, header: rewritten, signature: signer.sign(rewritten) }).finish();
}

describe('a block carries its producer identity', () => {
  it('verifies at a peer that never heard of the producer, which learns the identity from it', () => {
    const producer = cryptoOf('producer');
    const reader = new IdentityStore(cryptoOf('reader'));
    expect(reader.has(producer.pkiId)).toBe(false);

    const check = verifyBlock(reader, validBlock(producer, A, 0), A, 0);

    expect(check.ok).toBe(true);
    expect(reader.get(producer.pkiId)).toEqual(producer.identity);
  });

  it('is refused when the identity it carries does not hash to the producer it names', () => {
    const victim = cryptoOf('victim');
    const forger = cryptoOf('forger');
    const reader = new IdentityStore(cryptoOf('reader'));
    // Names the victim as producer but carries (and signs with) the forger's identity.
    const forged = reheader(validBlock(forger, A, 0), forger, { producer: pkiIdToBytes(victim.pkiId) });

    const check = verifyBlock(reader, forged, A, 0);

    expect(check).toMatchObject({ ok: false, reason: 'invalid' });
    expect(reader.has(victim.pkiId)).toBe(false);
  });

  it('is refused when it carries the producer identity but another key signed it', () => {
    const victim = cryptoOf('victim');
    const forger = cryptoOf('forger');
    const reader = new IdentityStore(cryptoOf('reader'));
    const forged = reheader(validBlock(forger, A, 0), forger, {
      producer: pkiIdToBytes(victim.pkiId),
      producerIdentity: victim.identity,
    });

    expect(verifyBlock(reader, forged, A, 0)).toMatchObject({ ok: false, reason: 'bad-signature' });
  });
});
