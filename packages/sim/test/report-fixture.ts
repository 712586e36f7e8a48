import type { BenchRecord } from '../src/bench/bench-record.js';
import type { SimResult } from '../src/harness/sim-result.js';
import { DEFAULT_SCENARIO, type PresetChoice } from '../src/scenario/scenario.js';
import { coverageCurve, coverageGrid, noArrivals, summarize } from '../src/stats/coverage.js';

/** A benchmark record with made-up but consistent figures, for report rendering tests. */
export function fakeRecord(peers: number, preset: PresetChoice, loss: number, lastMs: number): BenchRecord {
  const blocks = [1, 2].map((seq) => ({
    seq,
    createdAtMs: seq * 1000,
    eligible: 4,
    delaysMs: [0, lastMs / 3, lastMs / 2, lastMs],
    via: { ...noArrivals(), push: 4 },
  }));
  const result: SimResult = {
    scenario: { ...DEFAULT_SCENARIO, peers, preset, network: { ...DEFAULT_SCENARIO.network, loss } },
    crypto: 'insecure',
    engine: {
      propagatePeerNum: 3,
      propagateIterations: 1,
      lazyPushPeerNum: 5,
      pullInterval: 1000,
      pullPeerNum: 3,
      targetConnections: 5,
      maxConnections: 8,
      aliveTimeInterval: 500,
      aliveExpirationTimeout: 2500,
      maxPropagationBurstLatency: 5,
    },
    setup: {
      start: 'bootstrap',
      initialView: undefined,
      peers,
      readyAtMs: 3000,
      membershipConvergedMs: 2000,
      leaderAgreedMs: 2500,
      channelConvergedMs: 3000,
      timedOut: false,
    },
    blocks: [],
    dissemination: summarize(blocks),
    coverage: coverageCurve(blocks, coverageGrid(lastMs)),
    lowerBound: { fanout: 3, hops: 5, oneHopMs: 20, ms: 100 },
    messages: {
      peers,
      blocks: 2,
      seconds: 2,
      payloadPerPeerPerBlock: preset === 'flood' ? 8 : 3.5,
      controlPerPeerPerBlock: 2,
      otherPerPeerPerSecond: 4,
      byKind: {},
    },
    failureDetection: { crashedAtMs: 0, detectedByAllMs: 2800, detectedShare: 1 },
    events: [],
    network: { frames: 1, lost: 0 },
    virtualMs: 5000,
    resources: { wallMs: 1234, cpuMs: 1000, peakRssBytes: 2 ** 30, peakHeapBytes: 2 ** 29 },
  };
  const machine = {
    cpuModel: 'test cpu',
    cores: 2,
    memoryBytes: 2 ** 34,
    node: 'v20',
    platform: 'linux x64',
  };
  return { id: `n${peers}-${preset}-loss${loss * 100}`, mode: 'full', peers, loss, preset, machine, result };
}
