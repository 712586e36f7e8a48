import { channelId } from '@webgossip/core';
import { describe, expect, it } from 'vitest';
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
  });

  it('ignore a bootstrap that is not a WebSocket URL and an unknown preset', () => {
    const params = at('?bootstrap=javascript:alert(1)&preset=fast&lab=-3');
    expect(params.bootstrap).toBe('ws://example.org:8080/ws');
    expect(params.preset).toBe('webgossip');
    expect(params.lab).toBe(0);
  });

  it('keep the channels a tab left or joined across a reload', () => {
    const [A, B, C] = [channelId('A'), channelId('B'), channelId('C')];
    expect(channelsToJoin([A, B], { joined: [C], left: [B] })).toEqual([A, C]);
    expect(channelsToJoin([A], { joined: [], left: [] })).toEqual([A]);
  });
});
