import type { ChannelDeps } from '../channel/context.js';
import { type GossipConfig, presets, resolveConfig } from '../config.js';
import type { NetworkMember, Transport } from '../contracts/index.js';
import type { MessageCryptoService } from '../crypto/index.js';
import type { ChannelId } from '../ids.js';
import type { Runtime } from '../runtime/index.js';

/** What createGossip needs: collaborators, who this peer is, and any config overrides. */
export interface GossipOptions extends Partial<GossipConfig> {
  runtime: Runtime;
  transport: Transport;
  /** The endpoint other peers reach this one at (published in its AliveMessage). */
  endpoint: string;
  /** Endpoints of bootstrap peers: asked for membership until one answers, and never forgotten. */
  bootstrap?: readonly string[];
  /** Signing identity; a fresh Ed25519 key pair when absent. */
  crypto?: MessageCryptoService;
  /** Application metadata published in this peer's AliveMessage (e.g. a display name). */
  metadata?: Uint8Array;
  /** PeerTime.inc_num: must grow across restarts of the same identity (default: runtime.now()). */
  incNum?: bigint;
  /** Blocks this peer already holds for a channel (serialized Block, seq 0 first), loaded on joinChan. */
  restoreLedger?: (channel: ChannelId) => readonly Uint8Array[];
  /** The base configuration the overrides apply to (default presets.webgossip). */
  preset?: GossipConfig;
  /**
   * Members known at start, treated as alive until they expire (a converged
   * start for large simulations, where discovering everyone is O(N²));
   * replaced by their real AliveMessages.
   */
  initialMembers?: readonly NetworkMember[];
  /** Whether this peer cuts blocks from transactions when it leads a channel (default true). */
  produceBlocks?: boolean;
  /**
   * Fabric's peer.gossip.useLeaderElection (default true). When false, no
   * election runs and this peer sends no LeadershipMessages: it leads every
   * channel it joins exactly when `orgLeader` is set (a static leader).
   */
  useLeaderElection?: boolean;
  /** Fabric's peer.gossip.orgLeader: this peer is its channels' static leader (needs useLeaderElection false). */
  orgLeader?: boolean;
}

const CONFIG_KEYS = new Set(Object.keys(presets.fabric));

/** The configuration the options make: their config keys over the preset (default presets.webgossip). */
export function configOf(options: GossipOptions): GossipConfig {
  const overrides: Partial<GossipConfig> = {};
  for (const [key, value] of Object.entries(options)) {
    if (CONFIG_KEYS.has(key) && value !== undefined) (overrides as Record<string, unknown>)[key] = value;
  }
  return resolveConfig(overrides, options.preset ?? presets.webgossip);
}

/** Fabric's two leader settings as one mode; both on at once is a configuration error, as in Fabric. */
export function leaderModeOf(options: GossipOptions): ChannelDeps['leaderMode'] {
  const elect = options.useLeaderElection ?? true;
  if (elect && options.orgLeader)
    throw new RangeError(
      'useLeaderElection and orgLeader cannot both be true: choose an elected or a static leader',
    );
  if (elect) return 'elected';
  return options.orgLeader && (options.produceBlocks ?? true) ? 'static-leader' : 'static-follower';
}
