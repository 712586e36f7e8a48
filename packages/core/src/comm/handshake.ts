import type { ChannelBinding, DropReason } from '../contracts/index.js';
import type { MessageCryptoService } from '../crypto/index.js';
import { sha256 } from '../crypto/index.js';
import { bytesEqual, type PkiId, pkiIdFromBytes, pkiIdToBytes } from '../ids.js';
import { type Envelope, seal } from '../proto/index.js';
import type { DecodedFrame } from './frame.js';

const encoder = new TextEncoder();

function certHash(fingerprint: string): Uint8Array {
  return sha256(encoder.encode(fingerprint.trim().toLowerCase()));
}

/**
 * The ConnEstablish this peer sends as the first frame of a link: signed,
 * and bound to the link's certificate so a relay that terminates the
 * link itself cannot forward it.
 */
export function connEstablish(crypto: MessageCryptoService, binding: ChannelBinding | null): Envelope {
  return seal(
    {
      conn: {
        pkiId: pkiIdToBytes(crypto.pkiId),
        identity: crypto.identity,
        tlsCertHash: binding ? certHash(binding.local) : new Uint8Array(0),
      },
    },
    (payload) => crypto.sign(payload),
  );
}

export type HandshakeResult =
  | { ok: true; pkiId: PkiId; identity: Uint8Array }
  | { ok: false; reason: DropReason; detail: string };

/** Checks a peer's ConnEstablish: self-consistent, signed by its identity, and bound to this link. */
export function verifyConnEstablish(
  crypto: MessageCryptoService,
  frame: DecodedFrame,
  binding: ChannelBinding | null,
): HandshakeResult {
  if (frame.content.case !== 'conn') {
    return { ok: false, reason: 'unauthenticated', detail: `first frame was ${frame.content.case}` };
  }
  const conn = frame.content.value;
  const identity = conn.identity ?? new Uint8Array(0);
  const claimed = conn.pkiId ?? new Uint8Array(0);
  if (!crypto.validateIdentity(identity)) {
    return { ok: false, reason: 'handshake-failed', detail: 'malformed identity' };
  }
  const pkiId = crypto.pkiIdOf(identity);
  if (pkiIdFromBytes(claimed) !== pkiId) {
    return { ok: false, reason: 'handshake-failed', detail: 'pki_id is not the hash of identity' };
  }
  if (pkiId === crypto.pkiId) {
    return { ok: false, reason: 'handshake-failed', detail: 'a link to self' };
  }
  if (!crypto.verify(identity, frame.envelope.signature, frame.payload)) {
    return { ok: false, reason: 'bad-signature', detail: 'ConnEstablish signature does not verify' };
  }
  const expected = binding ? certHash(binding.remote) : new Uint8Array(0);
  if (!bytesEqual(conn.tlsCertHash ?? new Uint8Array(0), expected)) {
    return {
      ok: false,
      reason: 'binding-mismatch',
      detail: 'tls_cert_hash does not match the certificate the link verified',
    };
  }
  return { ok: true, pkiId, identity };
}
