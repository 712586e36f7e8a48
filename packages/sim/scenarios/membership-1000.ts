/**
 * 1,000 peers running the whole membership protocol from a bootstrap start:
 * discovery until every peer knows every other, then a crash without goodbye
 * timed until every peer declared it dead. No blocks, so no channel. Heartbeat
 * periods are stretched ×10 (alive every 10 s, expiry 40 s): each heartbeat
 * still reaches all 1,000 peers, and the run takes about 10 s of wall time per
 * virtual second on two cores.
 */
export default {
  name: 'membership-1000',
  seed: 7,
  peers: 1000,
  preset: 'webgossip',
  leader: 'static',
  heartbeatScale: 10,
  blocks: { count: 0 },
  measureFailureDetection: true,
};
