export { Emitter, type EmitterDeps, type PushItem } from './emitter.js';
