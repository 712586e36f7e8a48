import type { BlockInfo, ChannelId, Gossip, PkiId } from '@webgossip/core';
import type { FaultPeer, FaultWorld } from './fault-world.js';
import { ATTACKER_ENDPOINT, FORGED_HEIGHT, GHOST_ID } from './forgery.js';
import { type HostileSession, LIMITED_WITHIN_MS } from './hostile-peer.js';

/** Hold at every moment. */
export const SAFETY = [
  'chains-agree',
  'chain-linked',
  'no-duplicate-delivery',
  'no-duplicate-tx',
  'forgery-rejected',
  'offender-limited',
  'engine-error',
] as const;
/** Hold once faults have healed and the network has been quiet for a while. */
export const LIVENESS = [
  'heights-agree',
  'tx-committed',
  'one-leader',
  'membership-agrees',
  'dead-agrees',
] as const;

export type PropertyName = (typeof SAFETY)[number] | (typeof LIVENESS)[number];

export interface Violation {
  property: PropertyName;
  detail: string;
}

const short = (hash: string) => (hash ? hash.slice(0, 8) : '-');

/**
 * The properties that may take time to hold after the heal: one chain per
 * channel, every transaction of a submitter that stayed, one agreed leader,
 * agreed membership. They are polled to time convergence.
 */
export function checkSettling(world: FaultWorld): Violation[] {
  const out: Violation[] = [];
  for (const channel of world.channels) {
    const members = world.members(channel);
    const chains = members.map((p) => ({ peer: p, chain: p.gossip.blocks(channel) }));
    chainsAgree(channel, chains, out);
    const heights = new Set(chains.map((c) => c.chain.length));
    if (heights.size > 1)
      out.push({
        property: 'heights-agree',
        detail: `${channel}: ${chains.map((c) => `p${c.peer.index}=${c.chain.length}`).join(' ')}`,
      });
    txCommitted(world, channel, chains, out);
    oneLeader(world, channel, members, out);
  }
  membership(world, out);
  return out;
}

/** Properties whose breach is final: linked chains, no duplicates, no forged content in any view. */
export function checkAlways(world: FaultWorld): Violation[] {
  const out: Violation[] = [];
  for (const channel of world.channels) {
    for (const peer of world.members(channel)) {
      const chain = peer.gossip.blocks(channel);
      const broken = chain.findIndex(
        (b, i) => b.seq !== i || b.previousHash !== (i === 0 ? '' : chain[i - 1]?.hash),
      );
      if (broken >= 0)
        out.push({
          property: 'chain-linked',
          detail: `${channel} p${peer.index}: block ${broken} names parent ${short(chain[broken]?.previousHash ?? '')}`,
        });
      const seen = new Map<string, number>();
      for (const block of chain)
        for (const tx of block.txIds) {
          const first = seen.get(tx);
          if (first !== undefined) {
            out.push({
              property: 'no-duplicate-tx',
              detail: `${channel} p${peer.index}: tx ${short(tx)} in blocks ${first} and ${block.seq}`,
            });
            break;
          }
          seen.set(tx, block.seq);
        }
    }
  }
  for (const peer of world.peers)
    for (const [key, count] of peer.deliveries)
      if (count > 1) {
        const [incarnation, channel, seq, hash] = key.split('|');
        out.push({
          property: 'no-duplicate-delivery',
          detail: `p${peer.index} (engine ${incarnation}) got ${channel} block ${seq} ${short(hash ?? '')} ${count} times`,
        });
        break;
      }
  return [...out, ...checkForgery(world)];
}

/**
 * Every victim of a hostile peer that stayed up while the offender's bursts
 * reached it for at least LIMITED_WITHIN_MS closed the offender as
 * misbehaving (and counted it in links.misbehaving).
 */
export function checkOffenders(sessions: readonly HostileSession[]): Violation[] {
  return sessions
    .filter((s) => s.victimStayed && s.reachingMs >= LIMITED_WITHIN_MS)
    .filter((s) => !s.closedByVictim || s.engine.metrics().links.misbehaving <= s.misbehavingBefore)
    .map((s) => ({
      property: 'offender-limited',
      detail: `p${s.victim.index} never closed its hostile peer`,
    }));
}

/** Forged alive, StateInfo or leadership content in any live view. */
export function checkForgery(world: FaultWorld): Violation[] {
  const out: Violation[] = [];
  for (const { name, gossip } of liveEngines(world)) {
    const forgedMembers = gossip
      .peers()
      .filter((m) => m.pkiId === GHOST_ID || m.endpoint === ATTACKER_ENDPOINT);
    if (forgedMembers.length > 0)
      out.push({ property: 'forgery-rejected', detail: `${name} holds a forged alive member` });
    for (const channel of world.channels) {
      const forged = gossip
        .peersOfChannel(channel)
        .filter((m) => m.pkiId === GHOST_ID || m.ledgerHeight >= FORGED_HEIGHT);
      if (forged.length > 0)
        out.push({ property: 'forgery-rejected', detail: `${name} holds a forged StateInfo in ${channel}` });
      if (gossip.leaderOf(channel) === GHOST_ID)
        out.push({ property: 'forgery-rejected', detail: `${name} follows a forged leader in ${channel}` });
    }
  }
  return out;
}

