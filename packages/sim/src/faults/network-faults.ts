import type { MemoryNetwork } from '@webgossip/core';
import { BASE_LATENCY_MS } from './timing.js';

interface Active<T> {
  id: number;
  value: T;
}

/**
 * The network's fault state while faults overlap: the latest partition that
 * is still on holds; loss and latency are the highest of those on (and the
 * window's base loss); an ended fault restores what the others leave.
 */
export class NetworkFaults {
  private nextId = 0;
  private baseLoss = 0;
  private readonly partitions: Active<string[][]>[] = [];
  private readonly losses: Active<number>[] = [];
  private readonly latencies: Active<number>[] = [];
  private readonly oneWay: Active<[string[], string[]]>[] = [];
  private readonly duplication: Active<number>[] = [];
  private readonly reordering: Active<number>[] = [];
  private readonly linkLatencies: Active<[string, string, number]>[] = [];

  constructor(private readonly net: MemoryNetwork) {}

  setBaseLoss(loss: number): void {
    this.baseLoss = loss;
    this.applyLoss();
  }

  partition(groups: string[][]): () => void {
    return this.hold(this.partitions, groups, () => this.applyPartition());
  }

  loss(loss: number): () => void {
    return this.hold(this.losses, loss, () => this.applyLoss());
  }

  latency(latencyMs: number): () => void {
    return this.hold(this.latencies, latencyMs, () => this.applyLatency());
  }

  partitionOneWay(from: string[], to: string[]): () => void {
    return this.hold(this.oneWay, [from, to], () => this.applyPartition());
  }

  duplicate(share: number): () => void {
    return this.hold(this.duplication, share, () => this.net.configure({ duplicate: max(this.duplication) }));
  }

  reorder(share: number): () => void {
    return this.hold(this.reordering, share, () => this.net.configure({ reorder: max(this.reordering) }));
  }

  linkLatency(a: string, b: string, latencyMs: number): () => void {
    return this.hold(this.linkLatencies, [a, b, latencyMs], () => {
      this.net.clearLatency(a, b);
      for (const { value } of this.linkLatencies) this.net.setLatency(value[0], value[1], value[2]);
    });
  }

  /** Closes the links between `a` and `b` on a's side only: b keeps a link that is dead. */
  closeOneSided(a: string, b: string): void {
    this.net.closeOneSided(a, b, 'closed on one side');
  }

  /** Ends every fault: no partition, no loss, the base latency. */
  healAll(): void {
    for (const list of [
      this.partitions,
      this.losses,
      this.latencies,
      this.oneWay,
      this.duplication,
      this.reordering,
    ])
      list.length = 0;
    this.linkLatencies.length = 0;
    this.net.clearLatency();
    this.baseLoss = 0;
    this.applyPartition();
    this.applyLoss();
    this.applyLatency();
    this.net.configure({ duplicate: 0, reorder: 0 });
  }

  private hold<T>(list: Active<T>[], value: T, apply: () => void): () => void {
    const id = this.nextId++;
    list.push({ id, value });
    apply();
    return () => {
      const at = list.findIndex((a) => a.id === id);
      if (at < 0) return;
      list.splice(at, 1);
      apply();
    };
  }

  /** The latest partition and the latest one-way cut still on (heal clears both, so both are set again). */
  private applyPartition(): void {
    this.net.heal();
    const latest = this.partitions.at(-1);
    if (latest) this.net.partition(...latest.value);
    const oneWay = this.oneWay.at(-1);
    if (oneWay) this.net.cut(oneWay.value[0], oneWay.value[1]);
  }

  private applyLoss(): void {
    this.net.configure({ loss: Math.max(this.baseLoss, max(this.losses)) });
  }

  private applyLatency(): void {
    this.net.configure({ latencyMs: Math.max(BASE_LATENCY_MS, max(this.latencies)) });
  }
}

function max(list: readonly Active<number>[]): number {
  return list.reduce((m, a) => Math.max(m, a.value), 0);
}
