import { type GossipEvent, presets } from '@webgossip/core';
import { afterEach, describe, expect, it } from 'vitest';
import { Cluster } from '../helpers/cluster.js';

let cluster: Cluster;
afterEach(() => cluster?.stopAll());

type Death = Extract<GossipEvent, { type: 'member-dead' }>;

describe('a member declared dead', () => {
  it('says it went silent and when its last AliveMessage arrived', async () => {
    cluster = new Cluster({ seed: 21 });
    await cluster.add('boot');
    for (let i = 0; i < 3; i++) await cluster.add(`p${i}`, ['mem://boot']);
    cluster.until(() => cluster.fullMembership());
    const [watcher, victim] = [cluster.peers[1]!, cluster.peers[2]!];
    const victimId = victim.gossip.self.pkiId;
    const deaths: (Death & { at: number })[] = [];
    watcher.gossip.events.on('member-dead', (event) => deaths.push({ ...event, at: cluster.runtime.now() }));
    cluster.kill(victim);
    cluster.until(() => deaths.some((d) => d.member.pkiId === victimId));
    const death = deaths.find((d) => d.member.pkiId === victimId)!;
    expect(death.reason).toBe('expired');
    const { aliveExpirationTimeout, aliveExpirationCheckInterval } = presets.webgossip;
    expect(death.lastAliveAt).toBeDefined();
    expect(death.at - death.lastAliveAt!).toBeGreaterThan(aliveExpirationTimeout);
    expect(death.at - death.lastAliveAt!).toBeLessThanOrEqual(
      aliveExpirationTimeout + aliveExpirationCheckInterval,
    );
  });
});
