import { describe, expect, it } from 'vitest';
import { MemoryNetwork, type MemoryNetworkOptions } from '../../src/comm/memory-transport.js';
import { createVirtualRuntime, type VirtualRuntime } from '../../src/runtime/index.js';
import { numbered, type RecordedLink, record } from '../transports/link-contract.js';

const LATENCY = 10;

/** A memory network on virtual time whose links the test opens and watches. */
function world(options: MemoryNetworkOptions = {}, seed = 1) {
  const runtime = createVirtualRuntime({ seed });
  const net = new MemoryNetwork(runtime, { latencyMs: LATENCY, ...options });
  const accepted = new Map<string, RecordedLink[]>();
  const listen = (endpoint: string) => {
    const links: RecordedLink[] = [];
    accepted.set(endpoint, links);
    net.transport(endpoint).listen((link) => links.push(record(link)));
  };
  /** Dials `to` from `from`; both ends once open, or the dialed end alone when the dial fails. */
  const connect = (from: string, to: string) => {
    if (!accepted.has(to)) listen(to);
    const inbound = accepted.get(to) as RecordedLink[];
    const known = inbound.length;
    const dialed = record(net.transport(from).dial(to));
    runtime.runUntil(() => dialed.opened || dialed.closes.length > 0, 1_000);
    return { dialed, accepted: inbound[known] };
  };
  return { runtime, net, connect };
}

function seqOf(frame: Uint8Array): number {
  return new DataView(frame.buffer, frame.byteOffset).getUint32(0);
}

function sendMany(link: RecordedLink, count: number, runtime: VirtualRuntime, gapMs = 0): void {
  for (let i = 0; i < count; i++) {
    link.link.send(numbered(i, 8));
    if (gapMs > 0) runtime.advance(gapMs);
  }
}

