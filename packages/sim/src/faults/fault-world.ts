import {
  type ChannelId,
  channelFromBytes,
  channelId,
  createGossip,
  createVirtualRuntime,
  type Gossip,
  type GossipConfig,
  keyPairFromSecret,
  MemoryNetwork,
  type MessageCryptoService,
  type PkiId,
  parseBlock,
  sha256,
  small,
  toHex,
  utf8,
  type VirtualRuntime,
} from '@webgossip/core';
import { createNodeEd25519Crypto } from '@webgossip/core/node';
import { channelMembersB, type FaultSchedule } from './schedule.js';
import { BASE_JITTER_MS, BASE_LATENCY_MS, configOf } from './timing.js';

export const CHANNEL_A: ChannelId = channelId('A');
export const CHANNEL_B: ChannelId = channelId('B');
export const BOOTSTRAP = 'sim:b0';

export type PeerState = 'live' | 'crashed' | 'stopped';

/** One peer across its restarts: the same key, a new engine each time. */
export interface FaultPeer {
  index: number;
  endpoint: string;
  crypto: MessageCryptoService;
  pkiId: PkiId;
  state: PeerState;
  gossip: Gossip;
  /** Counts engines: 0 for the first, one more per restart. */
  incarnation: number;
  /** When the current engine started, and when the peer last went down. */
  startedAtMs: number;
  downAtMs: number | undefined;
  /** Channels it belongs to now (joined, not left). */
  member: Set<ChannelId>;
  /** Moves on every crash, stop and leave of a channel: a transaction's submitter "stayed" while it did not. */
  epoch: Map<ChannelId, number>;
  /** What the peer's storage holds: committed block bytes by channel, seq 0 first. */
  stored: Map<ChannelId, Uint8Array[]>;
  /** Blocks handed to `accept` subscribers, by incarnation, channel, seq and hash. */
  deliveries: Map<string, number>;
  /** fork-detected and fork-resolved events, when the engine emits them. */
  forkEvents: { detected: number; resolved: number };
}

export interface SubmittedTx {
  id: string;
  channel: ChannelId;
  peer: number;
  epoch: number;
  incarnation: number;
}

/** Peers on one virtual clock and memory network with real Ed25519 keys, and what the checks need. */
export class FaultWorld {
  readonly runtime: VirtualRuntime;
  readonly net: MemoryNetwork;
  readonly config: GossipConfig;
  readonly peers: FaultPeer[] = [];
  readonly txs: SubmittedTx[] = [];
  readonly channels: ChannelId[];
  bootstrap: Gossip | undefined;

  constructor(readonly schedule: FaultSchedule) {
    this.runtime = createVirtualRuntime({ seed: schedule.seed });
    this.net = new MemoryNetwork(this.runtime, { latencyMs: BASE_LATENCY_MS, jitterMs: BASE_JITTER_MS });
    this.config = configOf(schedule.preset);
    this.channels = channelMembersB(schedule).length > 0 ? [CHANNEL_A, CHANNEL_B] : [CHANNEL_A];
  }

  async start(): Promise<void> {
    this.bootstrap = await createGossip({
      runtime: this.runtime,
      transport: this.net.transport(BOOTSTRAP),
      endpoint: BOOTSTRAP,
      crypto: keyOf(this.schedule.seed, -1),
      preset: this.config,
      maxConnections: Number.POSITIVE_INFINITY,
      targetConnections: this.config.targetConnections,
      produceBlocks: false,
    });
    const inB = new Set(channelMembersB(this.schedule));
    for (let index = 0; index < this.schedule.peers; index++) {
      const crypto = keyOf(this.schedule.seed, index);
      const member = new Set<ChannelId>([CHANNEL_A, ...(inB.has(index) ? [CHANNEL_B] : [])]);
      const peer: FaultPeer = {
        index,
        endpoint: `sim:p${index}`,
        crypto,
        pkiId: crypto.pkiId,
        state: 'live',
        gossip: undefined as unknown as Gossip,
        incarnation: -1,
        startedAtMs: this.runtime.now(),
        downAtMs: undefined,
        member,
        epoch: new Map(),
        stored: new Map(),
        deliveries: new Map(),
        forkEvents: { detected: 0, resolved: 0 },
      };
      this.peers.push(peer);
      await this.boot(peer);
    }
  }

