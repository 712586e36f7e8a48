import type { GossipConfig } from '../config.js';
import type { DropReason } from '../contracts/index.js';
import { type ChannelId, channelToBytes, fromHex, type PkiId, toHex, utf8 } from '../ids.js';
import {
  big,
  type ContentCase,
  type Envelope,
  type GossipMessage,
  gossip,
  seal,
  u64,
} from '../proto/index.js';
import type { Runtime } from '../runtime/index.js';
import { PullEngine } from './pull-engine.js';

const decoder = new TextDecoder();

/** What binds the generic pull engine to one kind of message (blocks of a channel, identities). */
export interface PullBinding {
  msgType: gossip.PullMsgType;
  /** The channel for channel-scoped pulls (blocks). */
  channel?: ChannelId;
  selectPeers(): PkiId[];
  /** The stored message for an item id, to put in an Update. */
  envelopeOf(item: string): Envelope | undefined;
  /**
   * Verifies and stores one message of an Update; returns its item id when it
   * was kept. `immediate` says it answers an at-once request (lazy push), so
   * it is as fresh as a pushed message.
   */
  accept(envelope: gossip.Envelope, from: PkiId, immediate: boolean): string | undefined;
  filterIngress?(from: PkiId, items: string[]): string[];
  filterEgress?(to: PkiId, items: string[]): string[];
  /**
   * How item ids are written in digests. Fabric writes block sequence
   * numbers as decimal text (the default) and identities as raw PKI-ID bytes.
   */
  digestEncoding?: 'text' | 'hex-bytes';
  send(envelope: Envelope, kind: ContentCase, to: PkiId): void;
  drop(reason: DropReason, kind: ContentCase, from?: PkiId, detail?: string): void;
}

/** Room kept in an Update for the envelope and message around the items. */
const UPDATE_MARGIN = 1024;
/** The protobuf tags and lengths around one item's envelope in an Update (items under 16 KiB). */
const ITEM_FRAMING = 8;

/**
 * Fabric's pull.Mediator: turns the engine's Hello/Digest/Request/Update
 * calls into GossipMessages of one PullMsgType, and incoming ones back into
 * engine calls.
 */
export class PullMediator {
  readonly engine: PullEngine;
  private readonly toWire: (item: string) => Uint8Array;
  private readonly fromWire: (bytes: Uint8Array) => string;

  constructor(
    private readonly binding: PullBinding,
    deps: { runtime: Runtime; config: GossipConfig },
  ) {
    const hexBytes = binding.digestEncoding === 'hex-bytes';
    this.toWire = hexBytes ? hexToBytes : utf8;
    this.fromWire = hexBytes ? toHex : textFromBytes;
    this.engine = new PullEngine({
      runtime: deps.runtime,
      config: deps.config,
      adapter: {
        selectPeers: () => binding.selectPeers(),
        hello: (to, nonce) =>
          this.emit({ hello: { nonce: u64(nonce), msgType: binding.msgType } }, 'hello', to),
        sendDigest: (to, nonce, items) =>
          this.emit(
            { dataDig: { nonce: u64(nonce), digests: items.map(this.toWire), msgType: binding.msgType } },
            'dataDig',
            to,
          ),
        sendRequest: (to, nonce, items) =>
          this.emit(
            { dataReq: { nonce: u64(nonce), digests: items.map(this.toWire), msgType: binding.msgType } },
            'dataReq',
            to,
          ),
        sendResponse: (to, nonce, items) => this.respond(to, nonce, items, deps.config.maxMessageSize),
        filterIngress: (from, items) => binding.filterIngress?.(from, items) ?? items,
        filterEgress: (to, items) => binding.filterEgress?.(to, items) ?? items,
        dropped: (reason, from, kind) => binding.drop(reason, kindOf(kind), from),
      },
    });
  }

  /** Routes an incoming pull message to the engine. */
  handle(msg: GossipMessage, from: PkiId): void {
    if (msg.hello) this.engine.onHello(from, big(msg.hello.nonce));
    else if (msg.dataDig) {
      const nonce = big(msg.dataDig.nonce);
      const items = (msg.dataDig.digests ?? []).map(this.fromWire);
      // A digest that answers no Hello of ours is an advert (lazy push): ask for what we lack at once.
      if (this.engine.awaitsDigest(from, nonce)) this.engine.onDigest(from, nonce, items);
      else this.engine.requestNow(from, items, nonce);
    } else if (msg.dataReq) {
      this.engine.onRequest(from, big(msg.dataReq.nonce), (msg.dataReq.digests ?? []).map(this.fromWire));
    } else if (msg.dataUpdate) {
      const nonce = big(msg.dataUpdate.nonce);
      const immediate = this.engine.isImmediate(nonce);
      if (!this.engine.onResponse(from, nonce)) return;
      for (const envelope of msg.dataUpdate.data ?? []) {
        const item = this.binding.accept(gossip.Envelope.create(envelope), from, immediate);
        if (item !== undefined) this.engine.add(item);
      }
    }
  }

  /** Advertises items to a peer unprompted, so it can request them at once (lazy push). */
  advertise(to: PkiId, items: string[]): void {
    this.engine.advertise(to, items);
  }

  private respond(to: PkiId, nonce: bigint, items: string[], maxMessageSize: number): void {
    const data: Envelope[] = [];
    let used = 0;
    for (const item of items) {
      const envelope = this.binding.envelopeOf(item);
      if (!envelope) continue;
      const size = (envelope.payload?.length ?? 0) + (envelope.signature?.length ?? 0) + ITEM_FRAMING;
      if (used + size > maxMessageSize - UPDATE_MARGIN && data.length > 0) break;
      used += size;
      data.push(envelope);
    }
    if (data.length > 0)
      this.emit({ dataUpdate: { nonce: u64(nonce), data, msgType: this.binding.msgType } }, 'dataUpdate', to);
  }

  private emit(body: GossipMessage, kind: ContentCase, to: PkiId): void {
    const channel = this.binding.channel;
    const message: GossipMessage = channel
      ? { ...body, channel: channelToBytes(channel), tag: gossip.GossipMessage.Tag.CHAN_AND_ORG }
      : { ...body, tag: gossip.GossipMessage.Tag.EMPTY };
    this.binding.send(seal(message), kind, to);
  }
}

function kindOf(kind: 'digest' | 'request' | 'response'): ContentCase {
  return kind === 'digest' ? 'dataDig' : kind === 'request' ? 'dataReq' : 'dataUpdate';
}

function textFromBytes(bytes: Uint8Array): string {
  return decoder.decode(bytes);
}

function hexToBytes(item: string): Uint8Array {
  try {
    return fromHex(item);
  } catch {
    return new Uint8Array(0);
  }
}
