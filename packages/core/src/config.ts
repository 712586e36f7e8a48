/**
 * The engine's configuration: every knob with its meaning and Fabric's name
 * and default (config/gossip-config.ts), Fabric's and webgossip's presets
 * (config/presets.ts), and the checks on user input (config/validate.ts).
 */
export type { GossipConfig } from './config/gossip-config.js';
export { type PresetName, presets } from './config/presets.js';
export { ConfigError, resolveConfig, validateConfig } from './config/validate.js';
