import { type GossipConfig, presets } from '@webgossip/core';
import type { FaultPreset } from './schedule.js';

/** The phases of a case in virtual time, scaled to a preset's own periods. */
export interface CaseTiming {
  /** From the start until the fault window opens: the election settles and blocks can flow. */
  warmupMs: number;
  /** How long faults are scheduled in; every fault ends when it closes (the heal). */
  windowMs: number;
  /** How long after the heal the properties may take to hold (the quiet period's bound). */
  quietBoundMs: number;
  /** How often the properties are polled after the heal. */
  pollMs: number;
  /** How long they must keep holding once they first hold. */
  stableMs: number;
  /** Shortest and longest fault durations. */
  minFaultMs: number;
  maxFaultMs: number;
}

/**
 * webgossip: alive every 1 s, expiry 4 s, leader silence 2 s, election grace
 * 1.5 s; the quiet bound of 30 s is 7.5 expiry periods and 15 leader
 * thresholds. fabric: alive every 5 s, expiry and reconnect 25 s, leader
 * silence 10 s, election grace 15 s; the bound of 125 s is 5 expiry and
 * reconnect periods, and leaves a restarted peer its 15 s grace and 5 s
 * election with a wide margin.
 */
export const TIMING: Record<FaultPreset, CaseTiming> = {
  webgossip: {
    warmupMs: 4_000,
    windowMs: 8_000,
    quietBoundMs: 30_000,
    pollMs: 250,
    stableMs: 2_000,
    minFaultMs: 200,
    maxFaultMs: 4_000,
  },
  fabric: {
    warmupMs: 25_000,
    windowMs: 30_000,
    quietBoundMs: 125_000,
    pollMs: 1_000,
    stableMs: 10_000,
    minFaultMs: 1_000,
    maxFaultMs: 15_000,
  },
};

export function configOf(preset: FaultPreset): GossipConfig {
  return presets[preset];
}

/** One-hop latency outside latency faults. */
export const BASE_LATENCY_MS = 20;
export const BASE_JITTER_MS = 5;
