import type { BlockInfo, ChannelId, EventStream, Gossip, GossipEvent, PkiId } from '@webgossip/core';
import type { LedgerStore } from '../boot/ledger-store.js';
import { blockTransactions, type TransactionSummary } from './block-transactions.js';
import { ForkHistory, rolledBack } from './fork-history.js';
import type { LivePeer } from './peer-factory.js';
import { TrafficHistory } from './traffic-history.js';

/** How many recent serialized blocks are kept for rewriting after a rollback (a fork is a few blocks deep). */
const RECENT_BYTES = 256;

export interface PeerModelOptions {
  /** 'you' for the tab's own peer, 'lab N' for the others. */
  label: string;
  main: boolean;
  /** Where new blocks are persisted (the tab's own peer only). */
  ledger?: LedgerStore;
  /** Called whenever something shown may have changed. */
  onChange: () => void;
}

/**
 * One peer running in this tab and what the dashboard remembers about it
 * beyond the engine's own state: when each peer was last heard from, the
 * traffic history, the latest block, and blocks of channels it has left.
 */
export class PeerModel {
  readonly gossip: Gossip;
  readonly pkiId: PkiId;
  readonly label: string;
  readonly main: boolean;
  readonly startedAt = Date.now();
  readonly traffic = new TrafficHistory();
  /** When each peer was last known alive (not listening to every message keeps the engine from building those events). */
  readonly lastHeard = new Map<PkiId, number>();
  /** Why each dead peer is dead, and when its last AliveMessage reached this peer (ms since epoch). */
  readonly deaths = new Map<PkiId, { reason: 'expired' | 'reported'; lastAliveAt: number | undefined }>();
  /** The transactions of recent blocks, by block hash (the newest RECENT_BYTES blocks). */
  readonly transactions = new Map<string, TransactionSummary[]>();
  latestBlock: BlockInfo | undefined;
  /** Forks this peer saw and how they were settled. */
  readonly forks = new ForkHistory();
  stopped = false;
  private readonly keptBlocks = new Map<ChannelId, BlockInfo[]>();
  /** Serialized recent blocks by hash, to write the winners again when a rollback follows their arrival. */
  private readonly recentBytes = new Map<string, Uint8Array>();
  private readonly unsubscribe: (() => void)[] = [];

  constructor(
    private readonly peer: LivePeer,
    private readonly options: PeerModelOptions,
  ) {
    this.gossip = peer.gossip;
    this.pkiId = peer.gossip.self.pkiId;
    this.label = options.label;
    this.main = options.main;
    this.listen(peer.gossip.events);
  }

  get ledger(): LedgerStore | undefined {
    return this.options.ledger;
  }

  /**
   * Blocks of a channel, oldest first: the engine's, or what was last seen
   * when the engine no longer reports them (after leaving, after a crash),
   * plus any block added since, so a block that arrives after leaving shows.
   */
  blocks(channel: ChannelId): BlockInfo[] {
    const kept = this.keptBlocks.get(channel) ?? [];
    if (!this.stopped) {
      const current = this.gossip.blocks(channel);
      if (current.length >= kept.length) {
        this.keptBlocks.set(channel, current);
        return current;
      }
    }
    return kept;
  }

  /** Channels joined now, then channels left whose blocks are still shown. */
  knownChannels(): { channel: ChannelId; joined: boolean }[] {
    const joined = this.stopped ? [] : this.gossip.channels();
    const out = joined.map((channel) => ({ channel, joined: true }));
    for (const channel of this.keptBlocks.keys()) {
      if (!joined.includes(channel)) out.push({ channel, joined: false });
    }
    return out;
  }

  /**
   * Takes one traffic sample and refreshes last-seen times of alive peers. A
   * stopped peer's counters stand still, so its rates fall to zero rather than
   * freezing at their last values.
   */
  tick(now: number): void {
    this.traffic.sample(this.gossip.metrics());
    if (this.stopped) return;
    for (const member of this.gossip.peers()) this.lastHeard.set(member.pkiId, now);
  }

  /** Simulated crash: no goodbye, links just drop. */
  crash(): void {
    if (this.stopped) return;
    for (const { channel } of this.knownChannels()) this.blocks(channel);
    this.stopped = true;
    for (const off of this.unsubscribe) off();
    this.peer.crash();
    this.options.onChange();
  }

  private listen(events: EventStream<GossipEvent>): void {
    const changed = this.options.onChange;
    this.unsubscribe.push(
      events.on('block-added', (event) => {
        this.latestBlock = event.block;
        this.transactions.set(event.block.hash, blockTransactions(event.bytes));
        if (this.transactions.size > RECENT_BYTES) {
          const [oldest] = this.transactions.keys();
          if (oldest !== undefined) this.transactions.delete(oldest);
        }
        this.keep(event.block);
        this.persist(event);
        changed();
      }),
      events.on('fork-detected', (event) => {
        this.forks.detected(event, Date.now());
        changed();
      }),
      events.on('fork-resolved', (event) => {
        this.forks.resolved(event, Date.now());
        if (event.removed.length > 0) this.rollBack(event.channel, event.seq);
        changed();
      }),
      events.on('member-alive', (event) => {
        this.lastHeard.set(event.member.pkiId, Date.now());
        this.deaths.delete(event.member.pkiId);
        changed();
      }),
      events.on('member-dead', ({ member, reason, lastAliveAt }) => {
        this.deaths.set(member.pkiId, { reason, lastAliveAt });
        changed();
      }),
      events.on('link-up', changed),
      events.on('link-down', changed),
      events.on('leader-changed', changed),
      events.on('height-changed', changed),
    );
  }

  /** Records a block of a channel the engine no longer reports (joined channels are read from the engine). */
  private keep(block: BlockInfo): void {
    if (this.gossip.channels().includes(block.channel)) return;
    const kept = this.keptBlocks.get(block.channel) ?? [];
    if (!kept.some((b) => b.seq === block.seq)) this.keptBlocks.set(block.channel, [...kept, block]);
  }

  private persist(event: Extract<GossipEvent, { type: 'block-added' }>): void {
    // Restored blocks came from the ledger store: writing them again would change nothing.
    if (event.block.via === 'restored') return;
    const ledger = this.options.ledger;
    if (!ledger) return;
    this.recentBytes.set(event.block.hash, event.bytes);
    if (this.recentBytes.size > RECENT_BYTES) {
      const [oldest] = this.recentBytes.keys();
      if (oldest !== undefined) this.recentBytes.delete(oldest);
    }
    ledger.put(event.block.channel, event.block.seq, event.bytes);
  }

  /**
   * This peer's branch lost at `seq`: what is shown and what is stored from
   * there up goes, and the blocks that already stand there (winners that
   * arrived before the verdict) are stored again, so a reload restores the
   * winning chain.
   */
  private rollBack(channel: ChannelId, seq: number): void {
    const kept = this.keptBlocks.get(channel);
    if (kept) this.keptBlocks.set(channel, rolledBack(kept, seq));
    const ledger = this.options.ledger;
    if (!ledger) return;
    ledger.rollback(channel, seq);
    const standing = this.stopped ? [] : this.gossip.blocks(channel);
    for (const block of standing) {
      const bytes = block.seq >= seq ? this.recentBytes.get(block.hash) : undefined;
      if (bytes) ledger.put(channel, block.seq, bytes);
    }
  }
}
