import { channelId, healthUrl } from '@webgossip/core';
import { describe, expect, it } from 'vitest';
import { withNetworkPreset } from '../src/boot/network-preset.js';
import { parsePageParams } from '../src/boot/params.js';
import { channelsToJoin } from '../src/boot/tab-identity.js';

const at = (search: string, protocol = 'http:') =>
  parsePageParams({ protocol, host: 'example.org:8080', search });

describe('page parameters', () => {
  it('default to the serving host as bootstrap and the webgossip preset', () => {
    const params = at('');
    expect(params.bootstrap).toBe('ws://example.org:8080/ws');
    expect(at('', 'https:').bootstrap).toBe('wss://example.org:8080/ws');
    expect(params.preset).toBe('webgossip');
    expect(params.mode).toBe('network');
    expect(params.channels).toEqual([]);
  });

  it('take channels repeated and comma-separated, once each, skipping malformed names', () => {
    expect(at('?channel=A&channel=B,C&channel=A&channel=bad%20name&channel=').channels).toEqual([
      'A',
      'B',
      'C',
    ]);
  });

  it('accept a ws bootstrap, a name, the fabric preset and a bounded lab size', () => {
    const params = at('?bootstrap=ws://10.0.0.1:9000/ws&name=alice&preset=fabric&lab=500');
    expect(params.bootstrap).toBe('ws://10.0.0.1:9000/ws');
    expect(params.name).toBe('alice');
    expect(params.preset).toBe('fabric');
    expect(params.lab).toBe(64);
    expect(params.warnings).toEqual(['lab=500 is more than the 64 lab peers a tab holds: 64 started']);
  });

  it('ignore a bootstrap that is not a WebSocket URL and an unknown preset', () => {
    const params = at('?bootstrap=javascript:alert(1)&preset=fast&lab=-3');
    expect(params.bootstrap).toBe('ws://example.org:8080/ws');
    expect(params.preset).toBe('webgossip');
    expect(params.lab).toBe(0);
    expect(params.warnings).toEqual([
      'bootstrap=javascript:alert(1) is not a ws:// or wss:// URL: ws://example.org:8080/ws used',
      'preset=fast is not a preset (fabric, webgossip): webgossip used',
      'lab=-3 is not a whole number of lab peers: none started',
    ]);
  });

  it('say which channel names they skip, and take well-formed parameters without a word', () => {
    expect(at('?channel=A,bad%20name').warnings).toEqual([
      'channel "bad name" skipped: a channel name is 1 to 64 letters, digits, dots, dashes or underscores',
    ]);
    expect(at('?channel=A&lab=3&preset=fabric&name=alice&mode=memory').warnings).toEqual([]);
    expect(at('?lab=two&mode=mesh').warnings).toEqual([
      'mode=mesh is not a mode (network, memory): network used',
      'lab=two is not a whole number of lab peers: none started',
    ]);
  });

  it('keep the channels a tab left or joined across a reload', () => {
    const [A, B, C] = [channelId('A'), channelId('B'), channelId('C')];
    expect(channelsToJoin([A, B], { joined: [C], left: [B] })).toEqual([A, C]);
    expect(channelsToJoin([A], { joined: [], left: [] })).toEqual([A]);
  });

  it("take the network's preset from the bootstrap server, and say when they cannot ask it", async () => {
    expect(healthUrl('ws://example.org:8080/ws')).toBe('http://example.org:8080/healthz');
    expect(healthUrl('wss://example.org/ws')).toBe('https://example.org/healthz');
    const fabric = async () => ({ ok: true as const, preset: 'fabric' as const });
    expect((await withNetworkPreset(at(''), fabric)).preset).toBe('fabric');
    expect((await withNetworkPreset(at('?preset=fabric'), fabric)).warnings).toEqual([]);
    const down = async () => ({ ok: false as const, error: 'connection refused' });
    const unasked = await withNetworkPreset(at('?preset=fabric'), down);
    expect(unasked.preset).toBe('fabric');
    expect(unasked.warnings).toEqual([
      "could not ask the bootstrap server for the network's preset (connection refused): fabric used",
    ]);
    const memory = await withNetworkPreset(at('?mode=memory&preset=fabric'), down);
    expect(memory).toMatchObject({ preset: 'fabric', warnings: [] });
  });
});
