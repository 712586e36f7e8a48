import type { MessageKind, Metrics } from '@webgossip/core';
import type { SimWorld } from './sim-world.js';

/** Kinds that carry block payloads: push, pull updates and state-transfer responses. */
export const PAYLOAD_KINDS: readonly MessageKind[] = ['dataMsg', 'dataUpdate', 'stateResponse'];
/** Kinds that move blocks without carrying them: pull rounds, lazy digests, requests, state requests. */
export const BLOCK_CONTROL_KINDS: readonly MessageKind[] = ['hello', 'dataDig', 'dataReq', 'stateRequest'];

/** Counts by message kind; the identity puller's messages apart, under `identityPull`. */
export type KindCounts = Partial<Record<MessageKind | 'identityPull', number>>;

/** Messages sent by every peer that ever ran, by kind. */
export function sentByKind(world: SimWorld): KindCounts {
  const total: KindCounts = {};
  for (const peer of world.peers) addInto(total, world.metricsOf(peer));
  return total;
}

function addInto(total: KindCounts, metrics: Metrics): void {
  for (const [kind, n] of Object.entries(metrics.messagesOut) as [MessageKind, number][])
    total[kind] = (total[kind] ?? 0) + n - (metrics.identityPullOut[kind] ?? 0);
  for (const n of Object.values(metrics.identityPullOut)) total.identityPull = (total.identityPull ?? 0) + n;
}

export function difference(after: KindCounts, before: KindCounts): KindCounts {
  const out: KindCounts = {};
  for (const [kind, n] of Object.entries(after) as [keyof KindCounts, number][]) {
    const delta = n - (before[kind] ?? 0);
    if (delta !== 0) out[kind] = delta;
  }
  return out;
}

export interface MessageFigures {
  /** Peers that took part in the block phase and blocks cut in it: the denominators. */
  peers: number;
  blocks: number;
  seconds: number;
  payloadPerPeerPerBlock: number;
  controlPerPeerPerBlock: number;
  /** Everything else (membership, identities, StateInfo, election, transactions) per peer per second. */
  otherPerPeerPerSecond: number;
  byKind: KindCounts;
}

/**
 * Per-peer, per-block message figures of the block phase. The identity
 * puller's messages share kinds with the block puller's; they are counted
 * apart (as `identityPull`, among the other messages), so payload and
 * control figures are the blocks' own.
 */
export function messageFigures(
  delta: KindCounts,
  peers: number,
  blocks: number,
  seconds: number,
): MessageFigures {
  const sum = (kinds: readonly MessageKind[]) => kinds.reduce((s, k) => s + (delta[k] ?? 0), 0);
  const payload = sum(PAYLOAD_KINDS);
  const control = sum(BLOCK_CONTROL_KINDS);
  const all = Object.values(delta).reduce((s, n) => s + (n ?? 0), 0);
  const perPeerBlock = (n: number) => (peers > 0 && blocks > 0 ? round3(n / peers / blocks) : 0);
  return {
    peers,
    blocks,
    seconds: round3(seconds),
    payloadPerPeerPerBlock: perPeerBlock(payload),
    controlPerPeerPerBlock: perPeerBlock(control),
    otherPerPeerPerSecond: peers > 0 && seconds > 0 ? round3((all - payload - control) / peers / seconds) : 0,
    byKind: sortKeys(delta),
  };
}

function sortKeys(counts: KindCounts): KindCounts {
  const out: KindCounts = {};
  for (const kind of Object.keys(counts).sort() as (keyof KindCounts)[]) out[kind] = counts[kind] as number;
  return out;
}

function round3(x: number): number {
  return Math.round(x * 1000) / 1000;
}
