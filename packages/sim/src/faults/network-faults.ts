import type { MemoryNetwork } from '@webgossip/core';
import { BASE_LATENCY_MS } from './timing.js';

/**
 * Fault methods a memory network may have beyond partition, kill and loss.
 * Each is looked up at run time (`typeof net.x === 'function'`), so the
 * fault kinds that need one switch on as soon as the network has it.
 */
export interface NetworkFaultExtensions {
  /** Closes the link between two endpoints at `from` only: `to` is never told and keeps a dead link. */
  closeOneSide?(from: string, to: string): void;
  /** Frames from `from` to `to` are lost until `healOneWay`; frames the other way pass. */
  partitionOneWay?(from: readonly string[], to: readonly string[]): void;
  healOneWay?(): void;
  /** A share of frames (0..1) is delivered twice. */
  setDuplication?(share: number): void;
  /** A share of frames (0..1) may overtake the frame sent before it on the same link. */
  setReordering?(share: number): void;
  /** The latency of the link between two endpoints (both ways); undefined restores the network's. */
  setLinkLatency?(a: string, b: string, latencyMs: number | undefined): void;
}

export type ExtensionName = keyof NetworkFaultExtensions;

export function extensionsOf(net: MemoryNetwork): NetworkFaultExtensions {
  return net as unknown as NetworkFaultExtensions;
}

export function hasExtension(net: MemoryNetwork, name: ExtensionName): boolean {
  return typeof extensionsOf(net)[name] === 'function';
}

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
    return this.hold(this.oneWay, [from, to], () => this.applyOneWay());
  }

  duplicate(share: number): () => void {
    return this.hold(this.duplication, share, () =>
      extensionsOf(this.net).setDuplication?.(max(this.duplication)),
    );
  }

  reorder(share: number): () => void {
    return this.hold(this.reordering, share, () =>
      extensionsOf(this.net).setReordering?.(max(this.reordering)),
    );
  }

  linkLatency(a: string, b: string, latencyMs: number): () => void {
    return this.hold(this.linkLatencies, [a, b, latencyMs], () => {
      const ext = extensionsOf(this.net);
      ext.setLinkLatency?.(a, b, undefined);
      for (const { value } of this.linkLatencies) ext.setLinkLatency?.(value[0], value[1], value[2]);
    });
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
    const ext = extensionsOf(this.net);
    for (const { value } of this.linkLatencies.splice(0)) ext.setLinkLatency?.(value[0], value[1], undefined);
    this.baseLoss = 0;
    this.applyPartition();
    this.applyLoss();
    this.applyLatency();
    this.applyOneWay();
    ext.setDuplication?.(0);
    ext.setReordering?.(0);
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

  private applyPartition(): void {
    const latest = this.partitions.at(-1);
    if (latest) this.net.partition(...latest.value);
    else this.net.heal();
  }

  private applyLoss(): void {
    this.net.configure({ loss: Math.max(this.baseLoss, max(this.losses)) });
  }

  private applyLatency(): void {
    this.net.configure({ latencyMs: Math.max(BASE_LATENCY_MS, max(this.latencies)) });
  }

  private applyOneWay(): void {
    const ext = extensionsOf(this.net);
    const latest = this.oneWay.at(-1);
    if (latest) ext.partitionOneWay?.(latest.value[0], latest.value[1]);
    else ext.healOneWay?.();
  }
}

function max(list: readonly Active<number>[]): number {
  return list.reduce((m, a) => Math.max(m, a.value), 0);
}
