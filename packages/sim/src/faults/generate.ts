import fc from 'fast-check';
import { FAULT_KIND_NAMES, FAULT_KINDS, type FaultKindSpec } from './fault-kinds.js';
import type { FaultKindName, FaultPreset, FaultSchedule, FaultStep, TxStep } from './schedule.js';
import { TIMING } from './timing.js';

export interface GenerateOptions {
  /** Largest peer count (default 40); most cases stay far below it. */
  maxPeers?: number;
  /** Most faults per case (default 6). */
  maxFaults?: number;
  /** Kinds to draw from (default: every kind of the table). */
  kinds?: readonly FaultKindName[];
}

/**
 * Random fault schedules for one preset. Peer counts lean small (5 to 8 in
 * most cases, up to `maxPeers` in a few), since a case's cost grows with the
 * square of its peers; shrinking goes towards fewer peers, fewer faults,
 * fewer transactions and one channel.
 */
export function scheduleArb(preset: FaultPreset, options: GenerateOptions = {}): fc.Arbitrary<FaultSchedule> {
  const timing = TIMING[preset];
  const maxPeers = Math.max(5, options.maxPeers ?? 40);
  const kinds = options.kinds ?? FAULT_KIND_NAMES;
  const faultArb = fc.oneof(
    ...kinds.map((kind) => {
      const spec = FAULT_KINDS[kind] as FaultKindSpec<FaultStep>;
      return { weight: spec.weight, arbitrary: spec.arbitrary(timing) };
    }),
  );
  const peersArb = fc.oneof(
    { weight: 8, arbitrary: fc.integer({ min: 5, max: Math.min(8, maxPeers) }) },
    { weight: 2, arbitrary: fc.integer({ min: Math.min(9, maxPeers), max: Math.min(16, maxPeers) }) },
    { weight: 1, arbitrary: fc.integer({ min: Math.min(17, maxPeers), max: maxPeers }) },
  );
  const txArb: fc.Arbitrary<TxStep> = fc.record({
    atMs: fc.integer({ min: 0, max: timing.windowMs - 1 }),
    peer: fc.nat(63),
    channel: fc.nat(1),
  });
  return fc.record({
    preset: fc.constant(preset),
    seed: fc.integer({ min: 1, max: 0x7fffffff }),
    peers: peersArb,
    channelB: fc.oneof(
      { weight: 1, arbitrary: fc.constant<number[]>([]) },
      { weight: 1, arbitrary: fc.uniqueArray(fc.nat(39), { minLength: 2, maxLength: 12 }) },
    ),
    loss: fc.oneof(
      { weight: 1, arbitrary: fc.constant(0) },
      { weight: 2, arbitrary: fc.integer({ min: 1, max: 40 }).map((p) => p / 100) },
    ),
    faults: fc.array(faultArb, { minLength: 0, maxLength: options.maxFaults ?? 6 }),
    txs: fc.array(txArb, { minLength: 1, maxLength: 8 }),
  });
}
