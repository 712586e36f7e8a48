import { createEd25519Crypto } from '@webgossip/core';
import { describe, expect, it } from 'vitest';
import { SharedVerifier } from '../src/peers/shared-verifier.js';

describe('the shared verifier', () => {
  const signer = createEd25519Crypto();
  const payload = new TextEncoder().encode('alive, seq 7');
  const signature = signer.sign(payload);

  it('answers a repeated check from memory, for any peer of the tab', () => {
    const verifier = new SharedVerifier();
    const [one, two] = [verifier.wrap(createEd25519Crypto()), verifier.wrap(createEd25519Crypto())];
    expect(one.verify(signer.identity, signature, payload)).toBe(true);
    expect(two.verify(signer.identity, signature, payload)).toBe(true);
    expect(verifier.stats).toEqual({ reused: 1, computed: 1 });
  });

  it('never reuses a verdict for other payload bytes or another identity', () => {
    const verifier = new SharedVerifier();
    const peer = verifier.wrap(createEd25519Crypto());
    expect(peer.verify(signer.identity, signature, payload)).toBe(true);
    const forged = payload.slice();
    forged[0] = (forged[0] ?? 0) ^ 1;
    expect(peer.verify(signer.identity, signature, forged)).toBe(false);
    expect(peer.verify(createEd25519Crypto().identity, signature, payload)).toBe(false);
    expect(peer.verify(signer.identity, signature, payload)).toBe(true);
  });

  it('keeps the wrapped identity and signs as it does', () => {
    const own = createEd25519Crypto();
    const wrapped = new SharedVerifier().wrap(own);
    expect(wrapped.pkiId).toBe(own.pkiId);
    expect(own.verify(own.identity, wrapped.sign(payload), payload)).toBe(true);
  });
});
