export { createBlock, type ParsedBlock, parseBlock } from './channel/block.js';
export { DEFAULT_MAX_MESSAGE_SIZE, decodeFrame, FrameError, type FrameErrorKind } from './comm/frame.js';
export { LinkBudget } from './comm/link-budget.js';
export { MemoryNetwork, type MemoryNetworkOptions } from './comm/memory-transport.js';
export {
  ConfigError,
  type GossipConfig,
  type PresetName,
  presets,
  resolveConfig,
  validateConfig,
} from './config.js';
export {
  type BlockInfo,
  type BlockVia,
  type ChannelBinding,
  type ChannelMember,
  type DropReason,
  type EventStream,
  emptyMetrics,
  type GossipEvent,
  type GossipEventType,
  type Link,
  type LinkHandlers,
  type LinkInfo,
  type MessageKind,
  type Metrics,
  type NetworkMember,
  type RemotePeer,
  type Transport,
} from './contracts/index.js';
export * from './crypto/index.js';
export type { Gossip, JoinChannelMessage, ReceivedMessage, Subscription } from './gossip/api.js';
export { createGossip } from './gossip/create-gossip.js';
export { EventBus } from './gossip/event-bus.js';
export { MESSAGE_KIND_NAMES, messageKindName } from './gossip/kind-names.js';
export {
  createNetworkPeer,
  type NetworkPeer,
  type NetworkPeerOptions,
  signalingThrough,
} from './gossip/network-peer.js';
export type { GossipOptions } from './gossip/options.js';
export * from './ids.js';
export * from './proto/index.js';
export * from './runtime/index.js';
export * from './transports/index.js';
