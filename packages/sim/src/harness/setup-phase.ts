import type { PkiId } from '@webgossip/core';
import { ConvergedView, viewSizeFor } from './converged-view.js';
import type { MembershipTracker } from './membership-tracker.js';
import type { Progress } from './progress.js';
import type { SetupFigures } from './sim-result.js';
import { endpointOf, type SimWorld } from './sim-world.js';

const CHECK_EVERY_MS = 100;

/** Listing every peer's channel members is O(N²): ask less often. */
const CHANNEL_CHECK_EVERY_MS = 500;

/** The leader most live peers name, and whether all of them name it (a static leader: the first peer, if live). */
export function leaderView(world: SimWorld): { leader: PkiId | undefined; agreed: boolean } {
  if (world.scenario.leader === 'static') {
    const first = world.peers[0];
    return { leader: first?.pkiId, agreed: first?.state === 'live' };
  }
  const votes = new Map<PkiId, number>();
  let undecided = 0;
  const live = world.live();
  for (const peer of live) {
    const leader = peer.gossip.leaderOf(world.channel);
    if (leader === undefined) undecided++;
    else votes.set(leader, (votes.get(leader) ?? 0) + 1);
  }
  let best: PkiId | undefined;
  let bestVotes = 0;
  for (const [leader, n] of votes) {
    if (n > bestVotes || (n === bestVotes && best !== undefined && leader < best)) {
      best = leader;
      bestVotes = n;
    }
  }
  const leaderAlive = best !== undefined && world.peerOf(best)?.state === 'live';
  return { leader: best, agreed: undecided === 0 && bestVotes === live.length && leaderAlive };
}

/** Links each peer of a converged start holds before the first block: a push fanout of 3 over links. */
const OVERLAY_LINKS = 3;

/**
 * Whether every live peer holds enough links to push over (OVERLAY_LINKS,
 * or its whole view when smaller): in a converged start the overlay, too, is
 * taken as formed before the first block. Not more: a peer whose dials were
 * turned away by full peers waits for the next overlay round, an alive period
 * later, which in a converged run means a heartbeat reaching every peer.
 * Always true without an overlay target (Fabric's settings link to whoever
 * they push to).
 */
function overlayFormed(world: SimWorld): boolean {
  const { targetConnections, propagatePeerNum } = world.config;
  if (!Number.isFinite(targetConnections)) return true;
  const wanted = Math.min(targetConnections, propagatePeerNum, OVERLAY_LINKS);
  return world
    .live()
    .every((peer) => peer.gossip.links().length >= Math.min(wanted, peer.gossip.peers().length));
}

function channelConverged(world: SimWorld): boolean {
  const live = world.live();
  return live.every((peer) => peer.gossip.peersOfChannel(world.channel).length >= live.length - 1);
}

/**
 * Starts the peers and lets the protocol run until every peer knows every
 * other (bootstrap start), sees them all in the channel, and agrees on the
 * leader — or until the setup timeout, after which blocks start anyway.
 */
export async function runSetup(
  world: SimWorld,
  membership: MembershipTracker | undefined,
  progress: Progress,
): Promise<SetupFigures> {
  const { scenario } = world;
  const converged = scenario.start === 'converged';
  const startedAt = world.now;
  let initialView: number | undefined;
  if (converged) {
    // Discovery is taken as done: no bootstrap node, every peer knows its share of the view.
    const view = new ConvergedView(
      scenario.seed,
      scenario.peers,
      viewSizeFor(scenario.peers, scenario.knownPeers),
      endpointOf,
    );
    initialView = Math.round(view.meanView() * 10) / 10;
    world.useConvergedView(view);
  } else {
    await world.startBootstraps();
  }
  for (let i = 0; i < scenario.peers; i++) {
    await world.spawn();
    if (i % 500 === 499) progress.tick(() => `starting peers ${i + 1}/${scenario.peers}`);
  }
  const figures: SetupFigures = {
    start: scenario.start,
    peers: scenario.peers,
    initialView,
    readyAtMs: 0,
    membershipConvergedMs: undefined,
    leaderAgreedMs: undefined,
    channelConvergedMs: undefined,
    timedOut: false,
  };
  let nextChannelCheck = startedAt;
  for (;;) {
    const elapsed = world.now - startedAt;
    if (membership && figures.membershipConvergedMs === undefined && membership.converged()) {
      figures.membershipConvergedMs = elapsed;
    }
    const membershipDone = !membership || figures.membershipConvergedMs !== undefined;
    if (world.joinsChannel && figures.leaderAgreedMs === undefined && leaderView(world).agreed)
      figures.leaderAgreedMs = elapsed;
    // A partial view never lists every member: the channel is as converged as the start made it,
    // once the overlay's links are up.
    if (converged && figures.channelConvergedMs === undefined && overlayFormed(world))
      figures.channelConvergedMs = elapsed;
    const channelDone = !world.joinsChannel || figures.channelConvergedMs !== undefined;
    if (!channelDone && membershipDone && world.now >= nextChannelCheck) {
      nextChannelCheck = world.now + CHANNEL_CHECK_EVERY_MS;
      if (channelConverged(world)) figures.channelConvergedMs = elapsed;
    }
    const ready = membershipDone && channelDone && (!world.joinsChannel || leaderView(world).agreed);
    if (ready) break;
    if (elapsed >= scenario.setupTimeoutMs) {
      figures.timedOut = true;
      break;
    }
    world.runtime.advance(CHECK_EVERY_MS);
    progress.tick(
      () =>
        `setup t=${(elapsed / 1000).toFixed(1)} s: least known ${membership ? membership.leastKnown() : '-'}/${world.liveNodes().length - 1}, leader ${figures.leaderAgreedMs === undefined ? 'pending' : 'agreed'}`,
    );
  }
  figures.readyAtMs = world.now - startedAt;
  return figures;
}
