import { ConfigError, resolveConfig } from '@webgossip/core';
import {
  DEFAULT_SCENARIO,
  PRESET_CHOICES,
  SCENARIO_ACTIONS,
  type Scenario,
  type ScenarioEvent,
} from './scenario.js';

/** A scenario or a flag is wrong; the message lists every problem. Exit code 2. */
export class ScenarioError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join('\n'));
    this.name = 'ScenarioError';
  }
}

type Loose = Record<string, unknown>;

const isObject = (v: unknown): v is Loose => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Turns untrusted input (a parsed JSON file, a module's export, merged CLI
 * flags) into a complete Scenario, or throws a ScenarioError naming every
 * field that is wrong.
 */
export function validateScenario(input: unknown): Scenario {
  const problems: string[] = [];
  if (!isObject(input)) throw new ScenarioError(['a scenario must be an object']);
  const known = new Set(Object.keys(DEFAULT_SCENARIO));
  for (const key of Object.keys(input)) if (!known.has(key)) problems.push(`unknown scenario field "${key}"`);

  const d = DEFAULT_SCENARIO;
  const num = (obj: Loose, key: string, fallback: number, where: string, rule: NumberRule): number => {
    const value = obj[key] ?? fallback;
    const problem = checkNumber(value, rule);
    if (problem) problems.push(`${where}${key} ${problem}, got ${JSON.stringify(value)}`);
    return typeof value === 'number' ? value : fallback;
  };
  const str = <T extends string>(obj: Loose, key: string, fallback: T, allowed: readonly T[] | null): T => {
    const value = obj[key] ?? fallback;
    if (typeof value !== 'string' || (allowed && !allowed.includes(value as T))) {
      problems.push(
        `${key} must be ${allowed ? `one of ${allowed.join(', ')}` : 'a string'}, got ${JSON.stringify(value)}`,
      );
      return fallback;
    }
    return value as T;
  };

  const network = sub(input, 'network', problems);
  const blocks = sub(input, 'blocks', problems);
  checkKeys(network, d.network, 'network.', problems);
  checkKeys(blocks, d.blocks, 'blocks.', problems);

  const scenario: Scenario = {
    name: str(input, 'name', d.name, null),
    seed: num(input, 'seed', d.seed, '', { whole: true, min: 0, max: 0xffff_ffff }),
    peers: num(input, 'peers', d.peers, '', { whole: true, min: 2, max: 100_000 }),
    preset: str(input, 'preset', d.preset, PRESET_CHOICES),
    config: configOf(input.config, problems),
    network: {
      latencyMs: num(network, 'latencyMs', d.network.latencyMs, 'network.', { min: 0 }),
      jitterMs: num(network, 'jitterMs', d.network.jitterMs, 'network.', { min: 0 }),
      loss: num(network, 'loss', d.network.loss, 'network.', { min: 0, max: 0.99 }),
      lossFrom: str(network, 'lossFrom', d.network.lossFrom, ['start', 'blocks'] as const),
    },
    heartbeatScale: num(input, 'heartbeatScale', d.heartbeatScale, '', { min: 1, max: 1000 }),
    start: str(input, 'start', d.start, ['bootstrap', 'converged'] as const),
    leader: str(input, 'leader', d.leader, ['elected', 'static'] as const),
    bootstrapPeers: num(input, 'bootstrapPeers', d.bootstrapPeers, '', { whole: true, min: 1, max: 16 }),
    knownPeers: num(input, 'knownPeers', d.knownPeers, '', { whole: true, min: 0 }),
    setupTimeoutMs: num(input, 'setupTimeoutMs', d.setupTimeoutMs, '', { min: 0 }),
    durationMs: num(input, 'durationMs', d.durationMs, '', { min: 0 }),
    blocks: {
      count: num(blocks, 'count', d.blocks.count, 'blocks.', { whole: true, min: 0, max: 100_000 }),
      intervalMs: num(blocks, 'intervalMs', d.blocks.intervalMs, 'blocks.', { min: 1 }),
      transactionsPerBlock: num(blocks, 'transactionsPerBlock', d.blocks.transactionsPerBlock, 'blocks.', {
        whole: true,
        min: 1,
      }),
      transactionBytes: num(blocks, 'transactionBytes', d.blocks.transactionBytes, 'blocks.', {
        whole: true,
        min: 1,
        max: 65_536,
      }),
      settleMs: num(blocks, 'settleMs', d.blocks.settleMs, 'blocks.', { min: 0 }),
    },
    events: eventsOf(input.events, problems),
    measureFailureDetection: boolOf(input, 'measureFailureDetection', d.measureFailureDetection, problems),
  };
  if (problems.length > 0) throw new ScenarioError(problems);
  return scenario;
}

