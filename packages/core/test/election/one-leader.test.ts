import type { PkiId } from '@webgossip/core';
import { describe, expect, it } from 'vitest';
import { ElectionNet, electionConfig } from './election-net.js';

const SETTLE_MS = 10_000;

describe('one leader per channel', () => {
  it('elects exactly one leader among 5, the lowest PKI-ID, and keeps it', () => {
    const net = new ElectionNet({ peers: 5, seed: 3 });
    net.startAll();

    net.runtime.runUntil(() => net.agreement(net.ids).agreed !== undefined, SETTLE_MS);
    const elected = net.agreement(net.ids).agreed;
    const changesAtAgreement = net.changes.length;
    net.runtime.advance(10 * electionConfig.leaderAliveThreshold);

    expect(elected).toBe(net.lowest(net.ids));
    expect(net.agreement(net.ids).agreed).toBe(elected);
    expect(net.changes.length).toBe(changesAtAgreement);
  });

  it('elects one leader when peers start at different times', () => {
    const net = new ElectionNet({ peers: 5, seed: 8 });
    for (const node of net.nodes.values()) {
      net.runtime.setTimeout(
        () => node.start(),
        net.runtime.random() * 3 * electionConfig.leaderAliveThreshold,
      );
    }

    net.runtime.advance(3 * electionConfig.leaderAliveThreshold);
    net.runtime.runUntil(() => net.agreement(net.ids).agreed !== undefined, SETTLE_MS);
    net.runtime.advance(5 * electionConfig.leaderAliveThreshold);

    expect(net.agreement(net.ids).leaders).toHaveLength(1);
    expect(net.agreement(net.ids).agreed).toBeDefined();
  });

  it('lets a lone peer lead itself', () => {
    const net = new ElectionNet({ peers: 1 });
    net.startAll();
    net.runtime.runUntil(() => net.node(net.ids[0]!).isLeader(), SETTLE_MS);
    expect(net.changes).toEqual([
      { at: expect.any(Number), peer: net.ids[0], leader: net.ids[0], isSelf: true },
    ]);
  });

  it('makes a newcomer with a lower PKI-ID follow the sitting leader', () => {
    const net = new ElectionNet({ peers: 4, seed: 5 });
    net.startAll();
    net.runtime.runUntil(() => net.agreement(net.ids).agreed !== undefined, SETTLE_MS);
    const sitting = net.agreement(net.ids).agreed;
    const newcomer = '0'.repeat(16) as PkiId;

    net.add(newcomer).start();
    net.runtime.runUntil(() => net.node(newcomer).leader() === sitting, SETTLE_MS);
    net.runtime.advance(10 * electionConfig.leaderAliveThreshold);

    expect(net.agreement(net.ids).agreed).toBe(sitting);
    expect(net.changes.filter((c) => c.peer === newcomer)).toEqual([
      { at: expect.any(Number), peer: newcomer, leader: sitting, isSelf: false },
    ]);
  });

  it('ignores leadership messages before start and from peers outside the view', () => {
    const net = new ElectionNet({ peers: 2, seed: 2 });
    const [a, b] = net.ids as [PkiId, PkiId];
    const stranger = '0'.repeat(16) as PkiId;
    net.node(a).handleMessage(b, true);
    expect(net.node(a).leader()).toBeUndefined();

    net.node(a).start();
    net.node(a).handleMessage(stranger, true);
    expect(net.node(a).leader()).toBeUndefined();
  });
});
