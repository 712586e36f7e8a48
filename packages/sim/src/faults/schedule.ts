/**
 * A fault schedule: everything one case of the fault suite does, as plain
 * JSON, so a failing case can be printed, pasted into a regression test and
 * replayed exactly. Peer and channel numbers are taken modulo the case's
 * peer and channel counts, so a shrunk schedule stays valid.
 */

export type FaultPreset = 'webgossip' | 'fabric';

/** What becomes of a peer taken down: it stays down, or it comes back with or without the blocks it stored. */
export type Comeback = 'stay-down' | 'with-blocks' | 'without-blocks';

/** A fault in the fault window; times count from the window's start. Every fault ends at the heal. */
export type FaultStep =
  /** The network splits into `groups` groups (peer i goes to group (i + salt) mod groups) for a while. */
  | { kind: 'partition'; atMs: number; durationMs: number; groups: number; salt: number }
  /** Loss rises to `loss` for a while. */
  | { kind: 'loss-burst'; atMs: number; durationMs: number; loss: number }
  /** Every hop takes `latencyMs` for a while. */
  | { kind: 'latency-spike'; atMs: number; durationMs: number; latencyMs: number }
  /** The peer vanishes without a goodbye; after `downMs` it may come back. */
  | { kind: 'crash'; atMs: number; peer: number; downMs: number; comeback: Comeback }
  /** The peer stops gracefully (its links close); after `downMs` it may come back. */
  | { kind: 'stop'; atMs: number; peer: number; downMs: number; comeback: Comeback }
  /** The channel's current leader crashes. */
  | { kind: 'leader-kill'; atMs: number; channel: number; downMs: number; comeback: Comeback }
  /** The peer leaves a channel, and joins it again after `downMs` when `rejoin`. */
  | { kind: 'leave-channel'; atMs: number; peer: number; channel: number; downMs: number; rejoin: boolean }
  /** An attacker links to the peer and sends it forged alive, StateInfo and leadership messages. */
  | { kind: 'forge'; atMs: number; peer: number }
  /** A hostile peer links to the peer and misbehaves in every way it can for a while (hostile-peer.ts). */
  | { kind: 'hostile'; atMs: number; peer: number; durationMs: number }
  // Faults of the memory network's fault extensions: generated only where the network has them.
  /** The link between two peers closes at `peer` only; `other` keeps a dead link. */
  | { kind: 'one-sided-close'; atMs: number; peer: number; other: number }
  /** Frames from one group to the other are lost for a while; the other way they pass. */
  | { kind: 'asymmetric-partition'; atMs: number; durationMs: number; salt: number }
  /** A share of frames arrives twice for a while. */
  | { kind: 'duplicate-frames'; atMs: number; durationMs: number; share: number }
  /** A share of frames overtakes the frame before it for a while. */
  | { kind: 'reorder-frames'; atMs: number; durationMs: number; share: number }
  /** One link (both ways) takes `latencyMs` for a while. */
  | {
      kind: 'link-latency';
      atMs: number;
      durationMs: number;
      peer: number;
      other: number;
      latencyMs: number;
    };

export type FaultKindName = FaultStep['kind'];

/** A transaction submitted at a peer of a channel during the fault window. */
export interface TxStep {
  atMs: number;
  peer: number;
  channel: number;
}

export interface FaultSchedule {
  preset: FaultPreset;
  /** Seeds the virtual runtime (network randomness, nonces, transaction ids) and the peers' keys. */
  seed: number;
  peers: number;
  /** Peers (by number) that also join the second channel; empty: one channel only. Every peer joins the first. */
  channelB: number[];
  /** Loss during the whole fault window. */
  loss: number;
  faults: FaultStep[];
  txs: TxStep[];
}

/** The channels of a schedule: 'A' always, 'B' when some peers join it. */
export function channelCount(schedule: FaultSchedule): number {
  return channelMembersB(schedule).length > 0 ? 2 : 1;
}

/** The distinct peers of the second channel (at least two, or none). */
export function channelMembersB(schedule: FaultSchedule): number[] {
  const members = [...new Set(schedule.channelB.map((p) => p % schedule.peers))].sort((a, b) => a - b);
  return members.length >= 2 ? members : [];
}

/** One line per step, in time order: what a failure report prints. */
export function describeSchedule(schedule: FaultSchedule): string {
  const head = `${schedule.preset}, seed ${schedule.seed}, ${schedule.peers} peers, loss ${schedule.loss}, channel B: ${
    channelMembersB(schedule).join(',') || 'none'
  }`;
  const steps = [...schedule.faults, ...schedule.txs.map((t) => ({ kind: 'tx' as const, ...t }))].sort(
    (a, b) => a.atMs - b.atMs,
  );
  return [head, ...steps.map((s) => `  ${JSON.stringify(s)}`)].join('\n');
}
