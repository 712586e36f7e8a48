import { describe, expect, it } from 'vitest';
import type { Link } from '../../src/contracts/index.js';
import type { PkiId } from '../../src/ids.js';
import { encodeEnvelope, gossip, u64 } from '../../src/proto/index.js';
import { bareNetwork, config, LATENCY } from './bare-comms.js';

const probe = () =>
  encodeEnvelope({ payload: gossip.GossipMessage.encode({ nonce: u64(9n), empty: {} }).finish() });
const SOMEONE_ELSE = 'cd'.repeat(32) as PkiId;

describe('links prove who they reach, in time', () => {
  it('an inbound link that never sends its ConnEstablish is closed after connTimeout', () => {
    const { runtime, net, make } = bareNetwork(21);
    const a = make('a');
    // A bare transport that dials and then says nothing.
    const mute = net.transport('mem://mute').dial(a.endpoint);
    const closes: string[] = [];
    mute.attach({ onOpen: () => {}, onFrame: () => {}, onClose: (reason) => closes.push(reason) });
    const took = runtime.runUntil(() => closes.length > 0, 10 * config.connTimeout);
    expect(a.links.map((watched) => watched.closedBy)).toEqual([['handshake timeout']]);
    expect(took).toBeGreaterThanOrEqual(config.connTimeout);
    expect(took).toBeLessThanOrEqual(config.connTimeout + 2 * LATENCY + 10);
  });

  it('a dialed link gets three connTimeouts, as it must open as well as authenticate', () => {
    const { runtime, net, make } = bareNetwork(22);
    const a = make('a');
    const heard: Link[] = [];
    net.transport('mem://mute').listen((link) => {
      heard.push(link);
      link.attach({ onOpen: () => {}, onFrame: () => {}, onClose: () => {} });
    });
    a.comm.connect('mem://mute');
    const took = runtime.runUntil(() => a.links[0]?.closedBy.length === 1, 10 * config.connTimeout);
    expect(heard).toHaveLength(1);
    expect(a.links[0]?.closedBy).toEqual(['handshake timeout']);
    expect(took).toBeGreaterThanOrEqual(3 * config.connTimeout);
    expect(took).toBeLessThanOrEqual(3 * config.connTimeout + 10);
  });

  it('a dial meant for one peer that reaches another is closed and counted', () => {
    const { runtime, make } = bareNetwork(23);
    const a = make('a');
    const b = make('b');
    expect(a.comm.send(probe(), 'empty', { pkiId: SOMEONE_ELSE, endpoint: b.endpoint })).toBe(true);
    runtime.runUntil(() => a.links[0]?.closedBy.length === 1, 10 * config.connTimeout);
    expect(a.links[0]?.closedBy).toEqual(['unexpected identity']);
    expect(a.metrics.snapshot().dropped['handshake-failed']).toBe(1);
    expect(a.comm.has(b.crypto.pkiId)).toBe(false);
  });

  it('a bootstrap endpoint may answer with a new identity (a restarted server)', () => {
    const { runtime, make } = bareNetwork(24);
    const server = make('server');
    const a = make('a', [server.endpoint]);
    expect(a.comm.send(probe(), 'empty', { pkiId: SOMEONE_ELSE, endpoint: server.endpoint })).toBe(true);
    runtime.runUntil(() => a.comm.has(server.crypto.pkiId), 10 * config.connTimeout);
    expect(a.links[0]?.closedBy).toEqual([]);
    expect(a.comm.linkInfo()).toEqual([
      { pkiId: server.crypto.pkiId, endpoint: server.endpoint, rttMs: undefined, bootstrap: true },
    ]);
  });
});
