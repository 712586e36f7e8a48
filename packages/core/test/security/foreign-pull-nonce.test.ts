import { big, channelToBytes, type GossipMessage, gossip, u64 } from '@webgossip/core';
import { afterEach, describe, expect, it } from 'vitest';
import { Attacker, unsigned } from '../helpers/attacker.js';
import { A, Cluster, type Peer } from '../helpers/cluster.js';
import { DropLog } from '../helpers/drops.js';
import { blockMessage, flipSignature, validBlock } from '../helpers/forged-blocks.js';

let cluster: Cluster;
afterEach(() => cluster?.stopAll());

const BLOCK = gossip.PullMsgType.BLOCK_MSG;
const onChannel = (body: GossipMessage): GossipMessage => ({
  ...body,
  channel: channelToBytes(A),
  tag: gossip.GossipMessage.Tag.CHAN_AND_ORG,
});
const update = (nonce: bigint, blocks: Uint8Array[]) =>
  onChannel({
    dataUpdate: {
      nonce: u64(nonce),
      msgType: BLOCK,
      data: blocks.map((b) => unsigned(blockMessage(A, 0, b))),
    },
  });

/** Block Hellos the victim sent to `attacker`, oldest first, as nonces. */
const helloNonces = (attacker: Attacker) =>
  attacker
    .framesOf('hello')
    .filter((f) => f.message.hello?.msgType === BLOCK)
    .map((f) => big(f.message.hello?.nonce));

/** Runs until the victim sends `attacker` a block Hello it has not seen yet, and returns its nonce. */
function nextHello(attacker: Attacker): bigint {
  const seen = helloNonces(attacker).length;
  cluster.until(() => helloNonces(attacker).length > seen, 5_000);
  return helloNonces(attacker)[seen] as bigint;
}

async function channel(): Promise<{ victim: Peer; p1: Peer; member: Attacker }> {
  cluster = new Cluster({ seed: Number(process.env.SEED ?? 31) });
  await cluster.add('boot');
  const p1 = await cluster.add('p1', ['mem://boot']);
  const victim = await cluster.add('victim', ['mem://boot']);
  for (const peer of cluster.peers) peer.gossip.joinChan({}, A);
  cluster.until(() => cluster.peers.every((p) => p.gossip.peersOfChannel(A).length === 2));
  // A hand-driven channel member: alive and with a StateInfo, so the victim pulls from it.
  const member = new Attacker(cluster, 'member').connect(victim);
  member.startHeartbeat(500);
  member.sendEnvelope(member.stateInfo(A, 0));
  cluster.until(() => victim.gossip.peersOfChannel(A).some((m) => m.pkiId === member.pkiId), 5_000);
  return { victim, p1, member };
}

describe('a pull Update whose nonce the victim did not issue to its sender', () => {
  it('is ignored: its blocks are not stored and unknown-nonce is counted; a live nonce is honoured', async () => {
    const { victim, p1, member } = await channel();
    const drops = new DropLog(victim);
    const block = validBlock(p1.crypto, A, 0);
    const counted = drops.counted('unknown-nonce');

    // A nonce the victim issued to `member`, used at once by another authenticated peer.
    const issued = nextHello(member);
    const thief = new Attacker(cluster, 'thief').connect(victim);
    thief.send(update(issued, [block]));
    // The member itself, under a nonce never issued, and under its Hello's nonce with no Request out.
    member.send(update(0xdead_beefn, [block]));
    member.send(update(issued, [block]));
    cluster.until(() => drops.from(thief.pkiId).length + drops.from(member.pkiId).length >= 3, 2_000);
    cluster.run(1_500);

    expect(drops.reasonsFrom(thief.pkiId)).toEqual(['unknown-nonce']);
    expect(drops.reasonsFrom(member.pkiId, 'dataUpdate')).toEqual(['unknown-nonce', 'unknown-nonce']);
    expect(drops.counted('unknown-nonce')).toBe(counted + 3);
    expect(victim.gossip.ledgerHeight(A)).toBe(0);
    expect(victim.gossip.blocks(A)).toEqual([]);

    // Control: the full exchange under a live nonce delivers. A forged block in it is still refused.
    const live = nextHello(member);
    member.send(
      onChannel({ dataDig: { nonce: u64(live), msgType: BLOCK, digests: [new TextEncoder().encode('0')] } }),
    );
    cluster.until(
      () => member.framesOf('dataReq').some((f) => big(f.message.dataReq?.nonce) === live),
      2_000,
    );
    member.send(update(live, [flipSignature(block)]));
    cluster.until(() => drops.from(member.pkiId, 'dataMsg').length > 0, 1_000);
    expect(drops.reasonsFrom(member.pkiId, 'dataMsg')).toEqual(['bad-signature']);
    expect(victim.gossip.ledgerHeight(A)).toBe(0);
    member.send(update(live, [block]));
    cluster.until(() => victim.gossip.ledgerHeight(A) === 1, 1_000);
    expect(victim.gossip.blocks(A)[0]).toMatchObject({
      seq: 0,
      via: 'pull',
      from: member.pkiId,
      producer: p1.gossip.self.pkiId,
    });
    thief.close();
    member.close();
  });
});
