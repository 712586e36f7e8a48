import { type ChannelId, channelId, type PresetName } from '@webgossip/core';

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
  /** 'network': the real server and WebRTC; 'memory': every peer inside this page (development). */
  mode: NetworkMode;
  /** Lab peers to spawn at start. */
  lab: number;
}

const CHANNEL_NAME = /^[A-Za-z0-9._-]{1,64}$/;
const MAX_LAB_PEERS = 64;

/** The default bootstrap: the server that served this page, at /ws. */
export function defaultBootstrap(location: Pick<Location, 'protocol' | 'host'>): string {
  const scheme = location.protocol === 'https:' ? 'wss:' : 'ws:';
  return `${scheme}//${location.host}/ws`;
}

/** Channel names from repeated and comma-separated values; malformed names are skipped, duplicates kept once. */
export function parseChannels(values: readonly string[]): ChannelId[] {
  const seen = new Set<string>();
  for (const value of values) {
    for (const part of value.split(',')) {
      const name = part.trim();
      if (CHANNEL_NAME.test(name)) seen.add(name);
    }
  }
  return [...seen].map(channelId);
}

export function isValidChannelName(name: string): boolean {
  return CHANNEL_NAME.test(name);
}

export function parsePageParams(location: Pick<Location, 'protocol' | 'host' | 'search'>): PageParams {
  const query = new URLSearchParams(location.search);
  const bootstrap = query.get('bootstrap')?.trim();
  const preset = query.get('preset') === 'fabric' ? 'fabric' : 'webgossip';
  const mode = query.get('mode') === 'memory' ? 'memory' : 'network';
  const lab = Number.parseInt(query.get('lab') ?? '0', 10);
  return {
    bootstrap: bootstrap && /^wss?:\/\//.test(bootstrap) ? bootstrap : defaultBootstrap(location),
    channels: parseChannels(query.getAll('channel')),
    name: (query.get('name') ?? '').trim().slice(0, 40),
    preset,
    mode,
    lab: Number.isFinite(lab) ? Math.min(Math.max(lab, 0), MAX_LAB_PEERS) : 0,
  };
}
