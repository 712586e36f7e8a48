import { presets } from '@webgossip/core';
import { afterEach, describe, expect, it } from 'vitest';
import { Attacker } from '../helpers/attacker.js';
import { Cluster } from '../helpers/cluster.js';
import { DropLog } from '../helpers/drops.js';

let cluster: Cluster;
afterEach(() => cluster?.stopAll());

const config = presets.webgossip;

describe('a peer that keeps sending what no honest peer sends', () => {
  it('is closed as misbehaving, refused during its back-off, and accepted again after it', async () => {
    cluster = new Cluster({ seed: Number(process.env.SEED ?? 61) });
    await cluster.add('boot');
    const honest = await cluster.add('p1', ['mem://boot']);
    const victim = await cluster.add('victim', ['mem://boot']);
    cluster.until(() => cluster.fullMembership());
    const drops = new DropLog(victim);
    const downs: { pkiId: string; reason: string }[] = [];
    victim.gossip.events.on('link-down', (event) => downs.push(event));
    const evil = new Attacker(cluster, 'evil').connect(victim);
    let sent = 0;
    // Alive messages without membership: each is invalid, and counts one violation point.
    while (evil.open && sent < 10 * config.violationLimit) {
      evil.send({ aliveMsg: {} });
      sent++;
      cluster.run(1);
    }
    expect(evil.open).toBe(false);
    // The victim read one beyond the limit and no more: the rest arrived on a closed link.
    expect(drops.reasonsFrom(evil.pkiId, 'aliveMsg')).toHaveLength(config.violationLimit + 1);
    expect(downs).toContainEqual(expect.objectContaining({ pkiId: evil.pkiId, reason: 'misbehaving' }));
    expect(victim.gossip.metrics().links.misbehaving).toBe(1);

    // During the back-off the same identity is refused at the handshake.
    expect(() => new Attacker(cluster, 'evil').connect(victim)).toThrow();
    expect(drops.reasonsFrom(evil.pkiId, 'conn')).toContain('backed-off');
    // Honest peers are not affected.
    expect(victim.gossip.links().some((link) => link.pkiId === honest.gossip.self.pkiId)).toBe(true);
    expect(drops.all.filter((d) => d.from === honest.gossip.self.pkiId && d.reason === 'backed-off')).toEqual(
      [],
    );

    cluster.run(config.misbehaviourBackoff);
    const again = new Attacker(cluster, 'evil').connect(victim);
    expect(again.open).toBe(true);
  });
});
