import type { GossipEvent } from '@webgossip/core';
import { describe, expect, it } from 'vitest';
import { convergeOn, submitMany } from '../helpers/channel.js';
import { A, Cluster } from '../helpers/cluster.js';

/** A run's events, in order, as comparable text. */
async function trace(seed: number): Promise<string[]> {
  const cluster = new Cluster({ seed, record: true, network: { latencyMs: 20, jitterMs: 10, loss: 0.05 } });
  await cluster.add('boot');
  for (let i = 1; i < 6; i++) await cluster.add(`p${i}`, ['mem://boot']);
  convergeOn(cluster, A);
  submitMany(cluster, cluster.peers[2]!, A, 5, 100);
  cluster.run(3_000);
  const lines = cluster.peers.flatMap((p) => p.events.map((e) => `${p.name} ${describeEvent(e)}`));
  cluster.stopAll();
  return lines;
}

function describeEvent(e: GossipEvent): string {
  switch (e.type) {
    case 'block-added':
      return `block ${e.block.seq} via ${e.block.via} from ${e.block.from} at ${e.block.receivedAtMs}`;
    case 'member-alive':
    case 'member-dead':
      return `${e.type} ${e.member.pkiId}`;
    default:
      return JSON.stringify(e, (_k, v) =>
        typeof v === 'bigint' ? String(v) : v instanceof Uint8Array ? v.length : v,
      );
  }
}

describe('determinism', () => {
  it('the same seed gives the same event trace; another seed does not', async () => {
    const first = await trace(7);
    const again = await trace(7);
    const other = await trace(8);
    expect(first.length).toBeGreaterThan(100);
    expect(again).toEqual(first);
    expect(other).not.toEqual(first);
  });
});
