import { Prng } from '@webgossip/core';
import type { ScenarioEvent } from '../scenario/scenario.js';
import type { BlockRecorder } from './block-recorder.js';
import type { Progress } from './progress.js';
import { leaderView } from './setup-phase.js';
import type { AppliedEvent } from './sim-result.js';
import type { SimWorld } from './sim-world.js';

/** Virtual ms between two checks of "is everything delivered". */
const STEP_MS = 50;

interface AgendaItem {
  atMs: number;
  run: () => Promise<void> | void;
}

export interface BlockPhaseOutcome {
  startedAtMs: number;
  endedAtMs: number;
  submitted: number;
  events: AppliedEvent[];
}

/**
 * Produces the scenario's blocks (transactions submitted to the channel's
 * leader, which cuts them) and applies its faults, each at its virtual time,
 * then waits until every block reached every live member or the settle time
 * ran out.
 */
export async function runBlockPhase(
  world: SimWorld,
  recorder: BlockRecorder,
  progress: Progress,
  runStartMs: number,
): Promise<BlockPhaseOutcome> {
  const { scenario } = world;
  const t0 = world.now;
  const applied: AppliedEvent[] = [];
  if (scenario.network.lossFrom === 'blocks' && scenario.network.loss > 0) {
    world.net.configure({ loss: scenario.network.loss });
  }
  recorder.startMeasuring();
  const txPrng = new Prng(scenario.seed ^ 0x5eed);
  let submitted = 0;
  const agenda: AgendaItem[] = [];
  for (let k = 0; k < scenario.blocks.count; k++) {
    agenda.push({
      atMs: t0 + k * scenario.blocks.intervalMs,
      run: () => {
        if (submitBlock(world, txPrng)) submitted++;
      },
    });
  }
  for (const event of scenario.events) {
    agenda.push({
      atMs: t0 + event.atMs,
      run: async () => void applied.push(await applyEvent(world, event, t0)),
    });
  }
  // Stable sort: at equal times blocks go before faults, in scenario order.
  agenda.sort((a, b) => a.atMs - b.atMs);
  const lastPlanned = Math.max(t0, ...agenda.map((item) => item.atMs));
  const settleUntil =
    t0 + (scenario.blocks.count - 1) * scenario.blocks.intervalMs + scenario.blocks.settleMs;
  const minimumEnd = runStartMs + scenario.durationMs;
  let next = 0;
  for (;;) {
    while (next < agenda.length && (agenda[next] as AgendaItem).atMs <= world.now)
      await (agenda[next++] as AgendaItem).run();
    const agendaDone = next >= agenda.length && world.now >= lastPlanned;
    const delivered = recorder.count() >= submitted && recorder.allDelivered();
    if (agendaDone && world.now >= minimumEnd && (delivered || world.now >= settleUntil)) break;
    const nextAt = next < agenda.length ? (agenda[next] as AgendaItem).atMs : Number.POSITIVE_INFINITY;
    world.runtime.advance(Math.max(0, Math.min(STEP_MS, nextAt - world.now)));
    progress.tick(
      () =>
        `blocks t=${((world.now - t0) / 1000).toFixed(1)} s: cut ${recorder.count()}/${scenario.blocks.count}, worst coverage ${(recorder.worstCoverage() * 100).toFixed(1)}%, live ${world.live().length}`,
    );
  }
  return { startedAtMs: t0, endedAtMs: world.now, submitted, events: applied };
}

/** Submits one block's worth of transactions to the leader (any live peer when there is none). */
function submitBlock(world: SimWorld, prng: Prng): boolean {
  const { leader } = leaderView(world);
  const live = world.live();
  const leaderPeer = leader === undefined ? undefined : world.peerOf(leader);
  const submitter =
    leaderPeer?.state === 'live' ? leaderPeer : live[Math.floor(world.runtime.random() * live.length)];
  if (!submitter) return false;
  const { transactionsPerBlock, transactionBytes } = world.scenario.blocks;
  for (let i = 0; i < transactionsPerBlock; i++) {
    submitter.gossip.submitTransaction(world.channel, prng.bytes(transactionBytes));
  }
  return true;
}

async function applyEvent(world: SimWorld, event: ScenarioEvent, t0: number): Promise<AppliedEvent> {
  const pick = (n: number) => {
    const candidates = world.live();
    const chosen: typeof candidates = [];
    while (chosen.length < n && candidates.length > 0) {
      const [peer] = candidates.splice(Math.floor(world.runtime.random() * candidates.length), 1);
      if (peer) chosen.push(peer);
    }
    return chosen;
  };
  const at = { atMs: Math.round(world.now - t0), action: event.action };
  switch (event.action) {
    case 'crash':
    case 'leave': {
      const chosen = pick(event.peers);
      for (const peer of chosen) event.action === 'crash' ? world.crash(peer) : world.leave(peer);
      return { ...at, detail: `${chosen.length} peers: ${chosen.map((p) => p.index).join(', ')}` };
    }
    case 'join': {
      const first = world.peers.length;
      for (let i = 0; i < event.peers; i++) await world.spawn();
      return { ...at, detail: `peers ${first}..${world.peers.length - 1}` };
    }
    case 'partition': {
      const groups = world.partition(event.groups);
      return { ...at, detail: `groups of ${groups.map((g) => g.length).join(' / ')}` };
    }
    case 'heal':
      world.net.heal();
      return { ...at, detail: 'network whole again' };
    case 'loss':
      world.net.configure({ loss: event.loss });
      return { ...at, detail: `loss ${event.loss}` };
  }
}
