import { fetchNetworkPreset, type NetworkPresetAnswer, presetMismatch } from '@webgossip/core';
import type { PageParams } from './params.js';

/**
 * The page's parameters with the network's preset, as the bootstrap server
 * announces it: the tab takes it when the URL names none, and when the URL
 * names another, the tab still takes the network's and says so (peers with
 * different timings take each other for dead). The in-page network has no
 * server to ask.
 */
export async function withNetworkPreset(
  params: PageParams,
  ask: (bootstrap: string) => Promise<NetworkPresetAnswer> = fetchNetworkPreset,
): Promise<PageParams> {
  if (params.mode === 'memory') return params;
  const answer = await ask(params.bootstrap);
  if (!answer.ok) {
    const warning = `could not ask the bootstrap server for the network's preset (${answer.error}): ${params.preset} used`;
    return { ...params, warnings: [...params.warnings, warning] };
  }
  const warnings = [...params.warnings];
  if (params.presetAsked && params.presetAsked !== answer.preset)
    warnings.push(`${presetMismatch(params.presetAsked, answer.preset)}: ${answer.preset} used`);
  return { ...params, preset: answer.preset, warnings };
}
