import {
  type ChannelId,
  createEd25519Crypto,
  createRealRuntime,
  type GossipConfig,
  type KeyPair,
  type MessageCryptoService,
  type PkiId,
  presets,
  shortId,
  withWebCryptoVerify,
} from '@webgossip/core';
import { type LabFaultSettings, LabFaults, type LabGroup } from '../peers/lab-faults.js';
import type { LivePeer, PeerFactory } from '../peers/peer-factory.js';
import { PeerModel } from '../peers/peer-model.js';
import { PeerSet } from '../peers/peer-set.js';
import { SharedVerifier } from '../peers/shared-verifier.js';
import { LedgerStore } from './ledger-store.js';
import type { PageParams } from './params.js';
import { channelsToJoin, loadChannelChoices, saveChannelChoices } from './tab-identity.js';

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** A transaction submitted with the controls: its id (hex), as blocks list it, and its text. */
export interface SubmittedTx {
  txId: string;
  channel: ChannelId;
  submitter: PkiId;
  text: string;
}

/**
 * Everything one tab runs: its own peer (persistent identity and ledger),
 * lab peers, and the actions the controls trigger.
 */
/**
 * Lab peers share one page, and a page may open only about 500
 * RTCPeerConnections in its whole life: each keeps fewer links, so thirty
 * of them fit with room for the links that come and go.
 */
const LAB_LINKS = { maxConnections: 4, targetConnections: 3 } as const;

export class TabSession {
  readonly peers = new PeerSet();
  readonly preset: GossipConfig;
  readonly crypto: MessageCryptoService;
  /** One memory of signature checks for every peer of the tab (see SharedVerifier). */
  readonly verifier = new SharedVerifier();
  /** Loss, latency and partitions on the links between this tab's peers (the Lab panel's knobs). */
  readonly faults = new LabFaults(createRealRuntime());
  /** Why the last action failed, shown to the user until the next one. */
  problem: string | undefined;
  /** The transaction submitted last with the controls, by any peer of the tab. */
  lastSubmitted: SubmittedTx | undefined;
  private labCounter = 0;
  private txCounter = 0;

  constructor(
    readonly params: PageParams,
    readonly factory: PeerFactory,
    keys: KeyPair,
    private readonly storage: Storage,
    /** WebCrypto with Ed25519, when the browser has it: signatures are then checked ahead, asynchronously. */
    private readonly subtle?: SubtleCrypto,
  ) {
    this.preset = presets[params.preset];
    this.crypto = this.signer(keys);
  }

  /** A peer's crypto: portable Ed25519, with WebCrypto checking ahead where there is one. */
  private signer(keys?: KeyPair): MessageCryptoService {
    const portable = createEd25519Crypto(keys);
    return this.verifier.wrap(this.subtle ? withWebCryptoVerify(portable, this.subtle) : portable);
  }

  /** The display name: the one asked for, else a short form of the PKI-ID. */
  get name(): string {
    return this.params.name || shortId(this.crypto.pkiId);
  }

  /**
   * Starts (or restarts) the tab's own peer: reads its ledger from
   * IndexedDB first, so it resumes at its height, and starts with a newer
   * inc_num than any earlier run, so others take it for the same peer, reborn.
   */
  async startMain(): Promise<void> {
    const previous = this.peers.main();
    if (previous) this.peers.remove(previous);
    const ledger = await LedgerStore.open(this.crypto.pkiId).catch((error: unknown) => {
      this.report(`ledger not persisted: ${describe(error)}`);
      return undefined;
    });
    const peer = await this.factory.create({
      crypto: this.crypto,
      metadata: encoder.encode(this.params.name),
      incNum: BigInt(Date.now()),
      preset: this.preset,
      wrapTransport: this.faults.wrap,
      ...(ledger ? { restoreLedger: (channel: ChannelId) => ledger.blocksOf(channel) } : {}),
    });
    this.faults.bind(peer.gossip.self.endpoint, peer.gossip.self.pkiId);
    ledger?.watch(this.peers.changed);
    const model = new PeerModel(peer, {
      label: 'you',
      main: true,
      onChange: this.peers.changed,
      ...(ledger ? { ledger } : {}),
    });
    const choices = loadChannelChoices(this.storage);
    for (const channel of channelsToJoin(this.params.channels, choices)) peer.gossip.joinChan({}, channel);
    this.peers.add(model);
  }

