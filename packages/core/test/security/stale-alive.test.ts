import { big, type Envelope, gossip, type PkiId, pkiIdFromBytes, u64 } from '@webgossip/core';
import { afterEach, describe, expect, it } from 'vitest';
import { Attacker } from '../helpers/attacker.js';
import { Cluster, type Peer } from '../helpers/cluster.js';
import { DropLog } from '../helpers/drops.js';

let cluster: Cluster;
afterEach(() => cluster?.stopAll());

interface Captured {
  envelope: Envelope;
  incNum: bigint;
  seqNum: bigint;
}

/** Asks the victim for its membership and returns the alive message it holds for `pkiId` (alive or dead list). */
function captureAlive(attacker: Attacker, nonce: bigint, pkiId: PkiId): Captured {
  attacker.send(attacker.membershipRequest(nonce));
  cluster.until(() => attacker.framesOf('memRes').some((f) => big(f.message.nonce) === nonce), 5_000);
  const response = attacker.framesOf('memRes').find((f) => big(f.message.nonce) === nonce);
  const entries = [...(response?.message.memRes?.alive ?? []), ...(response?.message.memRes?.dead ?? [])];
  for (const entry of entries) {
    const alive = gossip.GossipMessage.decode(entry.payload ?? new Uint8Array(0)).aliveMsg;
    if (alive?.membership?.pkiId && pkiIdFromBytes(alive.membership.pkiId) === pkiId) {
      return {
        envelope: { payload: entry.payload ?? null, signature: entry.signature ?? null },
        incNum: big(alive.timestamp?.incNum),
        seqNum: big(alive.timestamp?.seqNum),
      };
    }
  }
  throw new Error(`the victim holds no alive message of ${pkiId}`);
}

const isAlive = (peer: Peer, id: PkiId) => peer.gossip.peers().some((m) => m.pkiId === id);
const isDead = (peer: Peer, id: PkiId) => peer.gossip.deadPeers().some((m) => m.pkiId === id);

describe('replayed and stale alive messages', () => {
  it('are dropped as duplicate or stale, do not resurrect a dead peer, and a restart with a newer inc_num does', async () => {
    cluster = new Cluster({ seed: Number(process.env.SEED ?? 21) });
    await cluster.add('boot');
    const p1 = await cluster.add('p1', ['mem://boot']);
    await cluster.add('p2', ['mem://boot']);
    const victim = await cluster.add('victim', ['mem://boot']);
    cluster.until(() => cluster.fullMembership());
    const id = p1.gossip.self.pkiId;
    const drops = new DropLog(victim);
    const evil = new Attacker(cluster, 'evil').connect(victim);
    evil.startHeartbeat(500);

    // An old alive message of p1, replayed once p1 has published newer ones: stale.
    const old = captureAlive(evil, 1n, id);
    cluster.run(2_000);
    evil.sendEnvelope(old.envelope);
    cluster.until(() => drops.from(evil.pkiId, 'aliveMsg').length > 0, 2_000);
    expect(drops.reasonsFrom(evil.pkiId, 'aliveMsg')).toEqual(['stale']);

    // p1 dies; its last alive message, replayed as is, is a duplicate and p1 stays dead.
    cluster.kill(p1);
    cluster.until(() => isDead(victim, id), 10_000);
    const last = captureAlive(evil, 2n, id);
    expect(last.incNum).toBe(old.incNum);
    expect(last.seqNum > old.seqNum).toBe(true);
    const mark = drops.all.length;
    evil.sendEnvelope(last.envelope);
    evil.sendEnvelope(old.envelope);
    // The same replay inside a MembershipResponse's alive list, answering a request of the victim's.
    evil.send({ nonce: u64(evil.askedNonce()), memRes: { alive: [last.envelope, old.envelope], dead: [] } });
    cluster.until(() => drops.from(evil.pkiId, undefined, mark).length >= 4, 2_000);
    expect(drops.reasonsFrom(evil.pkiId, undefined, mark)).toEqual([
      'duplicate',
      'stale',
      'duplicate',
      'stale',
    ]);
    cluster.run(3_000);
    expect(isAlive(victim, id)).toBe(false);
    expect(isDead(victim, id)).toBe(true);

    // p1 restarts with the same identity and a newer inc_num: it is alive again.
    await cluster.add('p1', ['mem://boot']);
    cluster.until(() => isAlive(victim, id), 15_000);
    const fresh = captureAlive(evil, 3n, id);
    expect(fresh.incNum > old.incNum).toBe(true);

    // And the pre-restart messages still cannot roll it back.
    const before = drops.all.length;
    evil.sendEnvelope(last.envelope);
    cluster.until(() => drops.from(evil.pkiId, 'aliveMsg', before).length > 0, 2_000);
    expect(drops.reasonsFrom(evil.pkiId, 'aliveMsg', before)).toEqual(['stale']);
    expect(isAlive(victim, id)).toBe(true);
    evil.close();
  });
});
