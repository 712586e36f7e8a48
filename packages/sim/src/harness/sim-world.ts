import {
  type ChannelId,
  channelId,
  createGossip,
  createInsecureSimCrypto,
  createVirtualRuntime,
  type Gossip,
  type GossipConfig,
  MemoryNetwork,
  type Metrics,
  type NetworkMember,
  type PkiId,
  type VirtualRuntime,
} from '@webgossip/core';
import type { Scenario } from '../scenario/scenario.js';
import type { ConvergedView } from './converged-view.js';
import { peerSeed } from './peer-seed.js';

export type PeerState = 'live' | 'crashed' | 'left';

/** One engine in the simulation. */
export interface SimPeer {
  index: number;
  endpoint: string;
  pkiId: PkiId;
  gossip: Gossip;
  state: PeerState;
  /** Virtual time it joined the channel. */
  joinedAtMs: number;
  /** Its counters when it crashed or left (a crashed engine keeps counting into the void). */
  finalMetrics: Metrics | undefined;
}

/** Hooks a harness part attaches to every peer, including peers that join later. */
export type PeerHook = (peer: SimPeer) => void;

/**
 * The simulated world: one virtual clock, one memory network, many real
 * engines. Channel peers are numbered in creation order. Besides them run
 * `bootstrapPeers` bootstrap nodes, set up as the signaling server sets up
 * its own peer: a link to everyone it introduces, no channel, no blocks.
 */
export class SimWorld {
  readonly runtime: VirtualRuntime;
  readonly net: MemoryNetwork;
  readonly channel: ChannelId = channelId('bench');
  readonly peers: SimPeer[] = [];
  /** The bootstrap nodes: engines like the signaling server's, members of no channel. */
  readonly bootstraps: SimPeer[] = [];
  private readonly hooks: PeerHook[] = [];
  private readonly byPkiId = new Map<PkiId, SimPeer>();
  /** In a converged start: who each peer starts knowing. */
  private view: ConvergedView | undefined;

  constructor(
    readonly scenario: Scenario,
    readonly config: GossipConfig,
  ) {
    this.runtime = createVirtualRuntime({ seed: scenario.seed });
    const { latencyMs, jitterMs, loss, lossFrom } = scenario.network;
    this.net = new MemoryNetwork(this.runtime, {
      latencyMs,
      jitterMs,
      loss: lossFrom === 'start' ? loss : 0,
    });
  }

  /** A run without blocks only times membership: its peers join no channel. */
  get joinsChannel(): boolean {
    return this.scenario.blocks.count > 0;
  }

  onPeer(hook: PeerHook): void {
    this.hooks.push(hook);
    for (const peer of this.peers) hook(peer);
  }

  get now(): number {
    return this.runtime.now();
  }

  bootstrapEndpoints(): string[] {
    return Array.from({ length: this.scenario.bootstrapPeers }, (_, i) => `sim:b${i}`);
  }

  /** Starts the bootstrap nodes, each able to hold a link to every peer of the run. */
  async startBootstraps(): Promise<void> {
    const cap = this.scenario.peers + 10_000;
    for (const endpoint of this.bootstrapEndpoints()) {
      const gossip = await createGossip({
        runtime: this.runtime,
        transport: this.net.transport(endpoint),
        endpoint,
        bootstrap: this.bootstrapEndpoints().filter((e) => e !== endpoint),
        crypto: createInsecureSimCrypto(peerSeed(this.scenario.seed, -1 - this.bootstraps.length)),
        preset: this.config,
        maxConnections: Math.max(this.config.maxConnections, cap),
        targetConnections: this.config.targetConnections,
        produceBlocks: false,
        useLeaderElection: this.scenario.leader === 'elected',
      });
      this.bootstraps.push(this.track(-1 - this.bootstraps.length, endpoint, gossip));
    }
  }

  /** From now on peers start from this membership instead of the bootstrap nodes (a converged start). */
  useConvergedView(view: ConvergedView): void {
    this.view = view;
  }

