import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { channelMac, createEd25519Crypto, pkiIdOfIdentity } from '../../src/crypto/index.js';
import { channelId, fromHex, toHex } from '../../src/ids.js';
import { ED25519_IMPLEMENTATIONS } from './implementations.js';

/** SHA-256 from Node's OpenSSL, independent of the hash the code under test uses. */
const sha256Hex = (...parts: Uint8Array[]) => {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part);
  return hash.digest('hex');
};

describe.each(ED25519_IMPLEMENTATIONS)('$name: PKI-ID = SHA-256(identity)', ({ create }) => {
  it('for this peer and for any identity it is shown', () => {
    const self = create();
    const other = createEd25519Crypto();
    expect(self.pkiId).toBe(sha256Hex(self.identity));
    expect(self.pkiIdOf(other.identity)).toBe(sha256Hex(other.identity));
    expect(self.pkiIdOf(self.identity)).toBe(self.pkiId);
    // Asked again (a cached answer), it must still be the right one.
    expect(self.pkiIdOf(other.identity)).toBe(other.pkiId);
  });
});

describe('channel_MAC = SHA-256(pki_id ‖ channel)', () => {
  const peer = pkiIdOfIdentity(new Uint8Array(32).fill(1));
  const otherPeer = pkiIdOfIdentity(new Uint8Array(32).fill(2));
  const channel = channelId('mychannel');

  it('hashes the raw PKI-ID bytes followed by the UTF-8 channel name', () => {
    const expected = sha256Hex(fromHex(peer), new TextEncoder().encode('mychannel'));
    expect(toHex(channelMac(peer, channel))).toBe(expected);
  });

  it('differs per channel and per peer', () => {
    const macs = [
      channelMac(peer, channel),
      channelMac(peer, channelId('otherchannel')),
      channelMac(otherPeer, channel),
    ].map(toHex);
    expect(new Set(macs).size).toBe(3);
  });

  it('handles non-ASCII channel names as UTF-8', () => {
    const name = 'kanal-ü-通道';
    const expected = sha256Hex(fromHex(peer), new TextEncoder().encode(name));
    expect(toHex(channelMac(peer, channelId(name)))).toBe(expected);
  });
});