  /** Starts `count` more peers in this tab, each with its own identity and links, in the tab's channels. */
  async spawnLab(count: number): Promise<void> {
    const channels = this.peers.main()?.gossip.channels() ?? this.params.channels;
    const starts = Array.from({ length: count }, async () => {
      this.labCounter += 1;
      const label = `lab ${this.labCounter}`;
      const peer = await this.factory.create({
        crypto: this.signer(),
        metadata: encoder.encode(`${this.name}·${this.labCounter}`),
        incNum: BigInt(Date.now()),
        preset: { ...this.preset, ...LAB_LINKS },
        wrapTransport: this.faults.wrap,
      });
      this.enterLab(peer);
      for (const channel of channels) peer.gossip.joinChan({}, channel);
      this.peers.add(new PeerModel(peer, { label, main: false, onChange: this.peers.changed }));
    });
    await Promise.all(starts).catch((error: unknown) =>
      this.report(`lab peer failed to start: ${describe(error)}`),
    );
  }

  /** Removes every lab peer; a partition ends with them (its knobs go away with the last lab peer). */
  removeLab(): void {
    for (const model of this.peers.lab()) {
      this.faults.unbind(model.gossip.self.endpoint);
      this.peers.remove(model);
    }
    this.faults.heal();
  }

  /** Changes loss or latency on the links between this tab's peers. */
  configureLab(settings: Partial<LabFaultSettings>): void {
    this.faults.configure(settings);
    this.peers.changed();
  }

  /**
   * Splits this tab's peers in two: group A is this tab's own peer and the
   * first half of the lab peers, group B the rest. Frames between the groups
   * are dropped until `healLab`.
   */
  partitionLab(): void {
    const lab = this.peers.lab().map((model) => model.pkiId);
    const half = Math.ceil(lab.length / 2);
    const own = this.peers.main()?.pkiId;
    this.faults.partition([...(own ? [own] : []), ...lab.slice(0, half)], lab.slice(half));
    this.peers.changed();
  }

  healLab(): void {
    this.faults.heal();
    this.peers.changed();
  }

  /** The group a peer of this tab is in while the lab is partitioned. */
  groupOf(pkiId: PkiId): LabGroup | undefined {
    return this.faults.groupOf(pkiId);
  }

  /** A lab peer comes under the lab's faults; one started during a partition joins group B. */
  private enterLab(peer: LivePeer): void {
    this.faults.bind(peer.gossip.self.endpoint, peer.gossip.self.pkiId);
    if (this.faults.partitioned) this.faults.assign(peer.gossip.self.pkiId, 'B');
  }

  join(model: PeerModel, channel: ChannelId): void {
    if (model.stopped || model.gossip.channels().includes(channel)) return;
    model.gossip.joinChan({}, channel);
    if (model.main) this.remember(channel, 'joined');
    this.peers.changed();
  }

  leave(model: PeerModel, channel: ChannelId): void {
    if (model.stopped) return;
    model.blocks(channel);
    model.gossip.leaveChan(channel);
    if (model.main) this.remember(channel, 'left');
    this.peers.changed();
  }

  /** Gossips one transaction; the channel's leader cuts it into a block. */
  submit(model: PeerModel, channel: ChannelId, text: string): void {
    if (model.stopped) return;
    try {
      const data = this.transaction(text);
      const txId = model.gossip.submitTransaction(channel, data);
      this.lastSubmitted = { txId, channel, submitter: model.pkiId, text: decoder.decode(data) };
      this.problem = undefined;
    } catch (error) {
      this.report(`transaction refused: ${describe(error)}`);
    }
    this.peers.changed();
  }

  startAutoProduce(model: PeerModel, channel: ChannelId, intervalMs: number): void {
    this.peers.startAutoProduce(model, channel, intervalMs, () => this.transaction(''));
  }

  private transaction(text: string): Uint8Array {
    this.txCounter += 1;
    return encoder.encode(text || `tx ${this.txCounter} from ${this.name} at ${new Date().toISOString()}`);
  }

  private remember(channel: ChannelId, how: 'joined' | 'left'): void {
    const choices = loadChannelChoices(this.storage);
    const joined = choices.joined.filter((c) => c !== channel);
    const left = choices.left.filter((c) => c !== channel);
    (how === 'joined' ? joined : left).push(channel);
    saveChannelChoices(this.storage, { joined, left });
  }

  /** Shows a problem to the user until the next action succeeds. */
  report(message: string): void {
    this.problem = message;
    this.peers.changed();
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
