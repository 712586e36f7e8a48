/**
 * The contracts every layer shares, one file each: who a member is, what a
 * block looks like, what is reported (events, drops, metrics) and what a
 * link is, what a pushed message carries and what a handler says became of
 * a message. Types (with the zero of the metrics and the verdicts' makers)
 * only: the implementations live with their concern.
 */
export type { BlockInfo, BlockVia } from './block-info.js';
export type { Drop, DropReason } from './drops.js';
export type { EventSink, EventStream, GossipEvent, GossipEventType } from './events.js';
export type { LinkInfo } from './links.js';
export type { ChannelMember, NetworkMember, RemotePeer } from './member.js';
export type { MessageKind } from './message-kind.js';
export { emptyMetrics, type Metrics, type MetricsSink } from './metrics.js';
export type { PushItem } from './push.js';
export type { ChannelBinding, Link, LinkHandlers, Transport } from './transport.js';
export { dropped, type Forward, news, REFUSED, TAKEN, type Verdict } from './verdict.js';
