import { big, type Envelope, gossip, type PkiId, pkiIdFromBytes } from '@webgossip/core';
import { afterEach, describe, expect, it } from 'vitest';
import { Attacker } from '../helpers/attacker.js';
import { Cluster, type Peer } from '../helpers/cluster.js';
import { DropLog } from '../helpers/drops.js';

let cluster: Cluster;
afterEach(() => cluster?.stopAll());

async function network(): Promise<{ victim: Peer; p1: Peer }> {
  cluster = new Cluster({ seed: Number(process.env.SEED ?? 11) });
  await cluster.add('boot');
  const p1 = await cluster.add('p1', ['mem://boot']);
  await cluster.add('p2', ['mem://boot']);
  const victim = await cluster.add('victim', ['mem://boot']);
  cluster.until(() => cluster.fullMembership());
  return { victim, p1 };
}

function responsesTo(attacker: Attacker, nonce: bigint) {
  return attacker.framesOf('memRes').filter((frame) => big(frame.message.nonce) === nonce);
}

/** The alive message of `pkiId` among a MembershipResponse's entries: a validly signed envelope of another peer. */
function aliveEnvelopeOf(attacker: Attacker, nonce: bigint, pkiId: PkiId): Envelope {
  for (const frame of responsesTo(attacker, nonce)) {
    for (const entry of frame.message.memRes?.alive ?? []) {
      const inner = gossip.GossipMessage.decode(entry.payload ?? new Uint8Array(0));
      const claimed = inner.aliveMsg?.membership?.pkiId;
      if (claimed && pkiIdFromBytes(claimed) === pkiId)
        return { payload: entry.payload ?? null, signature: entry.signature ?? null };
    }
  }
  throw new Error(`no alive message of ${pkiId} in the response`);
}

describe("a MembershipRequest whose self_information is another peer's (Fabric's spoofing check)", () => {
  it('gets no MembershipResponse and is counted as spoofed, while an honest request is answered', async () => {
    const { victim, p1 } = await network();
    const drops = new DropLog(victim);
    const evil = new Attacker(cluster, 'evil').connect(victim);
    evil.startHeartbeat(500);

    // Control: the same link asking honestly is answered, and the answer hands over p1's signed alive message.
    evil.send(evil.membershipRequest(111n));
    cluster.until(() => responsesTo(evil, 111n).length > 0, 5_000);
    const stolen = aliveEnvelopeOf(evil, 111n, p1.gossip.self.pkiId);

    const spoofedBefore = drops.counted('spoofed');
    const answersBefore = evil.framesOf('memRes').length;
    evil.send(evil.membershipRequest(222n, stolen));
    cluster.until(() => drops.reasonsFrom(evil.pkiId, 'memReq').includes('spoofed'), 5_000);
    // Give an answer every chance to arrive: several alive and membership rounds.
    cluster.run(3_000);

    expect(responsesTo(evil, 222n)).toHaveLength(0);
    expect(evil.framesOf('memRes')).toHaveLength(answersBefore);
    expect(drops.counted('spoofed')).toBe(spoofedBefore + 1);
    expect(drops.reasonsFrom(evil.pkiId, 'memReq')).toEqual(['spoofed']);
    // p1 is still known as itself, at its own endpoint.
    expect(victim.gossip.peers().find((m) => m.pkiId === p1.gossip.self.pkiId)?.endpoint).toBe('mem://p1');
    evil.close();
  });

  it('from a peer that never introduced itself, gets no answer at all', async () => {
    const { victim, p1 } = await network();
    const drops = new DropLog(victim);
    const thief = new Attacker(cluster, 'thief').connect(victim);
    thief.startHeartbeat(500);
    thief.send(thief.membershipRequest(1n));
    cluster.until(() => responsesTo(thief, 1n).length > 0, 5_000);
    const stolen = aliveEnvelopeOf(thief, 1n, p1.gossip.self.pkiId);
    thief.close();

    const stranger = new Attacker(cluster, 'stranger').connect(victim);
    stranger.send(stranger.membershipRequest(333n, stolen));
    cluster.until(() => drops.reasonsFrom(stranger.pkiId).length > 0, 5_000);
    cluster.run(3_000);

    expect(drops.reasonsFrom(stranger.pkiId)).toEqual(['spoofed']);
    expect(stranger.framesOf('memRes')).toHaveLength(0);
    expect(victim.gossip.peers().some((m) => m.pkiId === stranger.pkiId)).toBe(false);
    stranger.close();
  });
});
