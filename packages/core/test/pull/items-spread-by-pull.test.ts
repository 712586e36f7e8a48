import { describe, expect, it } from 'vitest';
import { PullNet, pullConfig } from './pull-net.js';

describe('pull alone spreads items', () => {
  it('brings every item of every engine to all 10 engines', () => {
    const net = new PullNet({ peers: 10, seed: 11 });
    const all: string[] = [];
    net.ids.forEach((id, i) => {
      for (let k = 0; k < 3; k++) {
        const item = `item-${i}-${k}`;
        net.engine(id).add(item);
        all.push(item);
      }
    });
    for (const engine of net.engines.values()) engine.start();

    net.runtime.runUntil(() => net.everyoneHas(all), 30 * pullConfig.pullInterval);

    for (const engine of net.engines.values()) expect(engine.items().sort()).toEqual([...all].sort());
    expect(net.drops).toEqual([]);
  });

  it('brings 50 items held by one engine to the 9 others', () => {
    const net = new PullNet({ peers: 10, seed: 12, fanout: 2 });
    const items = Array.from({ length: 50 }, (_, i) => String(i));
    const source = net.engine(net.ids[0]!);
    for (const item of items) source.add(item);
    for (const engine of net.engines.values()) engine.start();

    net.runtime.runUntil(() => net.everyoneHas(items), 30 * pullConfig.pullInterval);

    expect(net.everyoneHas(items)).toBe(true);
  });

  it('keeps spreading an item added while the engines run', () => {
    const net = new PullNet({ peers: 10, seed: 13 });
    for (const engine of net.engines.values()) engine.start();
    net.runtime.advance(5 * pullConfig.pullInterval);
    net.engine(net.ids[4]!).add('late');

    net.runtime.runUntil(() => net.everyoneHas(['late']), 30 * pullConfig.pullInterval);

    expect(net.everyoneHas(['late'])).toBe(true);
  });
});
