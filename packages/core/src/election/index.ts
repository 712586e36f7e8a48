export type { ElectionAdapter, ElectionConfig, LeaderChangeHandler } from './election-adapter.js';
export { LeaderElection, type LeaderElectionDeps } from './leader-election.js';
