import type { GossipConfig } from '../config.js';
import type { PkiId } from '../ids.js';

/** The timing knobs of one election (a full GossipConfig fits). */
export type ElectionConfig = Pick<
  GossipConfig,
  'startupGracePeriod' | 'membershipSampleInterval' | 'leaderAliveThreshold' | 'leaderElectionDuration'
>;

/** What an election needs from the channel it runs for. */
export interface ElectionAdapter {
  /**
   * Gossip a signed LeadershipMessage of this peer to the channel's peers:
   * a proposal (false) or a declaration (true).
   */
  gossip(isDeclaration: boolean): void;
  /** The alive peers of the channel, this peer excluded (its view of its partition). */
  peers(): PkiId[];
}

/** Called whenever the known leader or whether it is this peer changes. */
export type LeaderChangeHandler = (leader: PkiId | undefined, isSelf: boolean) => void;
