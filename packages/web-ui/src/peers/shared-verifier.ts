import { bytesEqual, type MessageCryptoService, toHex } from '@webgossip/core';

const CAPACITY = 8192;

interface Verdict {
  identity: Uint8Array;
  payload: Uint8Array;
  valid: boolean;
}

/**
 * Remembers signature checks for all the peers of one tab. Every peer checks
 * every alive message, StateInfo and block it receives; with lab peers the
 * same signature would otherwise be checked once per peer in the same page.
 * A remembered verdict is reused only for the exact same signature, identity
 * and payload bytes, so nothing unverified is ever accepted.
 */
export class SharedVerifier {
  private verdicts = new Map<string, Verdict>();
  /** Checks answered from memory, and checks computed. */
  readonly stats = { reused: 0, computed: 0 };

  /** The same crypto service, its `verify` answered from the shared memory when it can be. */
  wrap(crypto: MessageCryptoService): MessageCryptoService {
    const ahead = crypto.verifyAsync?.bind(crypto);
    return {
      ...(ahead ? { verifyAsync: ahead } : {}),
      identity: crypto.identity,
      pkiId: crypto.pkiId,
      secure: crypto.secure,
      sign: (payload) => crypto.sign(payload),
      verify: (identity, signature, payload) => this.verify(crypto, identity, signature, payload),
      pkiIdOf: (identity) => crypto.pkiIdOf(identity),
      validateIdentity: (identity) => crypto.validateIdentity(identity),
    };
  }

  private verify(
    crypto: MessageCryptoService,
    identity: Uint8Array,
    signature: Uint8Array,
    payload: Uint8Array,
  ): boolean {
    const key = toHex(signature);
    const known = this.verdicts.get(key);
    if (known && bytesEqual(known.identity, identity) && bytesEqual(known.payload, payload)) {
      this.stats.reused++;
      return known.valid;
    }
    const valid = crypto.verify(identity, signature, payload);
    this.stats.computed++;
    // Dropping everything at capacity is cheaper than LRU bookkeeping; the memory refills within seconds.
    if (this.verdicts.size >= CAPACITY) this.verdicts = new Map();
    this.verdicts.set(key, { identity: identity.slice(), payload: payload.slice(), valid });
    return valid;
  }
}