describe('memory network faults', () => {
  it('a one-sided close: the closing side learns of it, the other keeps a link whose frames go nowhere', () => {
    const { runtime, net, connect } = world();
    const { dialed, accepted } = connect('a', 'b');
    net.closeOneSided('a', 'b', 'lost notice');
    runtime.advance(10 * LATENCY);
    expect(dialed.closes).toEqual(['lost notice']);
    expect(accepted?.closes).toEqual([]);
    expect(accepted?.link.open).toBe(true);
    accepted?.link.send(numbered(1, 8));
    runtime.advance(10 * LATENCY);
    expect(dialed.frames).toHaveLength(0);
    // Healed by dialing again: the new link carries frames both ways.
    const again = connect('a', 'b');
    again.dialed.link.send(numbered(2, 8));
    again.accepted?.link.send(numbered(3, 8));
    runtime.advance(10 * LATENCY);
    expect(again.accepted?.frames.map(seqOf)).toEqual([2]);
    expect(again.dialed.frames.map(seqOf)).toEqual([3]);
  });

  it('close notices lost at random: about the share asked for, the same ones for the same seed', () => {
    const unheard = (seed: number) => {
      const { runtime, connect } = world({ closeNoticeLoss: 0.5 }, seed);
      const pairs = Array.from({ length: 100 }, (_, i) => connect(`a${i}`, 'b'));
      for (const pair of pairs) pair.dialed.link.close('done');
      runtime.advance(10 * LATENCY);
      return pairs.map((pair, i) => (pair.accepted?.closes.length === 0 ? i : -1)).filter((i) => i >= 0);
    };
    const lost = unheard(4);
    expect(lost.length).toBeGreaterThan(30);
    expect(lost.length).toBeLessThan(70);
    expect(unheard(4)).toEqual(lost);
    expect(unheard(5)).not.toEqual(lost);
  });

  it('a one-way cut drops frames from X to Y only, refuses new links across it, and heals', () => {
    const { runtime, net, connect } = world();
    const { dialed, accepted } = connect('x', 'y');
    net.cut(['x'], ['y']);
    dialed.link.send(numbered(1, 8));
    accepted?.link.send(numbered(2, 8));
    runtime.advance(10 * LATENCY);
    expect(accepted?.frames).toHaveLength(0);
    expect(dialed.frames.map(seqOf)).toEqual([2]);
    // A handshake needs both directions: a dial across the cut fails whichever side dials.
    expect(connect('y', 'x').dialed.closes).toEqual(['unreachable']);
    expect(connect('x', 'y').dialed.closes).toEqual(['unreachable']);
    net.heal();
    dialed.link.send(numbered(3, 8));
    runtime.advance(10 * LATENCY);
    expect(accepted?.frames.map(seqOf)).toEqual([3]);
    expect(connect('y', 'x').dialed.opened).toBe(true);
  });

  it('duplicates about the share of frames asked for, and every frame arrives', () => {
    const { runtime, connect } = world({ duplicate: 0.3 });
    const { dialed, accepted } = connect('a', 'b');
    sendMany(dialed, 1000, runtime);
    runtime.advance(10 * LATENCY);
    const seqs = accepted?.frames.map(seqOf) ?? [];
    expect(new Set(seqs).size).toBe(1000);
    expect(seqs.length - 1000).toBeGreaterThan(240);
    expect(seqs.length - 1000).toBeLessThan(360);
  });

  it('reordered frames overtake earlier ones; none is lost, and without the option order holds', () => {
    const arrivals = (options: MemoryNetworkOptions) => {
      const { runtime, connect } = world(options);
      const { dialed, accepted } = connect('a', 'b');
      sendMany(dialed, 200, runtime, 1);
      runtime.advance(10 * LATENCY);
      return accepted?.frames.map(seqOf) ?? [];
    };
    const ordered = Array.from({ length: 200 }, (_, i) => i);
    const shuffled = arrivals({ reorder: 0.2 });
    expect([...shuffled].sort((a, b) => a - b)).toEqual(ordered);
    const overtaking = shuffled.filter((seq, i) => seq > (shuffled[i + 1] ?? Number.POSITIVE_INFINITY));
    expect(overtaking.length).toBeGreaterThan(10);
    expect(arrivals({ jitterMs: LATENCY / 2 })).toEqual(ordered);
  });

  it('latency set per pair at run time, both ways, until cleared; order holds when it drops', () => {
    const { runtime, net, connect } = world();
    const { dialed, accepted } = connect('a', 'b');
    const arrivalOf = (from: RecordedLink, to: RecordedLink | undefined, seq: number) => {
      const before = to?.frames.length ?? 0;
      from.link.send(numbered(seq, 8));
      return runtime.runUntil(() => (to?.frames.length ?? 0) > before, 10_000, 1);
    };
    net.setLatency('a', 'b', 500);
    expect(arrivalOf(dialed, accepted, 1)).toBe(500);
    expect(arrivalOf(accepted as RecordedLink, dialed, 2)).toBe(500);
    // A frame sent after the latency drops does not overtake one still in flight.
    dialed.link.send(numbered(3, 8));
    runtime.advance(100);
    net.setLatency('b', 'a', 50);
    dialed.link.send(numbered(4, 8));
    runtime.advance(500);
    expect(accepted?.frames.map(seqOf)).toEqual([1, 3, 4]);
    net.clearLatency('a', 'b');
    expect(arrivalOf(dialed, accepted, 5)).toBe(LATENCY);
  });

  it('with every new fault off, a frame costs the same random draws as before they existed', () => {
    /** Draws for 100 frames beyond the old ones: one for the loss (when on), one for the delay of each frame not lost. */
    const extraDraws = (options: MemoryNetworkOptions) => {
      const { runtime, net, connect } = world(options);
      const { dialed } = connect('a', 'b');
      let draws = 0;
      const random = runtime.random.bind(runtime);
      runtime.random = () => {
        draws++;
        return random();
      };
      sendMany(dialed, 100, runtime);
      const old = (options.loss ? 100 : 0) + (100 - net.stats.lost);
      return draws - old;
    };
    const off = { duplicate: 0, reorder: 0, closeNoticeLoss: 0 };
    expect(extraDraws({ jitterMs: 5, loss: 0.1, ...off })).toBe(0);
    expect(extraDraws(off)).toBe(0);
    expect(extraDraws({ duplicate: 0.5, reorder: 0.5 })).toBeGreaterThan(100);
  });

  it('a link sending to a killed peer fails when the network notices vanished peers, and not otherwise', () => {
    for (const vanishDetectionMs of [300, undefined]) {
      const { runtime, net, connect } = world(vanishDetectionMs === undefined ? {} : { vanishDetectionMs });
      const { dialed, accepted } = connect('a', 'b');
      net.kill('b');
      dialed.link.send(numbered(1, 8));
      runtime.advance(1_000);
      expect(accepted?.frames).toHaveLength(0);
      expect(dialed.closes).toEqual(vanishDetectionMs === undefined ? [] : ['peer vanished']);
    }
  });
});
