export { Discovery, type DiscoveryDeps } from './discovery.js';
