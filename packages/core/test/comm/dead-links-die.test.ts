import { presets } from '@webgossip/core';
import { afterEach, describe, expect, it } from 'vitest';
import { probeInterval } from '../../src/comm/link-liveness.js';
import { Cluster, type Peer } from '../helpers/cluster.js';

const config = presets.webgossip;
const PROBE = probeInterval(config);
const DEADLINE = config.probeTimeoutIntervals * PROBE;
/** The cluster's one-hop latency at its worst (20 ms ± 5 ms). */
const HOP = 25;
/** A dial, its ConnEstablish and the answering one: three hops. */
const HANDSHAKE = 3 * HOP;

let cluster: Cluster | undefined;
afterEach(() => cluster?.stopAll());

const linked = (from: Peer, to: Peer) =>
  from.gossip.links().some((link) => link.pkiId === to.gossip.self.pkiId);
const probeTimeouts = (peer: Peer, of: Peer) =>
  peer.events.filter(
    (e) => e.type === 'link-down' && e.pkiId === of.gossip.self.pkiId && e.reason === 'probe timeout',
  ).length;

async function triangle(seed: number) {
  const c = new Cluster({ seed, record: true });
  cluster = c;
  const a = await c.add('a');
  const b = await c.add('b', [a.endpoint]);
  const d = await c.add('d', [a.endpoint]);
  const all = [a, b, d];
  c.until(() => c.fullMembership() && all.every((x) => all.every((y) => x === y || linked(x, y))));
  return { c, a, b, d };
}

describe('dead links die', () => {
  it('a link whose frames one way are dropped is closed within the deadline, and comes back after the heal', async () => {
    const { c, a, b } = await triangle(21);
    c.net.cut([a.endpoint], [b.endpoint]);
    // b hears nothing from a over their link: it closes it at the deadline, counted from a probe after the cut.
    const closedAfter = c.until(() => probeTimeouts(b, a) > 0, DEADLINE + PROBE + 2 * HOP);
    expect(closedAfter).toBeGreaterThanOrEqual(DEADLINE);
    expect(b.gossip.metrics().links.probeTimeouts).toBe(1);
    // Discovery still holds a alive at b (its alive messages come through d): the link is what died.
    expect(b.gossip.peers().map((m) => m.pkiId)).toContain(a.gossip.self.pkiId);
    // While the cut lasts, b's redials fail and no link between them comes back.
    c.run(3 * PROBE);
    expect(linked(b, a)).toBe(false);
    expect(b.gossip.metrics().links.redials).toBeGreaterThanOrEqual(3);
    c.net.heal();
    c.until(() => linked(a, b) && linked(b, a), PROBE + HANDSHAKE + HOP);
    // The healed link carries frames: it outlives several deadlines.
    c.run(3 * DEADLINE);
    expect(linked(a, b) && linked(b, a)).toBe(true);
    expect(probeTimeouts(b, a) + probeTimeouts(a, b)).toBe(1);
  });

  it('a killed peer is not dialed again once discovery holds it dead', async () => {
    const { c, a, b, d } = await triangle(23);
    c.kill(d);
    c.until(() => !a.gossip.peers().some((m) => m.pkiId === d.gossip.self.pkiId), 3 * DEADLINE);
    const redials = a.gossip.metrics().links.redials + b.gossip.metrics().links.redials;
    c.run(5 * PROBE);
    expect(a.gossip.metrics().links.redials + b.gossip.metrics().links.redials).toBe(redials);
    expect(linked(a, d) || linked(b, d)).toBe(false);
  });
});
