import { type ChannelDeps, mayBelong } from '../channel/context.js';
import type { ChannelId, PkiId } from '../ids.js';
import type { Parts } from './wiring.js';

/**
 * What one channel's parts take from the peer: the one place a channel is
 * wired. `incNum` starts the channel's own messages (a rejoin starts above
 * those that announced the leave); `members` restricts who belongs.
 */
export function channelDeps(
  parts: Parts,
  channel: ChannelId,
  members: ReadonlySet<PkiId> | undefined,
  incNum: bigint,
): ChannelDeps {
  const { comm, discovery, outbox, overlay } = parts;
  return {
    channel,
    runtime: parts.runtime,
    config: parts.config,
    crypto: parts.crypto,
    identities: parts.identities,
    events: parts.events,
    incNum,
    members,
    produceBlocks: parts.options.produceBlocks ?? true,
    leaderMode: parts.leaderMode,
    drop: parts.drop,
    metrics: parts.metrics,
    send: (envelope, kind, to) => outbox.send(envelope, kind, { pkiId: to }),
    push: (item) => outbox.push(item),
    aliveIds: () => discovery.aliveIds(),
    pushTargets: overlay.channelTargets(channel, () =>
      discovery.aliveIds().filter((id) => mayBelong({ members }, id)),
    ),
    isLinked: (pkiId) => comm.has(pkiId),
    membershipVersion: () => discovery.version,
  };
}
