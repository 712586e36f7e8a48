import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createEd25519Crypto, generateKeyPair, keyPairFromSecret } from '../../src/crypto/index.js';
import { fromHex, toHex } from '../../src/ids.js';
import { createNodeEd25519Crypto } from '../../src/node.js';
import { ED25519_IMPLEMENTATIONS } from './implementations.js';

/** RFC 8032 §7.1, TEST 1 (empty message). */
const RFC8032_TEST1 = {
  secret: '9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60',
  identity: 'd75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a',
  signature:
    'e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b',
};

/** 32 bytes encoding y = 2, which is not the y-coordinate of any point on edwards25519. */
const NOT_ON_CURVE = fromHex(`02${'00'.repeat(31)}`);

describe.each(ED25519_IMPLEMENTATIONS)('$name follows RFC 8032', ({ create }) => {
  it('derives the test vector identity and signature', () => {
    const service = create(keyPairFromSecret(fromHex(RFC8032_TEST1.secret)));
    expect(toHex(service.identity)).toBe(RFC8032_TEST1.identity);
    expect(toHex(service.sign(new Uint8Array()))).toBe(RFC8032_TEST1.signature);
    expect(service.verify(service.identity, fromHex(RFC8032_TEST1.signature), new Uint8Array())).toBe(true);
  });

  it('refuses an identity that is 32 bytes but not a curve point', () => {
    expect(create().validateIdentity(NOT_ON_CURVE)).toBe(false);
  });
});

describe('the portable and Node-native implementations are the same Ed25519', () => {
  it('one key pair gives both the same identity, PKI-ID and (deterministic) signatures', () => {
    const keys = generateKeyPair();
    const portable = createEd25519Crypto(keys);
    const native = createNodeEd25519Crypto(keys);
    expect(native.identity).toEqual(portable.identity);
    expect(native.pkiId).toBe(portable.pkiId);
    const payload = new TextEncoder().encode('a gossip payload');
    expect(toHex(native.sign(payload))).toBe(toHex(portable.sign(payload)));
  });

  it("each verifies the other's signatures over arbitrary payloads", () => {
    const portable = createEd25519Crypto();
    const native = createNodeEd25519Crypto();
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 512 }), (payload) => {
        expect(native.verify(portable.identity, portable.sign(payload), payload)).toBe(true);
        expect(portable.verify(native.identity, native.sign(payload), payload)).toBe(true);
        expect(native.verify(native.identity, portable.sign(payload), payload)).toBe(false);
      }),
      { numRuns: 100 },
    );
  });

  it('a stored secret key must have 32 bytes', () => {
    expect(() => keyPairFromSecret(new Uint8Array(31))).toThrow(TypeError);
  });
});
