export type { PullAdapter, PullEngineConfig, PullMessageKind } from './pull-adapter.js';
export { ADVERT_RETRIES, PullEngine, type PullEngineDeps } from './pull-engine.js';
