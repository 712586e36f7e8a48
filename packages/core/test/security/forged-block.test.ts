import type { DropReason, PkiId } from '@webgossip/core';
import { afterEach, describe, expect, it } from 'vitest';
import { Attacker, attackerCrypto } from '../helpers/attacker.js';
import { A, Cluster, type Peer } from '../helpers/cluster.js';
import { DropLog } from '../helpers/drops.js';
import {
  alterData,
  alterHeader,
  blockMessage,
  flipSignature,
  impersonated,
  validBlock,
} from '../helpers/forged-blocks.js';

let cluster: Cluster;
afterEach(() => cluster?.stopAll());

const tx = (i: number) => new TextEncoder().encode(`tx-${i}`);

/** boot, p1..p3 and the victim; `outside` peers stay out of channel A, which is restricted when `admit` is given. */
async function channel(outside: string[] = [], admit?: PkiId[]): Promise<Peer[]> {
  cluster = new Cluster({ seed: Number(process.env.SEED ?? 41) });
  await cluster.add('boot');
  for (const name of ['p1', 'p2', 'p3', 'victim']) await cluster.add(name, ['mem://boot']);
  cluster.until(() => cluster.fullMembership());
  const inChannel = cluster.peers.filter((p) => !outside.includes(p.name));
  const restriction = admit ? { members: [...inChannel.map((p) => p.gossip.self.pkiId), ...admit] } : {};
  for (const peer of inChannel) peer.gossip.joinChan(restriction, A);
  cluster.until(() => inChannel.every((p) => p.gossip.peersOfChannel(A).length === inChannel.length - 1));
  cluster.until(() => inChannel.every((p) => p.gossip.leaderOf(A) !== undefined));
  return inChannel;
}

const named = (name: string) => cluster.peers.find((p) => p.name === name) as Peer;

/** Pushes one block from the attacker at the victim's height and returns the reasons the victim dropped it for. */
function push(victim: Peer, evil: Attacker, drops: DropLog, bytes: Uint8Array): DropReason[] {
  const mark = drops.all.length;
  evil.send(blockMessage(A, victim.gossip.ledgerHeight(A), bytes));
  cluster.until(() => drops.from(evil.pkiId, undefined, mark).length > 0, 1_000);
  return drops.reasonsFrom(evil.pkiId, undefined, mark);
}

describe('a pushed block that its claimed producer did not sign', () => {
  it('is rejected and counted, the ledger keeps its height, and a valid block still gets through', async () => {
    await channel();
    const victim = named('victim');
    const p1 = named('p1');
    const drops = new DropLog(victim);
    const evil = new Attacker(cluster, 'evil').connect(victim);
    const genuine = validBlock(p1.crypto, A, 0);
    const badSignatures = drops.counted('bad-signature');

    const verdicts: Record<string, DropReason[]> = {
      'signature bit flipped': push(victim, evil, drops, flipSignature(genuine)),
      'header altered after signing': push(victim, evil, drops, alterHeader(genuine)),
      'transactions swapped after signing': push(victim, evil, drops, alterData(genuine)),
      'signed by the attacker, naming p1': push(
        victim,
        evil,
        drops,
        impersonated(evil.crypto, p1.gossip.self.pkiId, A, 0),
      ),
      'garbage instead of a block': push(victim, evil, drops, new Uint8Array([1, 2, 3, 4, 5])),
    };
    expect(verdicts).toEqual({
      'signature bit flipped': ['bad-signature'],
      'header altered after signing': ['bad-signature'],
      'transactions swapped after signing': ['bad-signature'],
      'signed by the attacker, naming p1': ['bad-signature'],
      'garbage instead of a block': ['invalid'],
    });
    expect(drops.counted('bad-signature')).toBe(badSignatures + 4);
    cluster.run(2_000);
    expect(cluster.peers.map((p) => p.gossip.ledgerHeight(A))).toEqual(cluster.peers.map(() => 0));

    // The channel's own leader cuts a block: it reaches the victim as before.
    p1.gossip.submitTransaction(A, tx(1));
    cluster.until(() => victim.gossip.ledgerHeight(A) === 1, 10_000);
    expect(victim.gossip.blocks(A)[0]?.producer).toBe(victim.gossip.leaderOf(A));
    evil.close();
  });

  it('on a restricted channel, a block validly signed by a peer outside it is rejected as not-member', async () => {
    // The relay is admitted to the channel; p3 is not, though every peer knows its identity.
    await channel(['p3'], [attackerCrypto('relay').pkiId]);
    const victim = named('victim');
    const outsider = named('p3');
    expect(victim.gossip.peers().some((m) => m.pkiId === outsider.gossip.self.pkiId)).toBe(true);
    const drops = new DropLog(victim);
    const relay = new Attacker(cluster, 'relay').connect(victim);

    expect(push(victim, relay, drops, validBlock(outsider.crypto, A, 0))).toEqual(['not-member']);
    cluster.run(2_000);
    expect(victim.gossip.ledgerHeight(A)).toBe(0);

    // A block of the channel's own leader, relayed the same way, is taken: the check is on the producer.
    const leader = cluster.peers.find((p) => p.gossip.self.pkiId === victim.gossip.leaderOf(A)) as Peer;
    const mark = drops.all.length;
    relay.send(blockMessage(A, 0, validBlock(leader.crypto, A, 0)));
    cluster.until(() => victim.gossip.ledgerHeight(A) === 1, 1_000);
    expect(drops.from(relay.pkiId, undefined, mark)).toEqual([]);
    expect(victim.gossip.blocks(A)[0]).toMatchObject({
      via: 'push',
      from: relay.pkiId,
      producer: leader.gossip.self.pkiId,
    });
    relay.close();
  });
});
