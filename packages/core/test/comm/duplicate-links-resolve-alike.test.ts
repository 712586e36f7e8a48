import { describe, expect, it } from 'vitest';
import { type DuplicateVerdict, resolveDuplicate, spareLink } from '../../src/comm/link-policy.js';
import type { PkiId } from '../../src/ids.js';

const LOW = 'aa'.repeat(32) as PkiId;
const HIGH = 'bb'.repeat(32) as PkiId;

const NOW = 50_000;
/** No handshake still under way began before this. */
const OLDEST_HANDSHAKE = NOW - 6_000;
const dialed = { dialed: true, openedAt: NOW };
const accepted = { dialed: false, openedAt: NOW };

describe('two links to one peer resolve alike on both sides', () => {
  type Side = { dialed: boolean; openedAt: number };
  const cases: [string, PkiId, PkiId, Side, Side, DuplicateVerdict][] = [
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
    it(name, () => expect(resolveDuplicate(self, remote, existing, fresh, OLDEST_HANDSHAKE)).toBe(verdict));
  }

  const stale = (link: Side) => ({ ...link, openedAt: OLDEST_HANDSHAKE - 1 });
  const staleCases: [string, PkiId, PkiId, Side, Side, DuplicateVerdict][] = [
    // A link the remote opens while ours to it is older than any handshake: it lost ours.
    [
      'the remote redials past an old link of ours (lower side): the new link stays',
      LOW,
      HIGH,
      stale(dialed),
      accepted,
      'keep-new',
    ],
    [
      'the remote redials past an old link of ours (higher side): the new link stays',
      HIGH,
      LOW,
      stale(dialed),
      accepted,
      'keep-new',
    ],
    [
      'the remote redials past an old link of its own: the new link stays',
      LOW,
      HIGH,
      stale(accepted),
      accepted,
      'keep-new',
    ],
    // Our own new dial past an old link follows the ordinary rules.
    [
      'this side dials past an old link of its own: the newer stays, as ever',
      HIGH,
      LOW,
      stale(dialed),
      dialed,
      'keep-new',
    ],
    [
      'this side dials past an old remote link (higher side): the remote link stays, as in glare',
      HIGH,
      LOW,
      stale(accepted),
      dialed,
      'keep-existing',
    ],
    // At exactly the oldest handshake a glare is still possible.
    [
      'an existing link adopted at the oldest possible handshake is still a glare',
      LOW,
      HIGH,
      { dialed: true, openedAt: OLDEST_HANDSHAKE },
      accepted,
      'keep-existing',
    ],
  ];
  for (const [name, self, remote, existing, fresh, verdict] of staleCases) {
    it(name, () => expect(resolveDuplicate(self, remote, existing, fresh, OLDEST_HANDSHAKE)).toBe(verdict));
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
      const view = (i: number) => ({ dialed: openers[i] === self, openedAt: NOW });
      const verdict = resolveDuplicate(self, remote, view(first), view(second), OLDEST_HANDSHAKE);
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
