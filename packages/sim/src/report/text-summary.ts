import { formatBytes, formatMs } from '../harness/resources.js';
import type { SimResult } from '../harness/sim-result.js';

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

/** A few human lines about one run, printed by the CLI and the benchmark. */
export function textSummary(result: SimResult): string {
  const {
    scenario: s,
    engine: e,
    setup,
    dissemination: d,
    lowerBound: lb,
    messages: m,
    resources: r,
  } = result;
  const lines = [
    `${s.name}: ${s.peers} peers, preset ${s.preset} (fanout ${e.propagatePeerNum}, lazy digests ${e.lazyPushPeerNum}), seed ${s.seed}, start ${setup.start}`,
    `NOTE: ${result.crypto}`,
    `network: ${s.network.latencyMs} ms ± ${s.network.jitterMs} ms one hop, loss ${pct(s.network.loss)} (from ${s.network.lossFrom === 'start' ? 'the start' : 'the first block'})${s.heartbeatScale === 1 ? '' : `; heartbeat periods ×${s.heartbeatScale} (alive ${formatMs(e.aliveTimeInterval)}, expiry ${formatMs(e.aliveExpirationTimeout)})`}`,
    `setup: ready after ${formatMs(setup.readyAtMs)} virtual${setup.timedOut ? ' (TIMED OUT, blocks started anyway)' : ''}; membership ${formatMs(setup.membershipConvergedMs)}, channel ${formatMs(setup.channelConvergedMs)}, leader ${s.leader === 'static' ? 'static (first peer)' : formatMs(setup.leaderAgreedMs)}`,
    `blocks: ${d.blocks} cut; coverage min ${pct(d.coverageMin)}, mean ${pct(d.coverageMean)}; ${d.completeBlocks}/${d.blocks} reached every live member`,
    `time to last peer: median ${formatMs(d.lastMedianMs)}, worst ${formatMs(d.lastWorstMs)}; lower bound ${formatMs(lb.ms)} (${lb.hops} hops × ${lb.oneHopMs} ms, fanout ${lb.fanout})`,
    `per-peer arrival: p50 ${formatMs(d.p50Ms)}, p99 ${formatMs(d.p99Ms)}`,
    `messages per peer per block: payload ${m.payloadPerPeerPerBlock}, control ${m.controlPerPeerPerBlock}; other ${m.otherPerPeerPerSecond} per peer per s`,
  ];
  const fd = result.failureDetection;
  if (fd)
    lines.push(
      `failure detection: ${formatMs(fd.detectedByAllMs)} until all saw the crash (${pct(fd.detectedShare)} did)`,
    );
  for (const event of result.events)
    lines.push(`event at +${formatMs(event.atMs)}: ${event.action} ${event.detail}`);
  lines.push(
    `virtual ${formatMs(result.virtualMs)} | wall ${formatMs(r.wallMs)}, cpu ${formatMs(r.cpuMs)} | peak rss ${formatBytes(r.peakRssBytes)} | peak heap ${formatBytes(r.peakHeapBytes)} | frames ${result.network.frames}, lost ${result.network.lost}`,
  );
  return lines.join('\n');
}
