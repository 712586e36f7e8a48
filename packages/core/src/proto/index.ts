export {
  CONTENT_CASES,
  type Content,
  type ContentCase,
  contentOf,
  type Envelope,
  type GossipMessage,
} from './content.js';
export { encodeEnvelope, seal } from './envelope.js';
export { gossip } from './generated/message.js';
export { big, small, u64, type WireU64 } from './uint64.js';
