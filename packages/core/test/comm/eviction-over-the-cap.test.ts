import { describe, expect, it } from 'vitest';
import { type EvictionCandidate, evictionPlan } from '../../src/comm/link-policy.js';

const NOW = 100_000;
const GRACE = 5_000;
/** Old enough to be evicted. */
const OLD = NOW - GRACE - 1;
/** Inside the grace period. */
const YOUNG = NOW - GRACE + 1;

interface TestLink extends EvictionCandidate {
  name: string;
  rank: number;
}

function link(name: string, facts: Partial<TestLink> = {}): TestLink {
  return { name, bootstrap: false, dialed: true, openedAt: OLD, lastUsed: OLD, rank: 0, ...facts };
}

function plan(links: TestLink[], cap: number, newcomer?: TestLink, slack = 0) {
  const result = evictionPlan({ links, rank: (l) => l.rank, newcomer, cap, slack, now: NOW, graceMs: GRACE });
  return { evict: result.evict.map((l) => l.name), turnAway: result.turnAway?.name };
}

describe('links over the cap are evicted by need, then by last use', () => {
  it('at or under the cap nothing goes', () => {
    expect(plan([link('a'), link('b')], 2)).toEqual({ evict: [], turnAway: undefined });
  });

  it('the least recently used links go first, as many as exceed the cap', () => {
    const links = [link('a', { lastUsed: 30 }), link('b', { lastUsed: 10 }), link('c', { lastUsed: 20 })];
    expect(plan(links, 1).evict).toEqual(['b', 'c']);
  });

  it('the least needed go before the least recently used', () => {
    const links = [
      link('needed', { rank: 2, lastUsed: 1 }),
      link('idle', { lastUsed: 50 }),
      link('busy', { lastUsed: 90 }),
    ];
    expect(plan(links, 1).evict).toEqual(['idle', 'busy']);
  });

  it('bootstrap links are never evicted and do not count toward the cap', () => {
    const links = [
      link('server', { bootstrap: true, lastUsed: 1 }),
      link('a', { lastUsed: 20 }),
      link('b', { lastUsed: 30 }),
    ];
    expect(plan(links, 2).evict).toEqual([]);
    expect(plan(links, 1).evict).toEqual(['a']);
  });

  it('a link inside its grace period is spared, even if the cap stays exceeded', () => {
    const links = [
      link('young', { openedAt: YOUNG, lastUsed: 1 }),
      link('old', { lastUsed: 50 }),
      link('b', { lastUsed: 60 }),
    ];
    expect(plan(links, 1).evict).toEqual(['old', 'b']);
    expect(plan(links, 0).evict).toEqual(['old', 'b']);
  });

  it('a link exactly at the end of its grace period may go', () => {
    const links = [link('a', { openedAt: NOW - GRACE }), link('b', { openedAt: YOUNG })];
    expect(plan(links, 1).evict).toEqual(['a']);
  });

  it('a newcomer evicts no link needed more than itself', () => {
    const newcomer = link('new', { openedAt: NOW, rank: 1 });
    const links = [link('mesh', { rank: 3, lastUsed: 1 }), link('spare', { rank: 1, lastUsed: 2 }), newcomer];
    expect(plan(links, 1, newcomer).evict).toEqual(['spare']);
    const low = link('new', { openedAt: NOW, rank: 0 });
    expect(plan([link('mesh', { rank: 3 }), link('spare', { rank: 1 }), low], 2, low).evict).toEqual([]);
  });

  it('the newcomer itself is never evicted on its own account', () => {
    const newcomer = link('new', { openedAt: OLD, lastUsed: 0 });
    expect(plan([link('a', { lastUsed: 10 }), newcomer], 1, newcomer).evict).toEqual(['a']);
  });

  it('an inbound newcomer that finds nothing to evict is turned away, without slack', () => {
    const inbound = link('new', { openedAt: NOW, dialed: false, rank: 0 });
    const links = [link('mesh', { rank: 2 }), link('young', { openedAt: YOUNG }), inbound];
    expect(plan(links, 2, inbound)).toEqual({ evict: [], turnAway: 'new' });
  });

  it('an inbound newcomer that finds nothing to evict is let in up to the slack over the cap, and turned away beyond', () => {
    const inbound = link('new', { openedAt: NOW, dialed: false, rank: 0 });
    const young = (name: string) => link(name, { openedAt: YOUNG });
    const links = [link('mesh', { rank: 2 }), young('y1'), young('y2'), inbound];
    // Cap 1, slack 3: four links are three over the cap, within the slack.
    expect(plan(links, 1, inbound, 3)).toEqual({ evict: [], turnAway: undefined });
    // Slack 2: one more than the slack allows.
    expect(plan(links, 1, inbound, 2)).toEqual({ evict: [], turnAway: 'new' });
  });

  it('a dialed newcomer that finds nothing to evict stays over the cap', () => {
    const outbound = link('new', { openedAt: NOW, dialed: true, rank: 0 });
    const links = [link('mesh', { rank: 2 }), outbound];
    expect(plan(links, 1, outbound)).toEqual({ evict: [], turnAway: undefined });
  });

  it('without a newcomer, young links over the cap make room only among links needed no more than they are', () => {
    const links = [
      link('mesh', { rank: 2, lastUsed: 1 }),
      link('plain', { rank: 0, lastUsed: 2 }),
      link('young', { rank: 1, openedAt: YOUNG }),
    ];
    expect(plan(links, 1).evict).toEqual(['plain']);
  });

  it('without a newcomer or young links, any old link may go, the most needed last', () => {
    const links = [link('mesh', { rank: 2, lastUsed: 1 }), link('plain', { rank: 0, lastUsed: 2 })];
    expect(plan(links, 0).evict).toEqual(['plain', 'mesh']);
  });
});
