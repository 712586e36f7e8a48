import { preferLinked } from '../channel/context.js';
import type { Comm } from '../comm/comm.js';
import type { GossipConfig } from '../config.js';
import type { Discovery } from '../discovery/index.js';
import type { PkiId } from '../ids.js';
import { memoized } from '../memo.js';
import { type Runtime, sample, type Timer } from '../runtime/index.js';

export interface OverlayDeps {
  runtime: Runtime;
  config: GossipConfig;
  comm: Comm;
  discovery: Discovery;
}

/**
 * The peer's few links (webgossip caps them): keeps targetConnections of
 * them to random alive peers, and says where pushes go, linked peers first.
 */
export class Overlay {
  private timer: Timer | undefined;

  /** Where membership messages are pushed: alive peers, linked ones preferred. */
  readonly aliveTargets: () => readonly PkiId[];

  constructor(private readonly deps: OverlayDeps) {
    this.aliveTargets = this.targets(() => deps.discovery.aliveIds());
  }

  start(): void {
    const { config, runtime } = this.deps;
    if (!Number.isFinite(config.targetConnections)) return;
    // Members known from the start (a converged start) are linked to at once, not a round later.
    this.maintain(config.targetConnections);
    this.timer = runtime.setInterval(() => this.maintain(2), config.aliveTimeInterval);
  }

  stop(): void {
    this.timer?.cancel();
  }

  /** Of `ids`, the linked ones when there are enough of them (see preferLinked). */
  prefer(ids: PkiId[]): PkiId[] {
    return preferLinked({ isLinked: (pkiId) => this.deps.comm.has(pkiId), config: this.deps.config }, ids);
  }

  /** Push targets among `eligible()`, rebuilt only when membership or links change. */
  targets(eligible: () => PkiId[]): () => readonly PkiId[] {
    const { discovery, comm } = this.deps;
    return memoized(
      () => `${discovery.version}/${comm.linkVersion}`,
      () => this.prefer(eligible()),
    );
  }

  /** Dials random alive peers up to targetConnections, at most `perRound` at a time. */
  private maintain(perRound: number): void {
    const { comm, discovery, config, runtime } = this.deps;
    const missing = Math.min(perRound, config.targetConnections - comm.ordinaryLinks());
    if (missing <= 0) return;
    const linked = new Set(comm.linked());
    const candidates = discovery
      .alive()
      .filter((m) => !linked.has(m.pkiId) && comm.canDial(m.endpoint))
      .map((m) => m.endpoint);
    for (const endpoint of sample(runtime, candidates, missing)) comm.connect(endpoint);
  }
}