  /** Starts a new engine for the peer, restoring what its storage holds, and joins its channels. */
  private async boot(peer: FaultPeer): Promise<void> {
    peer.incarnation++;
    peer.state = 'live';
    peer.startedAtMs = this.runtime.now();
    peer.downAtMs = undefined;
    const gossip = await createGossip({
      runtime: this.runtime,
      transport: this.net.transport(peer.endpoint),
      endpoint: peer.endpoint,
      bootstrap: [BOOTSTRAP],
      crypto: peer.crypto,
      preset: this.config,
      restoreLedger: (channel) => peer.stored.get(channel) ?? [],
    });
    peer.gossip = gossip;
    const incarnation = peer.incarnation;
    gossip.events.on('block-added', ({ block, bytes }) => {
      const chain = peer.stored.get(block.channel) ?? [];
      chain[block.seq] = bytes;
      peer.stored.set(block.channel, chain);
    });
    gossip.events.on('fork-detected', () => {
      peer.forkEvents.detected++;
    });
    gossip.events.on('fork-resolved', ({ channel, removed }) => {
      peer.forkEvents.resolved++;
      const first = Math.min(...removed.map((b) => b.seq));
      if (Number.isFinite(first)) peer.stored.get(channel)?.splice(first);
    });
    gossip
      .accept((m) => !!m.dataMsg, false)
      .onMessage((m) => {
        const data = m.dataMsg?.payload?.data;
        const block = data ? parseBlock(data) : undefined;
        if (!block || !m.channel) return;
        const key = `${incarnation}|${channelFromBytes(m.channel)}|${small(m.dataMsg?.payload?.seqNum)}|${toHex(sha256(block.headerBytes))}`;
        peer.deliveries.set(key, (peer.deliveries.get(key) ?? 0) + 1);
      });
    for (const channel of this.channels) if (peer.member.has(channel)) gossip.joinChan({}, channel);
  }

  /** The peer vanishes without a goodbye; its engine stops unseen. */
  crash(peer: FaultPeer): boolean {
    if (peer.state !== 'live') return false;
    this.net.kill(peer.endpoint);
    peer.gossip.stop();
    this.down(peer, 'crashed');
    return true;
  }

  /** The peer stops gracefully: its links close and the other sides see them close. */
  stop(peer: FaultPeer): boolean {
    if (peer.state !== 'live') return false;
    peer.gossip.stop();
    this.down(peer, 'stopped');
    return true;
  }

  private down(peer: FaultPeer, state: PeerState): void {
    peer.state = state;
    peer.downAtMs = this.runtime.now();
    for (const channel of this.channels) this.bump(peer, channel);
  }

  /** Starts a downed peer again, with its stored blocks or with empty storage. */
  async restart(peer: FaultPeer, keepBlocks: boolean): Promise<boolean> {
    if (peer.state === 'live') return false;
    if (!keepBlocks) peer.stored.clear();
    this.net.revive(peer.endpoint);
    await this.boot(peer);
    return true;
  }

  leaveChannel(peer: FaultPeer, channel: ChannelId): boolean {
    if (peer.state !== 'live' || !peer.member.has(channel)) return false;
    peer.gossip.leaveChan(channel);
    peer.member.delete(channel);
    this.bump(peer, channel);
    return true;
  }

  /** Joins a channel the peer belonged to at start and has left. */
  rejoinChannel(peer: FaultPeer, channel: ChannelId): boolean {
    if (peer.member.has(channel)) return false;
    peer.member.add(channel);
    if (peer.state === 'live') peer.gossip.joinChan({}, channel);
    return true;
  }

  submit(peer: FaultPeer, channel: ChannelId, data: Uint8Array): boolean {
    if (peer.state !== 'live' || !peer.member.has(channel)) return false;
    const id = peer.gossip.submitTransaction(channel, data);
    this.txs.push({
      id,
      channel,
      peer: peer.index,
      epoch: peer.epoch.get(channel) ?? 0,
      incarnation: peer.incarnation,
    });
    return true;
  }

  /** The leader most live members of the channel name. */
  leaderOf(channel: ChannelId): FaultPeer | undefined {
    const votes = new Map<PkiId, number>();
    for (const peer of this.members(channel)) {
      const leader = peer.gossip.leaderOf(channel);
      if (leader) votes.set(leader, (votes.get(leader) ?? 0) + 1);
    }
    const [top] = [...votes.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    return top ? this.peers.find((p) => p.pkiId === top[0]) : undefined;
  }

  /** The peers (by number) that join the channel at start. */
  initialMembers(channel: ChannelId): Set<number> {
    const all = this.peers.map((p) => p.index);
    return new Set(channel === CHANNEL_A ? all : channelMembersB(this.schedule));
  }

  live(): FaultPeer[] {
    return this.peers.filter((p) => p.state === 'live');
  }

  /** Live peers that belong to the channel now. */
  members(channel: ChannelId): FaultPeer[] {
    return this.live().filter((p) => p.member.has(channel));
  }

  peerAt(index: number): FaultPeer {
    return this.peers[index % this.peers.length] as FaultPeer;
  }

  shutdown(): void {
    this.bootstrap?.stop();
    for (const peer of this.peers) if (peer.state === 'live') peer.gossip.stop();
  }

  private bump(peer: FaultPeer, channel: ChannelId): void {
    peer.epoch.set(channel, (peer.epoch.get(channel) ?? 0) + 1);
  }
}

/** Deterministic keys per (seed, peer), so a seed fixes PKI-IDs and with them who leads. */
const keyCache = new Map<string, MessageCryptoService>();
export function keyOf(seed: number, index: number): MessageCryptoService {
  const label = `fault/${seed}/${index}`;
  let crypto = keyCache.get(label);
  if (!crypto) {
    crypto = createNodeEd25519Crypto(keyPairFromSecret(sha256(utf8(label))));
    if (keyCache.size > 4_000) keyCache.clear();
    keyCache.set(label, crypto);
  }
  return crypto;
}
