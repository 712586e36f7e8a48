import { big, CONTENT_CASES, type ContentCase, type PkiId } from '@webgossip/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Attacker } from '../helpers/attacker.js';
import { A, Cluster, type Peer } from '../helpers/cluster.js';
import { DropLog } from '../helpers/drops.js';
import { BAD_CHANNEL_INPUT } from './bad-channel-input.js';
import { BAD_PEER_INPUT } from './bad-peer-input.js';

const BAD_INPUTS = [...BAD_PEER_INPUT, ...BAD_CHANNEL_INPUT];
/** Content cases with no wrong form: a ping, its answer, and the relay's signaling (handled outside the engine). */
const NOT_APPLICABLE: ContentCase[] = ['empty', 'ack', 'signal'];

let cluster: Cluster;
let victim: Peer;
let honest: Peer;
let evil: Attacker;
let drops: DropLog;

beforeAll(async () => {
  cluster = new Cluster({ seed: Number(process.env.SEED ?? 51) });
  await cluster.add('boot');
  honest = await cluster.add('p1', ['mem://boot']);
  await cluster.add('p2', ['mem://boot']);
  victim = await cluster.add('victim', ['mem://boot']);
  cluster.until(() => cluster.fullMembership());
  for (const peer of cluster.peers) peer.gossip.joinChan({}, A);
  cluster.until(() => cluster.peers.every((p) => p.gossip.peersOfChannel(A).length === 3));
  cluster.until(() => cluster.peers.every((p) => p.gossip.leaderOf(A) !== undefined));
  drops = new DropLog(victim);
  evil = new Attacker(cluster, 'evil').connect(victim);
  evil.startHeartbeat(500);
});
afterAll(() => {
  evil?.close();
  cluster?.stopAll();
});

describe('bad input over an authenticated link', () => {
  it('covers every GossipMessage content case', () => {
    const covered = new Set<ContentCase | 'frame'>(BAD_INPUTS.map((c) => c.kind));
    const missing = CONTENT_CASES.filter((kind) => !covered.has(kind) && !NOT_APPLICABLE.includes(kind));
    expect(missing).toEqual([]);
  });

  it.each(BAD_INPUTS)('$kind: $name is dropped and counted', ({ send, reasons }) => {
    const mark = drops.all.length;
    const counts = victim.gossip.metrics().dropped;
    // Any exception inside the victim would surface here: frames are delivered inside the runtime's advance().
    send({ evil, honest: honest.gossip.self.pkiId as PkiId });
    cluster.until(() => drops.from(evil.pkiId, undefined, mark).length > 0, 1_000);
    cluster.run(50);
    const seen = drops.reasonsFrom(evil.pkiId, undefined, mark);
    expect(reasons).toContain(seen[0]);
    const reason = seen[0] as (typeof reasons)[number];
    expect(victim.gossip.metrics().dropped[reason]).toBeGreaterThan(counts[reason] ?? 0);
    expect(evil.open).toBe(true);
  });

  it('afterwards, the victim still answers a valid MembershipRequest and still receives blocks', () => {
    evil.send(evil.membershipRequest(4242n));
    cluster.until(() => evil.framesOf('memRes').some((f) => big(f.message.nonce) === 4242n), 2_000);
    const height = victim.gossip.ledgerHeight(A);
    honest.gossip.submitTransaction(A, new TextEncoder().encode('after the storm'));
    cluster.until(() => victim.gossip.ledgerHeight(A) === height + 1, 10_000);
    expect(victim.gossip.peers()).toHaveLength(3 + 1);
  });
});
