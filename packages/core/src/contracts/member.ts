import type { PkiId } from '../ids.js';

/** A peer as membership knows it (Fabric's discovery.NetworkMember). */
export interface NetworkMember {
  pkiId: PkiId;
  endpoint: string;
  /** Application metadata from the peer's AliveMessage (the dashboard puts a display name here). */
  metadata: Uint8Array;
  /** The peer's identity (public key). */
  identity: Uint8Array;
}

/** A member of a channel, with what its latest StateInfo says. */
export interface ChannelMember extends NetworkMember {
  ledgerHeight: number;
}

/** Who a point-to-point message goes to (Fabric's comm.RemotePeer). */
export interface RemotePeer {
  pkiId: PkiId;
  endpoint?: string;
}
