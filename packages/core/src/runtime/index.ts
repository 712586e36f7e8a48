export { Prng } from './prng.js';
export { createRealRuntime } from './real-runtime.js';
export { type Runtime, sample, shuffle, type Timer } from './runtime.js';
export { createVirtualRuntime, VirtualRuntime, type VirtualRuntimeOptions } from './virtual-runtime.js';
