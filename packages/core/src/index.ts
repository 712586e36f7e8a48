export { createBlock, type ParsedBlock, parseBlock } from './channel/block.js';
export {
  DEFAULT_MAX_MESSAGE_SIZE,
  decodeFrame,
  encodeEnvelope,
  FrameError,
  type FrameErrorKind,
  seal,
} from './comm/frame.js';
export { LinkBudget } from './comm/link-budget.js';
export { MemoryNetwork, type MemoryNetworkOptions } from './comm/memory-transport.js';
export type { ChannelBinding, Link, LinkHandlers, Transport } from './comm/transport.js';
export {
  ConfigError,
  type GossipConfig,
  type PresetName,
  presets,
  resolveConfig,
  validateConfig,
} from './config.js';
export * from './crypto/index.js';
export type {
  BlockInfo,
  BlockVia,
  ChannelMember,
  Gossip,
  JoinChannelMessage,
  LinkInfo,
  MessageKind,
  NetworkMember,
  ReceivedMessage,
  RemotePeer,
  Subscription,
} from './gossip/api.js';
export { createGossip } from './gossip/create-gossip.js';
export { EventBus, type EventStream, type GossipEvent, type GossipEventType } from './gossip/events.js';
export { type DropReason, emptyMetrics, type Metrics } from './gossip/metrics.js';
export type { GossipOptions } from './gossip/options.js';
export * from './ids.js';
export * from './proto/index.js';
export * from './runtime/index.js';
export * from './transports/index.js';
