export { FAULT_KIND_NAMES, FAULT_KINDS, type FaultKindSpec, type PlayContext } from './fault-kinds.js';
export { type GenerateOptions, scheduleArb } from './generate.js';
export { LIVENESS, type PropertyName, SAFETY, type Violation } from './properties.js';
export { type CaseResult, runCase } from './run-case.js';
export * from './schedule.js';
export { classOf, type Failure, runSuite, type SuiteReport, scheduleOf, shrinkCase } from './suite.js';
export { TIMING } from './timing.js';
