import { describe, expect, it } from 'vitest';
import { Comm } from '../../src/comm/comm.js';
import { probeInterval } from '../../src/comm/link-liveness.js';
import { MemoryNetwork } from '../../src/comm/memory-transport.js';
import { presets } from '../../src/config.js';
import type { GossipEvent } from '../../src/contracts/index.js';
import { keyPairFromSecret, sha256 } from '../../src/crypto/index.js';
import { EventBus } from '../../src/gossip/event-bus.js';
import { MetricsRecorder } from '../../src/gossip/metrics-recorder.js';
import { createNodeEd25519Crypto } from '../../src/node.js';
import { createVirtualRuntime } from '../../src/runtime/index.js';

/** The probe deadline alone is under test: links carrying only probes are not closed as silent here. */
const config = { ...presets.webgossip, silentLinkTimeout: 0 };
const PROBE = probeInterval(config);
/** Nothing heard this long after a probe closes a link. */
const DEADLINE = config.probeTimeoutIntervals * PROBE;
const LATENCY = 20;

/** Two bare Comm instances, linked, that send nothing but what comm itself sends: an idle link. */
function idlePair(seed: number, wantsLink = false, linkConfig = config) {
  const runtime = createVirtualRuntime({ seed });
  const net = new MemoryNetwork(runtime, { latencyMs: LATENCY, jitterMs: 5 });
  const make = (name: string) => {
    const events = new EventBus<GossipEvent>();
    const metrics = new MetricsRecorder();
    const crypto = createNodeEd25519Crypto(
      keyPairFromSecret(sha256(new TextEncoder().encode(`${seed}/${name}`))),
    );
    const endpoint = `mem://${name}`;
    const comm = new Comm({
      runtime,
      transport: net.transport(endpoint),
      crypto,
      config: linkConfig,
      events,
      metrics,
      bootstrap: [],
    });
    const downs: string[] = [];
    events.on('link-down', (event) => downs.push(event.reason));
    comm.start({ message: () => {}, linkUp: () => {}, linkDown: () => {}, wantsLink: () => wantsLink });
    return { comm, crypto, endpoint, metrics, downs };
  };
  const a = make('a');
  const b = make('b');
  a.comm.connect(b.endpoint);
  runtime.runUntil(() => a.comm.has(b.crypto.pkiId) && b.comm.has(a.crypto.pkiId), 5_000);
  return { runtime, net, a, b };
}

describe('silent links close, live ones stay', () => {
  it('a link that carries nothing but probes for silentLinkTimeout is closed, and counted', () => {
    const silentLinkTimeout = 5 * PROBE;
    const { runtime, a, b } = idlePair(10, false, { ...config, silentLinkTimeout });
    const took = runtime.runUntil(() => a.downs.length > 0 && b.downs.length > 0, 4 * silentLinkTimeout);
    expect(a.downs).toEqual(['silent link']);
    expect(took).toBeGreaterThanOrEqual(silentLinkTimeout);
    expect(took).toBeLessThanOrEqual(silentLinkTimeout + 2 * PROBE);
    expect(a.metrics.snapshot().links.silenced + b.metrics.snapshot().links.silenced).toBeGreaterThanOrEqual(
      1,
    );
    expect(a.metrics.snapshot().links.probeTimeouts + b.metrics.snapshot().links.probeTimeouts).toBe(0);
  });

  it('an idle but healthy link is never closed: its probes keep it alive', () => {
    const { runtime, a, b } = idlePair(11);
    runtime.advance(50 * PROBE);
    expect(a.comm.has(b.crypto.pkiId) && b.comm.has(a.crypto.pkiId)).toBe(true);
    expect([...a.downs, ...b.downs]).toEqual([]);
    expect(a.metrics.snapshot().links.probeTimeouts + b.metrics.snapshot().links.probeTimeouts).toBe(0);
    // The link was idle: probes and their answers are all that crossed it.
    expect(Object.keys(a.metrics.snapshot().messagesIn).sort()).toEqual(['ack', 'empty']);
  });

  it('a slow but live link is kept: latency raised to just under the deadline, held for many probes', () => {
    const { runtime, net, a, b } = idlePair(12);
    // Each side hears the other's probes, so even a round trip beyond the deadline keeps the link.
    net.setLatency(a.endpoint, b.endpoint, 0.9 * DEADLINE);
    runtime.advance(30 * PROBE);
    expect(a.comm.has(b.crypto.pkiId) && b.comm.has(a.crypto.pkiId)).toBe(true);
    expect([...a.downs, ...b.downs]).toEqual([]);
    // Frames still cross it, each 0.9 × DEADLINE late: the other side's probes, one per interval.
    const probesHeard = a.metrics.snapshot().messagesIn.empty ?? 0;
    expect(probesHeard).toBeGreaterThanOrEqual(25);
  });

  it('a link silent for longer than the deadline is closed on both sides within a probe interval of it', () => {
    const { runtime, net, a, b } = idlePair(13);
    net.setLatency(a.endpoint, b.endpoint, 3 * DEADLINE);
    const took = runtime.runUntil(() => a.downs.length > 0 && b.downs.length > 0, 3 * DEADLINE);
    expect(a.downs).toEqual(['probe timeout']);
    expect(b.downs).toEqual(['probe timeout']);
    expect(took).toBeGreaterThanOrEqual(DEADLINE);
    // The first unanswered probe goes out within one interval of the last frame in flight.
    expect(took).toBeLessThanOrEqual(DEADLINE + PROBE + 2 * LATENCY);
    expect(a.metrics.snapshot().links.probeTimeouts).toBe(1);
    // Without the engine asking for it (no discovery here), nobody dials again.
    runtime.advance(5 * PROBE);
    expect(a.metrics.snapshot().links.redials + b.metrics.snapshot().links.redials).toBe(0);
  });

  it('a link closed on one side with the notice lost is closed on the other, which dials again', () => {
    const { runtime, net, a, b } = idlePair(14, true);
    net.closeOneSided(a.endpoint, b.endpoint, 'notice lost');
    expect(a.downs).toEqual(['notice lost']);
    expect(b.comm.has(a.crypto.pkiId)).toBe(true);
    const took = runtime.runUntil(() => b.downs.length > 0, 3 * DEADLINE);
    expect(b.downs).toEqual(['probe timeout']);
    expect(took).toBeLessThanOrEqual(DEADLINE + PROBE);
    // The engine still wants the peer: b dials at once, and the new link holds.
    runtime.runUntil(() => a.comm.has(b.crypto.pkiId) && b.comm.has(a.crypto.pkiId), 4 * LATENCY);
    runtime.advance(3 * DEADLINE);
    expect(a.comm.has(b.crypto.pkiId) && b.comm.has(a.crypto.pkiId)).toBe(true);
    expect(b.metrics.snapshot().links.redials).toBe(1);
    expect(a.metrics.snapshot().links.redials).toBe(0);
  });
});
