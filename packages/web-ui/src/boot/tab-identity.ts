import {
  type ChannelId,
  fromHex,
  generateKeyPair,
  type KeyPair,
  keyPairFromSecret,
  toHex,
} from '@webgossip/core';

const KEY_SLOT = 'webgossip.secretKey';
const CHANNELS_SLOT = 'webgossip.channels';

/**
 * The tab's Ed25519 key pair. It lives in sessionStorage, which survives a
 * reload but is not shared with other tabs: a reload is the same peer, a new
 * tab a new one. A damaged entry is replaced by a fresh key.
 */
export function loadTabKeyPair(storage: Storage): KeyPair {
  const stored = storage.getItem(KEY_SLOT);
  if (stored) {
    try {
      return keyPairFromSecret(fromHex(stored));
    } catch {
      storage.removeItem(KEY_SLOT);
    }
  }
  const keys = generateKeyPair();
  storage.setItem(KEY_SLOT, toHex(keys.secretKey));
  return keys;
}

/** The channels this tab chose with the join/leave controls, so a reload keeps them. */
export interface ChannelChoices {
  joined: ChannelId[];
  left: ChannelId[];
}

export function loadChannelChoices(storage: Storage): ChannelChoices {
  try {
    const parsed: unknown = JSON.parse(storage.getItem(CHANNELS_SLOT) ?? 'null');
    if (isChoices(parsed)) return parsed;
  } catch {
    // A damaged entry means no choices were made.
  }
  return { joined: [], left: [] };
}

export function saveChannelChoices(storage: Storage, choices: ChannelChoices): void {
  storage.setItem(CHANNELS_SLOT, JSON.stringify(choices));
}

/** The URL's channels, minus those this tab left since, plus those it joined. */
export function channelsToJoin(fromUrl: readonly ChannelId[], choices: ChannelChoices): ChannelId[] {
  const out = fromUrl.filter((channel) => !choices.left.includes(channel));
  for (const channel of choices.joined) if (!out.includes(channel)) out.push(channel);
  return out;
}

function isChoices(value: unknown): value is ChannelChoices {
  if (typeof value !== 'object' || value === null) return false;
  const { joined, left } = value as Record<string, unknown>;
  const strings = (list: unknown) => Array.isArray(list) && list.every((item) => typeof item === 'string');
  return strings(joined) && strings(left);
}
