import {
  CHANNEL_NAME_RULE,
  type ChannelId,
  channelId,
  isValidChannelName,
  type PresetName,
  presets,
} from '@webgossip/core';

export { isValidChannelName };

/** How the tab's peers reach each other. */
export type NetworkMode = 'network' | 'memory';

/** What the page's URL asks for. */
export interface PageParams {
  /** WebSocket URL of the bootstrap node. */
  bootstrap: string;
  /** Channels to join on start, in the order given. */
  channels: ChannelId[];
  /** Display name published in Member.metadata ('' when none was given). */
  name: string;
  preset: PresetName;
  /** The preset the URL asked for, when it named a known one (the network's preset is taken otherwise). */
  presetAsked: PresetName | undefined;
  /** 'network': the real server and WebRTC; 'memory': every peer inside this page (development). */
  mode: NetworkMode;
  /** Lab peers to spawn at start. */
  lab: number;
  /** What the page did with parameters it could not take as given, one sentence each. */
  warnings: string[];
}

const MAX_LAB_PEERS = 64;

/** The default bootstrap: the server that served this page, at /ws. */
export function defaultBootstrap(location: Pick<Location, 'protocol' | 'host'>): string {
  const scheme = location.protocol === 'https:' ? 'wss:' : 'ws:';
  return `${scheme}//${location.host}/ws`;
}

/**
 * Channel names from repeated and comma-separated values, duplicates kept
 * once; malformed names are skipped, and each is said in `warnings`.
 */
export function parseChannels(values: readonly string[], warnings: string[] = []): ChannelId[] {
  const seen = new Set<string>();
  for (const value of values) {
    for (const part of value.split(',')) {
      const name = part.trim();
      if (isValidChannelName(name)) seen.add(name);
      else if (name) warnings.push(`channel "${name}" skipped: a channel name is ${CHANNEL_NAME_RULE}`);
    }
  }
  return [...seen].map(channelId);
}

const MAX_NAME = 40;

export function parsePageParams(location: Pick<Location, 'protocol' | 'host' | 'search'>): PageParams {
  const query = new URLSearchParams(location.search);
  const warnings: string[] = [];
  const fallback = defaultBootstrap(location);
  const given = query.get('bootstrap')?.trim();
  let bootstrap = fallback;
  if (given && /^wss?:\/\//.test(given)) bootstrap = given;
  else if (given) warnings.push(`bootstrap=${given} is not a ws:// or wss:// URL: ${fallback} used`);
  const presetParam = query.get('preset');
  let preset: PresetName = 'webgossip';
  if (presetParam !== null && presetParam in presets) preset = presetParam as PresetName;
  else if (presetParam !== null)
    warnings.push(
      `preset=${presetParam} is not a preset (${Object.keys(presets).join(', ')}): webgossip used`,
    );
  const modeParam = query.get('mode');
  if (modeParam !== null && modeParam !== 'memory' && modeParam !== 'network')
    warnings.push(`mode=${modeParam} is not a mode (network, memory): network used`);
  const name = (query.get('name') ?? '').trim();
  if (name.length > MAX_NAME) warnings.push(`name cut to its first ${MAX_NAME} characters`);
  return {
    bootstrap,
    channels: parseChannels(query.getAll('channel'), warnings),
    name: name.slice(0, MAX_NAME),
    preset,
    presetAsked: presetParam !== null && presetParam in presets ? preset : undefined,
    mode: modeParam === 'memory' ? 'memory' : 'network',
    lab: labPeers(query.get('lab'), warnings),
    warnings,
  };
}

function labPeers(value: string | null, warnings: string[]): number {
  if (value === null || value.trim() === '') return 0;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) {
    warnings.push(`lab=${value} is not a whole number of lab peers: none started`);
    return 0;
  }
  if (n > MAX_LAB_PEERS) {
    warnings.push(
      `lab=${value} is more than the ${MAX_LAB_PEERS} lab peers a tab holds: ${MAX_LAB_PEERS} started`,
    );
    return MAX_LAB_PEERS;
  }
  return n;
}
