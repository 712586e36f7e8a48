import type { MembershipTracker } from './membership-tracker.js';
import type { Progress } from './progress.js';
import { leaderView } from './setup-phase.js';
import type { FailureDetection } from './sim-result.js';
import type { SimWorld } from './sim-world.js';

const STEP_MS = 50;

/**
 * Crashes one random live channel peer (not the leader)
 * without a goodbye and runs until every other live peer has declared it
 * dead, or until ten expiration timeouts pass.
 */
export function measureFailureDetection(
  world: SimWorld,
  membership: MembershipTracker,
  progress: Progress,
): FailureDetection | undefined {
  const { leader } = leaderView(world);
  const candidates = world
    .live()
    .filter((p) => p.index >= world.scenario.bootstrapPeers && p.pkiId !== leader);
  const victim = candidates[Math.floor(world.runtime.random() * candidates.length)];
  if (!victim) return undefined;
  membership.watchDeath(victim.pkiId);
  const crashedAt = world.now;
  world.crash(victim);
  const deadline = crashedAt + 10 * world.config.aliveExpirationTimeout;
  while (membership.deathSeenShare(victim.pkiId) < 1 && world.now < deadline) {
    world.runtime.advance(STEP_MS);
    progress.tick(
      () =>
        `failure detection t=${((world.now - crashedAt) / 1000).toFixed(1)} s: ${(membership.deathSeenShare(victim.pkiId) * 100).toFixed(1)}% saw peer ${victim.index} dead`,
    );
  }
  const share = membership.deathSeenShare(victim.pkiId);
  return {
    crashedAtMs: crashedAt,
    detectedByAllMs: share >= 1 ? world.now - crashedAt : undefined,
    detectedShare: share,
  };
}
