export { comparePeerTime, type PeerTime, peerTimeOf, refuseUpdate, type UpdateRefusal } from './peer-time.js';
