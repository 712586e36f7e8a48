import { type PresetName, presets } from '../config.js';

/**
 * Where a bootstrap server says what it runs: its /healthz, beside the
 * WebSocket endpoint (ws://host:port/ws → http://host:port/healthz).
 */
export function healthUrl(bootstrapUrl: string): string {
  const url = new URL(bootstrapUrl);
  url.protocol = url.protocol === 'wss:' ? 'https:' : 'http:';
  url.pathname = `${url.pathname.replace(/\/ws\/?$/, '')}/healthz`;
  url.search = '';
  return url.toString();
}

/** What a peer learns from the bootstrap server before it starts: the timing preset every peer of the network uses. */
export type NetworkPresetAnswer = { ok: true; preset: PresetName } | { ok: false; error: string };

/**
 * Asks the bootstrap server for the network's preset. Peers whose timings
 * differ declare each other dead at every turn (a Fabric peer's alive every
 * 5 s is overdue under webgossip's expiration), so a peer takes the
 * network's preset unless told otherwise, and refuses a different one.
 */
export async function fetchNetworkPreset(
  bootstrapUrl: string,
  fetchFn: typeof fetch = fetch,
  timeoutMs = 5000,
): Promise<NetworkPresetAnswer> {
  let url: string;
  try {
    url = healthUrl(bootstrapUrl);
  } catch {
    return { ok: false, error: `${bootstrapUrl} is not a URL` };
  }
  try {
    const response = await fetchFn(url, { signal: AbortSignal.timeout(timeoutMs) });
    const body = (await response.json()) as { preset?: unknown };
    const preset = body.preset;
    if (typeof preset === 'string' && preset in presets) return { ok: true, preset: preset as PresetName };
    return { ok: false, error: `${url} names no known preset` };
  } catch (error) {
    return { ok: false, error: `${url}: ${error instanceof Error ? error.message : String(error)}` };
  }
}

/** The sentence a peer shows or logs when it was asked for another preset than its network's. */
export function presetMismatch(asked: PresetName, network: PresetName): string {
  return (
    `preset ${asked} differs from this network's preset ${network} (the bootstrap server runs --preset ${network}); ` +
    `peers of one network must share timings, or they take each other for dead`
  );
}
