import type { PkiId } from '../ids.js';
import type { MessageCryptoService } from './crypto-service.js';

/**
 * PKI-ID → identity, learned from handshakes, alive messages and the
 * identity puller; an identity is accepted only if it hashes to its PKI-ID.
 */
export class IdentityStore {
  private readonly identities = new Map<PkiId, Uint8Array>();

  constructor(private readonly crypto: MessageCryptoService) {
    this.identities.set(crypto.pkiId, crypto.identity);
  }

  /** Records an identity; false when it is malformed or does not hash to `pkiId`. */
  put(pkiId: PkiId, identity: Uint8Array): boolean {
    if (this.identities.has(pkiId)) return true;
    if (!this.crypto.validateIdentity(identity) || this.crypto.pkiIdOf(identity) !== pkiId) return false;
    // A copy: a decoded field is often a view into a whole frame, which the store must not keep alive.
    this.identities.set(pkiId, new Uint8Array(identity));
    return true;
  }

  get(pkiId: PkiId): Uint8Array | undefined {
    return this.identities.get(pkiId);
  }

  has(pkiId: PkiId): boolean {
    return this.identities.has(pkiId);
  }

  ids(): PkiId[] {
    return [...this.identities.keys()];
  }

  /** Verifies a signature by the holder of `pkiId`; false when its identity is unknown. */
  verify(pkiId: PkiId, signature: Uint8Array, payload: Uint8Array): boolean | 'unknown' {
    const identity = this.identities.get(pkiId);
    if (!identity) return 'unknown';
    return this.crypto.verify(identity, signature, payload);
  }
}