interface NumberRule {
  whole?: boolean;
  min?: number;
  max?: number;
}

function checkNumber(value: unknown, rule: NumberRule): string | undefined {
  if (typeof value !== 'number' || !Number.isFinite(value)) return 'must be a finite number';
  if (rule.whole && !Number.isInteger(value)) return 'must be a whole number';
  if (rule.min !== undefined && value < rule.min) return `must be >= ${rule.min}`;
  if (rule.max !== undefined && value > rule.max) return `must be <= ${rule.max}`;
  return undefined;
}

function sub(input: Loose, key: string, problems: string[]): Loose {
  const value = input[key];
  if (value === undefined) return {};
  if (!isObject(value)) {
    problems.push(`${key} must be an object`);
    return {};
  }
  return value;
}

function checkKeys(obj: Loose, reference: object, where: string, problems: string[]): void {
  for (const key of Object.keys(obj))
    if (!(key in reference)) problems.push(`unknown scenario field "${where}${key}"`);
}

function boolOf(input: Loose, key: string, fallback: boolean, problems: string[]): boolean {
  const value = input[key] ?? fallback;
  if (typeof value !== 'boolean') {
    problems.push(`${key} must be true or false, got ${JSON.stringify(value)}`);
    return fallback;
  }
  return value;
}

function configOf(value: unknown, problems: string[]): Scenario['config'] {
  if (value === undefined) return {};
  if (!isObject(value)) {
    problems.push('config must be an object of engine options');
    return {};
  }
  try {
    resolveConfig(value as Scenario['config']);
  } catch (error) {
    if (error instanceof ConfigError) problems.push(...error.problems.map((p) => `config: ${p}`));
    else throw error;
  }
  return value as Scenario['config'];
}

function eventsOf(value: unknown, problems: string[]): ScenarioEvent[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    problems.push('events must be an array');
    return [];
  }
  const events: ScenarioEvent[] = [];
  value.forEach((raw: unknown, i) => {
    const event = eventOf(raw, `events[${i}]`, problems);
    if (event) events.push(event);
  });
  return events.sort((a, b) => a.atMs - b.atMs);
}

function eventOf(raw: unknown, where: string, problems: string[]): ScenarioEvent | undefined {
  if (!isObject(raw)) {
    problems.push(`${where} must be an object`);
    return undefined;
  }
  const { atMs, action } = raw;
  if (typeof atMs !== 'number' || !Number.isFinite(atMs) || atMs < 0) {
    problems.push(`${where}.atMs must be a number >= 0 (ms after the block phase starts)`);
    return undefined;
  }
  if (typeof action !== 'string' || !SCENARIO_ACTIONS.includes(action as ScenarioEvent['action'])) {
    problems.push(
      `${where}.action must be one of ${SCENARIO_ACTIONS.join(', ')}, got ${JSON.stringify(action)}`,
    );
    return undefined;
  }
  const count = (key: string, min: number, max: number): number | undefined => {
    const v = raw[key];
    const problem = checkNumber(v, { whole: key !== 'loss', min, max });
    if (problem) problems.push(`${where}.${key} ${problem}, got ${JSON.stringify(v)}`);
    return problem ? undefined : (v as number);
  };
  switch (action) {
    case 'crash':
    case 'leave':
    case 'join': {
      const peers = count('peers', 1, 100_000);
      return peers === undefined ? undefined : { atMs, action, peers };
    }
    case 'partition': {
      const groups = count('groups', 2, 1_000);
      return groups === undefined ? undefined : { atMs, action, groups };
    }
    case 'loss': {
      const loss = count('loss', 0, 0.99);
      return loss === undefined ? undefined : { atMs, action, loss };
    }
    default:
      return { atMs, action: 'heal' };
  }
}
