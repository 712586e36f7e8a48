import type { PkiId } from '../ids.js';

/** A link this peer holds, as `Gossip.links()` reports it. */
export interface LinkInfo {
  pkiId: PkiId;
  endpoint: string;
  /** The last measured round-trip time in ms, when known. */
  rttMs: number | undefined;
  /** Whether this is a link to a bootstrap peer. */
  bootstrap: boolean;
}
