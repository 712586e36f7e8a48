import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createInsecureSimCrypto } from '../../src/crypto/index.js';
import { ED25519_IMPLEMENTATIONS, flipBit } from './implementations.js';

const seed = (n: number) => new Uint8Array([n, n >> 8, 0, 1]);

describe('createInsecureSimCrypto (simulator only)', () => {
  const alice = createInsecureSimCrypto(seed(1));
  const bob = createInsecureSimCrypto(seed(2));
  const payload = new TextEncoder().encode('a block for the simulator');

  it('declares itself insecure, unlike the real Ed25519 services', () => {
    expect(alice.secure).toBe(false);
    for (const { create } of ED25519_IMPLEMENTATIONS) expect(create().secure).toBe(true);
  });

  it('accepts what the holder of the identity tagged', () => {
    expect(bob.verify(alice.identity, alice.sign(payload), payload)).toBe(true);
  });

  it('catches any corrupted payload bit and any corrupted tag bit', () => {
    const tag = alice.sign(payload);
    fc.assert(
      fc.property(fc.nat(payload.length * 8 - 1), fc.nat(tag.length * 8 - 1), (payloadBit, tagBit) => {
        expect(bob.verify(alice.identity, tag, flipBit(payload, payloadBit))).toBe(false);
        expect(bob.verify(alice.identity, flipBit(tag, tagBit), payload)).toBe(false);
      }),
      { numRuns: 1000 },
    );
  });

  it("refuses a tag checked against another peer's identity", () => {
    expect(bob.verify(bob.identity, alice.sign(payload), payload)).toBe(false);
  });

  it('is deterministic from its seed and keeps PKI-ID = SHA-256(identity)', () => {
    expect(createInsecureSimCrypto(seed(1)).identity).toEqual(alice.identity);
    expect(bob.identity).not.toEqual(alice.identity);
    expect(alice.pkiId).toBe(createHash('sha256').update(alice.identity).digest('hex'));
    expect(alice.pkiIdOf(bob.identity)).toBe(bob.pkiId);
    expect(alice.validateIdentity(bob.identity)).toBe(true);
    expect(alice.validateIdentity(new Uint8Array(31))).toBe(false);
  });
});
