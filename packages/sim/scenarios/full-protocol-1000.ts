/**
 * 1,000 peers running the whole protocol from a bootstrap start: discovery,
 * the channel's StateInfo, Fabric's leader election, blocks pushed, pulled
 * and transferred, and a crash timed until every peer declared it dead.
 * Heartbeat periods are stretched ×5 (alive every 5 s, Fabric's own period,
 * expiry 20 s): each alive message, and each StateInfo after a block, still
 * reaches all 1,000 peers. Six blocks ten seconds apart keep the run at least
 * 60 s of virtual time.
 */
export default {
  name: 'full-protocol-1000',
  seed: 7,
  peers: 1000,
  preset: 'webgossip',
  leader: 'elected',
  heartbeatScale: 5,
  durationMs: 60_000,
  blocks: { count: 6, intervalMs: 10_000, settleMs: 15_000 },
  measureFailureDetection: true,
};
