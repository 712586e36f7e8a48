import type { KeyPair, MessageCryptoService } from '../../src/crypto/index.js';
import { createEd25519Crypto } from '../../src/crypto/index.js';
import { createNodeEd25519Crypto } from '../../src/node.js';

/** The two real Ed25519 services: portable (noble, browsers and Node) and Node-native (OpenSSL). */
export const ED25519_IMPLEMENTATIONS: { name: string; create: (keys?: KeyPair) => MessageCryptoService }[] = [
  { name: 'portable (noble)', create: (keys) => createEd25519Crypto(keys) },
  { name: 'Node-native', create: (keys) => createNodeEd25519Crypto(keys) },
];

/** A copy of `bytes` with bit `bit` (0 = lowest bit of byte 0) flipped. */
export function flipBit(bytes: Uint8Array, bit: number): Uint8Array {
  const out = Uint8Array.from(bytes);
  const index = Math.floor(bit / 8);
  out[index] = (out[index] ?? 0) ^ (1 << (bit % 8));
  return out;
}
