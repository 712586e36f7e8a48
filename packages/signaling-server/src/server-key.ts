import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  fromHex,
  generateKeyPair,
  keyPairFromSecret,
  type MessageCryptoService,
  toHex,
} from '@webgossip/core';
import { createNodeEd25519Crypto } from '@webgossip/core/node';

/**
 * The server's signing identity, kept in a file so that a restarted server is
 * the same peer (same PKI-ID, newer inc_num): peers that probe it by its
 * endpoint find whom they expect, and resurrect it instead of meeting a stranger.
 */
export function loadServerIdentity(path: string): MessageCryptoService {
  let secret: Uint8Array | undefined;
  try {
    const text = readFileSync(path, 'utf8').trim();
    if (/^[0-9a-f]{64}$/i.test(text)) secret = fromHex(text);
  } catch {
    // no key yet: one is made below
  }
  if (!secret) {
    secret = generateKeyPair().secretKey;
    writeFileSync(path, `${toHex(secret)}\n`, { mode: 0o600 });
  }
  return createNodeEd25519Crypto(keyPairFromSecret(secret));
}

/** Where the key lives unless --key-file says otherwise: one file per port. */
export function defaultKeyFile(port: number): string {
  return join(tmpdir(), `webgossip-server-${port}.key`);
}
