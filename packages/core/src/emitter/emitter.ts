import type { GossipConfig } from '../config.js';
import type { PushItem } from '../contracts/index.js';
import type { PkiId } from '../ids.js';
import type { ContentCase } from '../proto/index.js';
import { type Runtime, sample, type Timer } from '../runtime/index.js';

export interface EmitterDeps {
  runtime: Runtime;
  config: GossipConfig;
  send(frame: Uint8Array, kind: ContentCase, to: PkiId): void;
}

interface Pending {
  item: PushItem;
  iterationsLeft: number;
}

/**
 * Fabric's batching emitter: messages wait until the batch holds
 * maxPropagationBurstSize of them or the oldest has waited
 * maxPropagationBurstLatency; each flush pushes every message to
 * propagatePeerNum random eligible peers, propagateIterations times in all
 * (membership and channel state at least once).
 *
 * Blocks (DataMessage) do not wait: their first push goes out within the
 * call that adds them, so no timer sits between a block's receipt and its
 * forwarding (a timer fires late on a busy page, and every hop would pay
 * it); further iterations, if configured, ride the batch. Batching stays for
 * membership and channel-state traffic, where many small messages share a
 * flush.
 */
export class Emitter {
  private batch: Pending[] = [];
  private timer: Timer | undefined;
  private stopped = false;

  constructor(private readonly deps: EmitterDeps) {}

  add(item: PushItem): void {
    const configured = this.deps.config.propagateIterations;
    const iterations = item.essential ? Math.max(1, configured) : configured;
    if (this.stopped || iterations <= 0) return;
    if (item.kind === 'dataMsg') {
      this.push(item);
      if (iterations > 1) this.enqueue({ item, iterationsLeft: iterations - 1 });
      return;
    }
    this.enqueue({ item, iterationsLeft: iterations });
  }

  private enqueue(pending: Pending): void {
    this.batch.push(pending);
    if (this.batch.length >= this.deps.config.maxPropagationBurstSize) this.flush();
    else
      this.timer ??= this.deps.runtime.setTimeout(
        () => this.flush(),
        this.deps.config.maxPropagationBurstLatency,
      );
  }

  flush(): void {
    this.timer?.cancel();
    this.timer = undefined;
    const batch = this.batch;
    this.batch = [];
    for (const pending of batch) {
      this.push(pending.item);
      if (--pending.iterationsLeft > 0) this.batch.push(pending);
    }
    if (this.batch.length > 0) {
      this.timer = this.deps.runtime.setTimeout(
        () => this.flush(),
        this.deps.config.maxPropagationBurstLatency,
      );
    }
  }

  stop(): void {
    this.stopped = true;
    this.timer?.cancel();
    this.batch = [];
  }

  private push(item: PushItem): void {
    const chosen = sample(
      this.deps.runtime,
      item.candidates(),
      item.fanout ?? this.deps.config.propagatePeerNum,
      item.exclude,
    );
    for (const peer of chosen) this.deps.send(item.frame, item.kind, peer);
    item.pushed?.(chosen);
  }
}
