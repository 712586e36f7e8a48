/**
 * 1,000 peers running the whole protocol from a bootstrap start: discovery,
 * the channel's StateInfo, Fabric's leader election, blocks pushed, pulled
 * and transferred, and a crash timed until every peer declared it dead.
 * Heartbeat periods are stretched ×5 (alive every 5 s, Fabric's own period,
 * expiry 20 s): each alive message, and each StateInfo after a block, still
 * reaches all 1,000 peers. Six blocks five seconds apart follow setup, and the
 * run lasts at least 60 s of virtual time before the crash.
 */
export default {
  name: 'full-protocol-1000',
  seed: 7,
  peers: 1000,
  preset: 'webgossip',
  leader: 'elected',
  heartbeatScale: 5,
  durationMs: 60_000,
  blocks: { count: 6, intervalMs: 5_000, settleMs: 5_000 },
  measureFailureDetection: true,
};
