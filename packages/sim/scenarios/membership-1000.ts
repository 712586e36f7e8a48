/**
 * 1,000 peers running the whole membership protocol from a bootstrap start:
 * discovery until every peer knows every other, then a crash without goodbye
 * timed until every peer declared it dead. No blocks, so no channel. Heartbeat
 * periods are stretched ×5 (alive every 5 s as in Fabric, expiry 20 s): each
 * heartbeat still reaches all 1,000 peers, 3 million frames per period. The
 * benchmark's n1000-webgossip-membership run is this scenario.
 */
export default {
  name: 'membership-1000',
  seed: 7,
  peers: 1000,
  preset: 'webgossip',
  leader: 'static',
  heartbeatScale: 5,
  blocks: { count: 0 },
  measureFailureDetection: true,
};
