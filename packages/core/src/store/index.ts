export { type Invalidation, MessageStore, type MessageStoreOptions } from './message-store.js';
export { comparePeerTime, type PeerTime, peerTimeOf } from './peer-time.js';
