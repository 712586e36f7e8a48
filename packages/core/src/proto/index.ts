export { gossip } from './generated/message.js';
export { CONTENT_CASES, contentOf, type Content, type ContentCase, type Envelope, type GossipMessage } from './content.js';
export { big, small, u64, type WireU64 } from './uint64.js';
