export * from './engine-index.js';
export { IdentityPuller, type IdentityPullerDeps } from './identity-puller.js';
export { type PullBinding, PullMediator } from './mediator.js';