function chainsAgree(
  channel: ChannelId,
  chains: { peer: FaultPeer; chain: BlockInfo[] }[],
  out: Violation[],
) {
  const longest = Math.max(0, ...chains.map((c) => c.chain.length));
  for (let seq = 0; seq < longest; seq++) {
    const byHash = new Map<string, number[]>();
    for (const { peer, chain } of chains) {
      const block = chain[seq];
      if (block) byHash.set(block.hash, [...(byHash.get(block.hash) ?? []), peer.index]);
    }
    if (byHash.size > 1) {
      const sides = [...byHash].map(([hash, peers]) => `${short(hash)} at p${peers.join(',p')}`);
      out.push({ property: 'chains-agree', detail: `${channel} seq ${seq}: ${sides.join(' vs ')}` });
      return;
    }
  }
}

function txCommitted(
  world: FaultWorld,
  channel: ChannelId,
  chains: { peer: FaultPeer; chain: BlockInfo[] }[],
  out: Violation[],
): void {
  const held = chains.map((c) => ({ peer: c.peer, ids: new Set(c.chain.flatMap((b) => b.txIds)) }));
  for (const tx of world.txs) {
    if (tx.channel !== channel) continue;
    const submitter = world.peers[tx.peer];
    const stayed =
      submitter?.state === 'live' &&
      submitter.incarnation === tx.incarnation &&
      submitter.member.has(channel) &&
      (submitter.epoch.get(channel) ?? 0) === tx.epoch;
    if (!stayed) continue;
    const missing = held.filter((h) => !h.ids.has(tx.id)).map((h) => `p${h.peer.index}`);
    if (missing.length > 0)
      out.push({
        property: 'tx-committed',
        detail: `${channel}: tx ${short(tx.id)} of p${tx.peer} missing at ${missing.join(',')}`,
      });
  }
}

function oneLeader(world: FaultWorld, channel: ChannelId, members: FaultPeer[], out: Violation[]): void {
  if (members.length === 0) return;
  const leaders = new Set(members.map((p) => p.gossip.leaderOf(channel)));
  const [leader] = [...leaders];
  const isMember = members.some((p) => p.pkiId === leader);
  if (leaders.size === 1 && leader !== undefined && isMember) return;
  const named = members.map((p) => `p${p.index}->${nameOf(world, p.gossip.leaderOf(channel))}`);
  out.push({ property: 'one-leader', detail: `${channel}: ${named.join(' ')}` });
}

function membership(world: FaultWorld, out: Violation[]): void {
  const engines = liveEngines(world);
  const known = new Map<PkiId, string>(world.peers.map((p) => [p.pkiId, `p${p.index}`]));
  if (world.bootstrap) known.set(world.bootstrap.self.pkiId, 'boot');
  const alive = new Set(engines.map((e) => e.gossip.self.pkiId));
  for (const { name, gossip, startedAtMs } of engines) {
    const view = new Set(
      gossip
        .peers()
        .map((m) => m.pkiId)
        .filter((id) => known.has(id)),
    );
    const missing = [...alive].filter((id) => id !== gossip.self.pkiId && !view.has(id));
    const extra = [...view].filter((id) => !alive.has(id));
    if (missing.length + extra.length > 0)
      out.push({
        property: 'membership-agrees',
        detail: `${name} alive view: missing ${list(missing, known)}; extra ${list(extra, known)}`,
      });
    const dead = new Set(gossip.deadPeers().map((m) => m.pkiId));
    const unseen = world.peers.filter(
      (p) => p.state !== 'live' && (p.downAtMs ?? 0) > startedAtMs && !dead.has(p.pkiId),
    );
    if (unseen.length > 0)
      out.push({
        property: 'dead-agrees',
        detail: `${name} does not hold dead: ${unseen.map((p) => `p${p.index}`).join(',')}`,
      });
  }
}

function liveEngines(world: FaultWorld): { name: string; gossip: Gossip; startedAtMs: number }[] {
  const out = world
    .live()
    .map((p) => ({ name: `p${p.index}`, gossip: p.gossip, startedAtMs: p.startedAtMs }));
  if (world.bootstrap) out.unshift({ name: 'boot', gossip: world.bootstrap, startedAtMs: 0 });
  return out;
}

function nameOf(world: FaultWorld, pkiId: PkiId | undefined): string {
  if (pkiId === undefined) return 'none';
  if (pkiId === GHOST_ID) return 'ghost';
  const peer = world.peers.find((p) => p.pkiId === pkiId);
  return peer ? `p${peer.index}${peer.state === 'live' ? '' : `(${peer.state})`}` : pkiId.slice(0, 6);
}

function list(ids: PkiId[], known: Map<PkiId, string>): string {
  return ids.length === 0 ? 'none' : ids.map((id) => known.get(id) ?? id.slice(0, 6)).join(',');
}
