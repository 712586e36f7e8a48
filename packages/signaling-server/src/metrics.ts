import { emptyMetrics, type Gossip, type Metrics } from '@webgossip/core';
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
      help: 'Frames received, by message kind',
      labelNames: ['kind'],
      registers,
    });
    this.framesOut = new Counter({
      name: 'webgossip_frames_out_total',
      help: 'Frames sent, by message kind',
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
    addDelta(now.messagesIn, this.seen.messagesIn, (kind, n) => this.framesIn.inc({ kind }, n));
    addDelta(now.messagesOut, this.seen.messagesOut, (kind, n) => this.framesOut.inc({ kind }, n));
    addDelta(now.dropped, this.seen.dropped, (reason, n) => this.dropped.inc({ reason }, n));
    const peers = this.registry.getSingleMetric('webgossip_peers_connected') as Gauge | undefined;
    peers?.set(gossip.links().length);
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
