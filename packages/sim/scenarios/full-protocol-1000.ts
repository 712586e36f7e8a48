/**
 * 1,000 peers running the whole protocol (discovery included) from a
 * bootstrap start for at least 60 s of virtual time, producing a block a
 * second. Heartbeat periods are stretched ×20 so one process can carry the
 * O(N²) alive and StateInfo traffic; dissemination knobs are the preset's.
 */
export default {
  name: 'full-protocol-1000',
  seed: 7,
  peers: 1000,
  preset: 'webgossip',
  heartbeatScale: 20,
  durationMs: 60_000,
  blocks: { count: 30, intervalMs: 1000, settleMs: 20_000 },
};