  /**
   * Starts a new channel peer, then joins the channel. It bootstraps from the
   * bootstrap nodes, or, in a converged start, knows its share of the view
   * (a later joiner: a random sample of live peers) as alive channel members.
   */
  async spawn(): Promise<SimPeer> {
    const index = this.peers.length;
    const endpoint = endpointOf(index);
    const initialMembers = this.view ? this.initialMembersOf(index, this.view) : undefined;
    const staticLeader = this.scenario.leader === 'static';
    const gossip = await createGossip({
      runtime: this.runtime,
      transport: this.net.transport(endpoint),
      endpoint,
      bootstrap: initialMembers ? [] : this.bootstrapEndpoints(),
      crypto: createInsecureSimCrypto(peerSeed(this.scenario.seed, index)),
      preset: this.config,
      ...(initialMembers ? { initialMembers } : {}),
      ...(staticLeader ? { useLeaderElection: false, orgLeader: index === 0 } : {}),
    });
    const peer = this.track(index, endpoint, gossip);
    this.peers.push(peer);
    for (const hook of this.hooks) hook(peer);
    if (!this.joinsChannel) return peer;
    const seeded = initialMembers?.map((m) => ({ pkiId: m.pkiId, ledgerHeight: 0 }));
    // Every peer knows a static leader as a channel member, as Fabric peers know their ordering
    // service from the channel configuration: its blocks are accepted even where it is not in view.
    const leader = this.peers[0];
    if (seeded && staticLeader && leader && leader !== peer && !seeded.some((m) => m.pkiId === leader.pkiId))
      seeded.push({ pkiId: leader.pkiId, ledgerHeight: 0 });
    gossip.joinChan(seeded ? { initialMembers: seeded } : {}, this.channel);
    return peer;
  }

  private initialMembersOf(index: number, view: ConvergedView): NetworkMember[] {
    if (index < view.members.length) return view.membersOf(index);
    const live = shuffle(this.live(), () => this.runtime.random());
    const size = Math.max(1, Math.round(view.meanView()));
    return live.slice(0, size).map((p) => p.gossip.self);
  }

  private track(index: number, endpoint: string, gossip: Gossip): SimPeer {
    const peer: SimPeer = {
      index,
      endpoint,
      pkiId: gossip.self.pkiId,
      gossip,
      state: 'live',
      joinedAtMs: this.now,
      finalMetrics: undefined,
    };
    this.byPkiId.set(peer.pkiId, peer);
    return peer;
  }

  /** Every live engine, bootstrap nodes included: what full membership means. */
  liveNodes(): SimPeer[] {
    return [...this.bootstraps.filter((b) => b.state === 'live'), ...this.live()];
  }

  peerOf(pkiId: PkiId): SimPeer | undefined {
    return this.byPkiId.get(pkiId);
  }

  live(): SimPeer[] {
    return this.peers.filter((p) => p.state === 'live');
  }

  /**
   * The peer vanishes without a goodbye: the network drops everything to and
   * from it and no link learns of it. Its engine keeps running in the void
   * (stopping it would close its links, which the other side would notice).
   */
  crash(peer: SimPeer): void {
    if (peer.state !== 'live') return;
    peer.finalMetrics = peer.gossip.metrics();
    peer.state = 'crashed';
    this.net.kill(peer.endpoint);
  }

  /** The peer stops gracefully: its links close and the other sides see them close. */
  leave(peer: SimPeer): void {
    if (peer.state !== 'live') return;
    peer.finalMetrics = peer.gossip.metrics();
    peer.state = 'left';
    peer.gossip.stop();
  }

  /** Splits the live peers at random into `groups` groups of (nearly) equal size. */
  partition(groups: number): string[][] {
    const shuffled = shuffle(this.live(), () => this.runtime.random());
    const split: string[][] = Array.from({ length: groups }, () => []);
    shuffled.forEach((peer, i) => {
      split[i % groups]?.push(peer.endpoint);
    });
    this.net.partition(...split);
    return split;
  }

  metricsOf(peer: SimPeer): Metrics {
    return peer.finalMetrics ?? peer.gossip.metrics();
  }

  /** Stops every engine: the end of a run. */
  shutdown(): void {
    for (const peer of [...this.bootstraps, ...this.peers])
      if (peer.state === 'live' || peer.state === 'crashed') peer.gossip.stop();
  }
}

export function endpointOf(index: number): string {
  return `sim:p${index}`;
}

function shuffle<T>(items: readonly T[], random: () => number): T[] {
  const out = items.slice();
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}
