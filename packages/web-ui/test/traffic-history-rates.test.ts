import type { Metrics } from '@webgossip/core';
import { describe, expect, it } from 'vitest';
import { TrafficHistory } from '../src/peers/traffic-history.js';

const metrics = (aliveIn: number, dataOut: number, stale: number): Metrics => ({
  messagesIn: { aliveMsg: aliveIn },
  messagesOut: dataOut ? { dataMsg: dataOut } : {},
  identityPullOut: {},
  bytesIn: aliveIn * 100,
  bytesOut: dataOut * 1000,
  dropped: stale ? { stale } : {},
  forks: { detected: 0, resolved: 0, blocksRolledBack: 0 },
  links: { probeTimeouts: 0, redials: 0, silenced: 0, misbehaving: 0 },
});

describe('the traffic history', () => {
  it('turns counter snapshots into per-sample rates, aligned across series', () => {
    const history = new TrafficHistory();
    history.sample(metrics(10, 0, 0));
    history.sample(metrics(25, 0, 0));
    history.sample(metrics(30, 4, 2));
    expect(history.in.get('aliveMsg')).toEqual([10, 15, 5]);
    expect(history.out.get('dataMsg')).toEqual([0, 0, 4]);
    expect(history.dropped.get('stale')).toEqual([0, 0, 2]);
    expect(history.bytesIn).toEqual([1000, 1500, 500]);
    expect(history.totals.messagesIn.aliveMsg).toBe(30);
  });

  it('keeps one minute of samples', () => {
    const history = new TrafficHistory();
    for (let i = 1; i <= 90; i++) history.sample(metrics(i, 0, 0));
    expect(history.in.get('aliveMsg')).toHaveLength(60);
  });
});
