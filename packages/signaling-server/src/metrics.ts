import { emptyMetrics, type Gossip, type Metrics, messageKindName } from '@webgossip/core';
import { Counter, collectDefaultMetrics, Gauge, Registry } from 'prom-client';

/** Why the server closed or refused a WebSocket connection. */
export type ConnectionRefusal =
  | 'server-full'
  | 'too-many-from-address'
  | 'origin-not-allowed'
  | 'rate-limit'
  | 'idle-timeout';

/**
 * The server's Prometheus metrics. Engine counters (frames by kind, drops by
 * reason) are read from the gossip peer when scraped; the transport's own
 * refusals (oversize, flood, limits) are counted as they happen.
 */
export class ServerMetrics {
  readonly registry = new Registry();
  private gossip: Gossip | undefined;
  private readonly seen: Metrics = emptyMetrics();
  private readonly framesIn: Counter<'kind'>;
  private readonly framesOut: Counter<'kind'>;
  private readonly dropped: Counter<'reason'>;
  private readonly refused: Counter<'reason'>;
  private readonly signals: Counter<'result'>;
  private readonly sockets: Gauge;
  private readonly members: Gauge<'state'>;
  private readonly heights: Gauge<'channel'>;
  private readonly highest: Gauge<'channel'>;
  private readonly leaders: Gauge<'channel' | 'leader'>;

  constructor() {
    const registers = [this.registry];
    collectDefaultMetrics({ register: this.registry });
    new Gauge({
      name: 'webgossip_peers_connected',
      help: 'Peers with an authenticated link to the server',
      registers,
      collect: () => {
        this.syncEngine();
        return undefined;
      },
    }).set(0);
    this.sockets = new Gauge({
      name: 'webgossip_websockets_open',
      help: 'Open WebSocket connections',
      registers,
    });
    this.framesIn = new Counter({
      name: 'webgossip_frames_in_total',
      help: "Frames received, by message kind (Fabric's message names)",
      labelNames: ['kind'],
      registers,
    });
    this.framesOut = new Counter({
      name: 'webgossip_frames_out_total',
      help: "Frames sent, by message kind (Fabric's message names)",
      labelNames: ['kind'],
      registers,
    });
    this.dropped = new Counter({
      name: 'webgossip_frames_dropped_total',
      help: 'Frames dropped, by reason (engine checks and transport limits)',
      labelNames: ['reason'],
      registers,
    });
    this.refused = new Counter({
      name: 'webgossip_connections_refused_total',
      help: 'WebSocket connections refused or closed by a limit, by reason',
      labelNames: ['reason'],
      registers,
    });
    this.members = new Gauge({
      name: 'webgossip_members',
      help: 'Peers the server knows, by state (alive, dead)',
      labelNames: ['state'],
      registers,
    });
    this.heights = new Gauge({
      name: 'webgossip_ledger_height',
      help: 'Blocks the server holds, per channel it joined (--join)',
      labelNames: ['channel'],
      registers,
    });
    this.highest = new Gauge({
      name: 'webgossip_channel_height',
      help: 'Highest ledger height a member of the channel announces in its StateInfo, per channel the server joined',
      labelNames: ['channel'],
      registers,
    });
    this.leaders = new Gauge({
      name: 'webgossip_channel_leader',
      help: 'The leader of each channel the server joined, as the server sees it (1 for its PKI-ID)',
      labelNames: ['channel', 'leader'],
      registers,
    });
    this.signals = new Counter({
      name: 'webgossip_signals_relayed_total',
      help: 'WebRTC signals relayed, by result (relayed, unknown-peer, invalid, rate-limited)',
      labelNames: ['result'],
      registers,
    });
  }

  /** The engine whose counters are reported. */
  observe(gossip: Gossip): void {
    this.gossip = gossip;
  }

  frameDropped(reason: string): void {
    this.dropped.inc({ reason });
  }

  connectionRefused(reason: ConnectionRefusal): void {
    this.refused.inc({ reason });
  }

  signal(result: 'relayed' | 'unknown-peer' | 'invalid' | 'rate-limited'): void {
    this.signals.inc({ result });
  }

  socketOpened(): void {
    this.sockets.inc();
  }

  socketClosed(): void {
    this.sockets.dec();
  }

  async text(): Promise<string> {
    return this.registry.metrics();
  }

  /** Adds what the engine counted since the last scrape (its counters only grow). */
  private syncEngine(): void {
    const gossip = this.gossip;
    if (!gossip) return;
    const now = gossip.metrics();
    const byName = (counter: Counter<'kind'>) => (kind: string, n: number) =>
      counter.inc({ kind: messageKindName(kind) }, n);
    addDelta(now.messagesIn, this.seen.messagesIn, byName(this.framesIn));
    addDelta(now.messagesOut, this.seen.messagesOut, byName(this.framesOut));
    addDelta(now.dropped, this.seen.dropped, (reason, n) => this.dropped.inc({ reason }, n));
    const peers = this.registry.getSingleMetric('webgossip_peers_connected') as Gauge | undefined;
    peers?.set(gossip.links().length);
    this.members.set({ state: 'alive' }, gossip.peers().length);
    this.members.set({ state: 'dead' }, gossip.deadPeers().length);
    this.heights.reset();
    this.highest.reset();
    this.leaders.reset();
    for (const channel of gossip.channels()) {
      const own = gossip.ledgerHeight(channel);
      this.heights.set({ channel }, own);
      const heights = gossip.peersOfChannel(channel).map((member) => member.ledgerHeight);
      this.highest.set({ channel }, Math.max(own, ...heights));
      const leader = gossip.leaderOf(channel);
      if (leader) this.leaders.set({ channel, leader }, 1);
    }
  }
}

function addDelta(
  now: Partial<Record<string, number>>,
  seen: Partial<Record<string, number>>,
  add: (label: string, n: number) => void,
): void {
  for (const [label, value = 0] of Object.entries(now)) {
    const delta = value - (seen[label] ?? 0);
    if (delta > 0) add(label, delta);
    seen[label] = value;
  }
}
