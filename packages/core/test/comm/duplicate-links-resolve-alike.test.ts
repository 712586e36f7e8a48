import { describe, expect, it } from 'vitest';
import { type DuplicateVerdict, resolveDuplicate, spareLink } from '../../src/comm/link-policy.js';
import type { PkiId } from '../../src/ids.js';

const LOW = 'aa'.repeat(32) as PkiId;
const HIGH = 'bb'.repeat(32) as PkiId;

const dialed = { dialed: true };
const accepted = { dialed: false };

describe('two links to one peer resolve alike on both sides', () => {
  const cases: [string, PkiId, PkiId, { dialed: boolean }, { dialed: boolean }, DuplicateVerdict][] = [
    // [case, self, remote, existing, fresh, verdict]
    ['glare, lower side: its own older link stays', LOW, HIGH, dialed, accepted, 'keep-existing'],
    [
      'glare, lower side: its own newer link replaces the remote one',
      LOW,
      HIGH,
      accepted,
      dialed,
      'keep-new',
    ],
    ['glare, higher side: the remote older link stays', HIGH, LOW, accepted, dialed, 'keep-existing'],
    ['glare, higher side: the remote newer link replaces its own', HIGH, LOW, dialed, accepted, 'keep-new'],
    ['both dialed by this side (lower): the newer stays', LOW, HIGH, dialed, dialed, 'keep-new'],
    ['both dialed by this side (higher): the newer stays', HIGH, LOW, dialed, dialed, 'keep-new'],
    ['both dialed by the remote (lower): its opener closes one', HIGH, LOW, accepted, accepted, 'keep-both'],
    ['both dialed by the remote (higher): its opener closes one', LOW, HIGH, accepted, accepted, 'keep-both'],
  ];
  for (const [name, self, remote, existing, fresh, verdict] of cases) {
    it(name, () => expect(resolveDuplicate(self, remote, existing, fresh)).toBe(verdict));
  }

  /**
   * Plays two links between LOW and HIGH, each side seeing the handshakes in
   * either order: the links each side closes, and the one each ends up using
   * (its pick, or the spare once its pick is closed by the other side).
   */
  function settle(openers: [PkiId, PkiId], orderAtLow: [number, number], orderAtHigh: [number, number]) {
    const closed = new Set<number>();
    const uses = new Map<PkiId, number>();
    for (const [self, remote, order] of [
      [LOW, HIGH, orderAtLow],
      [HIGH, LOW, orderAtHigh],
    ] as const) {
      const [first, second] = order;
      const view = (i: number) => ({ dialed: openers[i] === self });
      const verdict = resolveDuplicate(self, remote, view(first), view(second));
      if (verdict === 'keep-existing') closed.add(second);
      if (verdict === 'keep-new') closed.add(first);
      uses.set(self, verdict === 'keep-existing' ? first : second);
    }
    const links = [0, 1].map((i) => ({ i, pkiId: LOW, usable: !closed.has(i) }));
    const inUse = (self: PkiId) => {
      const pick = uses.get(self) as number;
      return closed.has(pick) ? spareLink(links, LOW)?.i : pick;
    };
    return {
      open: links.filter((link) => link.usable).map((link) => link.i),
      low: inUse(LOW),
      high: inUse(HIGH),
    };
  }

  const orders: [number, number][] = [
    [0, 1],
    [1, 0],
  ];
  for (const openers of [
    [LOW, HIGH],
    [HIGH, LOW],
    [LOW, LOW],
    [HIGH, HIGH],
  ] as [PkiId, PkiId][]) {
    const who = openers.map((id) => (id === LOW ? 'lower' : 'higher')).join(' and ');
    it(`links opened by the ${who} side leave one link that both sides use, whatever order they see them in`, () => {
      for (const atLow of orders) {
        for (const atHigh of orders) {
          const { open, low, high } = settle(openers, atLow, atHigh);
          expect(open).toHaveLength(1);
          expect(low).toBe(open[0]);
          expect(high).toBe(open[0]);
        }
      }
    });
  }
});

describe('a spare link takes over from a closed one', () => {
  const peer = LOW;
  const other = HIGH;
  it('the first usable link to the same peer, in adoption order', () => {
    const links = [
      { name: 'other peer', pkiId: other, usable: true },
      { name: 'closing', pkiId: peer, usable: false },
      { name: 'first spare', pkiId: peer, usable: true },
      { name: 'second spare', pkiId: peer, usable: true },
    ];
    expect(spareLink(links, peer)?.name).toBe('first spare');
  });

  it('none when the other links are closed, unauthenticated or to other peers', () => {
    const links = [
      { name: 'other peer', pkiId: other, usable: true },
      { name: 'closing', pkiId: peer, usable: false },
      { name: 'handshaking', pkiId: undefined, usable: true },
    ];
    expect(spareLink(links, peer)).toBeUndefined();
  });
});
