export { type Invalidation, MessageStore, type MessageStoreOptions } from './message-store.js';
export { comparePeerTime, type PeerTime, peerTimeOf, refuseUpdate, type UpdateRefusal } from './peer-time.js';
