export type { PullAdapter, PullEngineConfig, PullMessageKind } from './pull-adapter.js';
export { PullEngine, type PullEngineDeps } from './pull-engine.js';
