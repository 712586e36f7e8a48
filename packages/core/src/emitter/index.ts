export { Emitter, type EmitterDeps } from './emitter.js';
