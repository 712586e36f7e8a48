import { channelMac, encodeEnvelope, presets } from '@webgossip/core';
import { afterEach, describe, expect, it } from 'vitest';
import { Attacker, unsigned } from '../helpers/attacker.js';
import { A, Cluster, type Peer } from '../helpers/cluster.js';
import { DropLog } from '../helpers/drops.js';

let cluster: Cluster;
afterEach(() => cluster?.stopAll());

const config = presets.webgossip;

async function channel(): Promise<{ victim: Peer; honest: Peer; member: Attacker }> {
  cluster = new Cluster({ seed: Number(process.env.SEED ?? 41) });
  await cluster.add('boot');
  const honest = await cluster.add('p1', ['mem://boot']);
  await cluster.add('p2', ['mem://boot']);
  const victim = await cluster.add('victim', ['mem://boot']);
  for (const peer of cluster.peers) peer.gossip.joinChan({}, A);
  cluster.until(() => cluster.peers.every((p) => p.gossip.peersOfChannel(A).length === 3));
  const member = new Attacker(cluster, 'asker').connect(victim);
  member.startHeartbeat(500);
  member.sendEnvelope(member.stateInfo(A, 0));
  cluster.until(() => victim.gossip.peersOfChannel(A).some((m) => m.pkiId === member.pkiId), 5_000);
  return { victim, honest, member };
}

/** Bytes of the frames of these kinds the victim sent the attacker. */
function answered(member: Attacker, kinds: readonly string[]): number {
  return member.received
    .filter((frame) => kinds.includes(frame.content.case))
    .reduce((sum, frame) => sum + encodeEnvelope(frame.envelope).length, 0);
}

describe('answers to a peer that floods requests', () => {
  it('stay within its answer budget until it is closed as misbehaving; an honest peer is still answered', async () => {
    const { victim, honest, member } = await channel();
    const drops = new DropLog(victim);
    const downs: { pkiId: string; reason: string }[] = [];
    victim.gossip.events.on('link-down', (event) => downs.push(event));
    const kinds = ['stateSnapshot', 'memRes'];
    const before = answered(member, kinds);
    const pull = encodeEnvelope(unsigned({ stateInfoPullReq: { channel_MAC: channelMac(member.pkiId, A) } }));
    let asked = 0;
    const started = cluster.runtime.now();
    // 1,000 StateInfoPullRequests and 1,000 MembershipRequests in one second of virtual time.
    for (let i = 0; i < 1000 && member.open; i++) {
      const request = encodeEnvelope(unsigned(member.membershipRequest(BigInt(70_000 + i))));
      member.sendBytes(pull);
      member.sendBytes(request);
      asked += pull.length + request.length;
      if (i % 100 === 99) cluster.run(100);
    }
    cluster.run(500);
    const elapsed = cluster.runtime.now() - started;
    const bytes = answered(member, kinds) - before;
    const bound =
      config.answerBudgetBytes +
      config.maxMessageSize +
      (config.answerBudgetBytes * elapsed) / config.budgetInterval;
    console.log(`2,000 requests (${asked} B) drew ${bytes} B of answers (×${(bytes / asked).toFixed(2)})`);
    expect(bytes).toBeLessThanOrEqual(bound);
    expect(drops.reasonsFrom(member.pkiId, 'stateInfoPullReq')).toContain('over-budget');
    expect(drops.reasonsFrom(member.pkiId, 'memReq')).toContain('over-budget');
    // Requests beyond the budget count against the link: the flooder is closed before it sent them all.
    expect(member.open).toBe(false);
    expect(victim.gossip.metrics().links.misbehaving).toBe(1);
    expect(downs).toContainEqual(expect.objectContaining({ pkiId: member.pkiId, reason: 'misbehaving' }));
    // The honest peer's own requests are answered as before: it still sees the whole channel.
    cluster.run(3 * config.requestStateInfoInterval);
    expect(honest.gossip.peersOfChannel(A).map((m) => m.pkiId)).toContain(victim.gossip.self.pkiId);
    expect(
      drops.all.filter((d) => d.from === honest.gossip.self.pkiId && d.reason === 'over-budget'),
    ).toEqual([]);
  });
});
