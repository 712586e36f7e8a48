import type { PkiId } from '../ids.js';

/**
 * Fabric's MessageCryptoService, cut to what gossip needs: this peer's
 * signing identity and the checks it runs on everyone else's.
 */
export interface MessageCryptoService {
  /** This peer's identity: the bytes others verify its signatures with. */
  readonly identity: Uint8Array;
  /** SHA-256 of `identity`. */
  readonly pkiId: PkiId;
  /** Whether a real signature scheme backs this service (false only for the simulator's). */
  readonly secure: boolean;
  sign(payload: Uint8Array): Uint8Array;
  verify(identity: Uint8Array, signature: Uint8Array, payload: Uint8Array): boolean;
  /**
   * The same check off the calling task (WebCrypto where the platform has
   * Ed25519), its verdict remembered so that `verify` of the same bytes
   * afterwards is a lookup; answers at once (not a Promise) when the verdict
   * is already known. Absent where checks run synchronously only.
   */
  verifyAsync?(identity: Uint8Array, signature: Uint8Array, payload: Uint8Array): boolean | Promise<boolean>;
  pkiIdOf(identity: Uint8Array): PkiId;
  /** Whether `identity` is well formed for this scheme. */
  validateIdentity(identity: Uint8Array): boolean;
}

/** A signing key and its public identity. */
export interface KeyPair {
  secretKey: Uint8Array;
  identity: Uint8Array;
}

export interface CryptoOptions {
  /**
   * Remember signature verdicts for the process (default true), so engines
   * sharing a tab or process check a gossiped envelope once between them.
   */
  rememberVerdicts?: boolean;
}
