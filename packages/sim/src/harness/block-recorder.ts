import type { BlockVia, PkiId } from '@webgossip/core';
import { type BlockArrivals, noArrivals } from '../stats/coverage.js';
import type { SimPeer, SimWorld } from './sim-world.js';

interface Arrival {
  atMs: number;
  via: BlockVia;
}

interface BlockRecord {
  seq: number;
  createdAtMs: number;
  producer: PkiId;
  arrivals: Map<number, Arrival>;
}

/**
 * Listens to every peer's 'block-added' events and keeps, per block cut in
 * the measured phase, who got it when and how.
 */
export class BlockRecorder {
  private readonly blocks = new Map<number, BlockRecord>();
  private measuringFrom = Number.POSITIVE_INFINITY;

  constructor(private readonly world: SimWorld) {
    world.onPeer((peer) => this.attach(peer));
  }

  /** Blocks cut from now on are measured; earlier ones (if any) are not. */
  startMeasuring(): void {
    this.measuringFrom = this.world.now;
  }

  /** Blocks measured so far, by sequence number. */
  count(): number {
    return this.blocks.size;
  }

  /** Whether every live peer that had joined before it was cut holds each measured block. */
  allDelivered(): boolean {
    const live = this.world.live();
    for (const block of this.blocks.values()) {
      for (const peer of live) {
        if (peer.joinedAtMs <= block.createdAtMs && !block.arrivals.has(peer.index)) return false;
      }
    }
    return true;
  }

  /** Share of live peers holding the least-spread block (for progress lines). */
  worstCoverage(): number {
    const live = this.world.live();
    let worst = 1;
    for (const block of this.blocks.values()) {
      let got = 0;
      for (const peer of live) if (block.arrivals.has(peer.index)) got++;
      worst = Math.min(worst, live.length === 0 ? 1 : got / live.length);
    }
    return worst;
  }

  /**
   * Arrivals per block among the peers that count: live at the end and
   * members of the channel before the block was cut.
   */
  arrivals(): BlockArrivals[] {
    const live = this.world.live();
    return [...this.blocks.values()]
      .sort((a, b) => a.seq - b.seq)
      .map((block) => {
        const eligible = live.filter((peer) => peer.joinedAtMs <= block.createdAtMs);
        const via = noArrivals();
        const delaysMs: number[] = [];
        for (const peer of eligible) {
          const arrival = block.arrivals.get(peer.index);
          if (!arrival) continue;
          delaysMs.push(arrival.atMs - block.createdAtMs);
          via[arrival.via]++;
        }
        return { seq: block.seq, createdAtMs: block.createdAtMs, eligible: eligible.length, delaysMs, via };
      });
  }

  private attach(peer: SimPeer): void {
    peer.gossip.events.on('block-added', ({ block }) => {
      if (block.channel !== this.world.channel || block.createdAtMs < this.measuringFrom) return;
      let record = this.blocks.get(block.seq);
      if (!record) {
        record = {
          seq: block.seq,
          createdAtMs: block.createdAtMs,
          producer: block.producer,
          arrivals: new Map(),
        };
        this.blocks.set(block.seq, record);
      }
      if (!record.arrivals.has(peer.index)) {
        record.arrivals.set(peer.index, { atMs: block.receivedAtMs, via: block.via });
      }
    });
  }
}
