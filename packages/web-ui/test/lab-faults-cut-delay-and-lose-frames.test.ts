import { createVirtualRuntime, type Link, MemoryNetwork, type PkiId, type Transport } from '@webgossip/core';
import { describe, expect, it } from 'vitest';
import { LabFaults } from '../src/peers/lab-faults.js';

const id = (hex: string) => hex.repeat(32) as PkiId;
const ids = { a: id('aa'), b: id('bb'), c: id('cc') };

/** Three tab peers (a, b, c) and one outsider (server), on a memory network with the fault layer over the tab's peers. */
function setup() {
  const runtime = createVirtualRuntime();
  const net = new MemoryNetwork(runtime, { latencyMs: 1 });
  const faults = new LabFaults(runtime);
  const received = new Map<string, string[]>();
  const transports = new Map<string, Transport>();
  for (const name of ['a', 'b', 'c', 'server']) {
    const endpoint = `mem://${name}`;
    const inner = net.transport(endpoint);
    const transport = name === 'server' ? inner : faults.wrap(inner);
    if (name !== 'server') faults.bind(endpoint, ids[name as keyof typeof ids]);
    transport.listen((link) =>
      link.attach({
        onOpen() {},
        onFrame(frame) {
          received.set(name, [...(received.get(name) ?? []), new TextDecoder().decode(frame)]);
        },
        onClose() {},
      }),
    );
    transports.set(name, transport);
  }
  const links = new Map<string, Link>();
  const link = (from: string, to: string): Link => {
    const key = `${from}>${to}`;
    let open = links.get(key);
    if (!open) {
      open = transports.get(from)?.dial(`mem://${to}`) as Link;
      open.attach({ onOpen() {}, onFrame() {}, onClose() {} });
      links.set(key, open);
    }
    return open;
  };
  const send = (from: string, to: string, text: string) =>
    link(from, to).send(new TextEncoder().encode(text));
  const got = (name: string) => received.get(name) ?? [];
  return { runtime, faults, link, send, got };
}

describe('the lab fault layer', () => {
  it('cuts frames between the groups of a partition, and lets them through again once healed', () => {
    const { runtime, faults, link, send, got } = setup();
    for (const pair of ['a>b', 'a>c', 'b>c']) link(...(pair.split('>') as [string, string]));
    runtime.advance(10);
    faults.partition([ids.a, ids.b], [ids.c]);
    send('a', 'b', 'same side');
    send('a', 'c', 'across');
    send('b', 'c', 'across');
    runtime.advance(10);
    expect(got('b')).toEqual(['same side']);
    expect(got('c')).toEqual([]);
    expect(faults.stats.cut).toBe(2);
    expect(faults.groupOf(ids.c)).toBe('B');

    faults.heal();
    send('a', 'c', 'healed');
    runtime.advance(10);
    expect(got('c')).toEqual(['healed']);
    expect(faults.groupOf(ids.c)).toBeUndefined();
  });

  it('refuses to dial across a partition, without trying the network', async () => {
    const { faults, link } = setup();
    faults.partition([ids.a], [ids.b]);
    const closed = new Promise<string>((resolve) =>
      link('a', 'b').attach({ onOpen() {}, onFrame() {}, onClose: resolve }),
    );
    expect(await closed).toMatch(/partition/);
    expect(link('a', 'b').open).toBe(false);
  });

  it('leaves links to peers outside the tab alone', () => {
    const { runtime, faults, link, send, got } = setup();
    link('a', 'server');
    runtime.advance(10);
    faults.configure({ loss: 1 });
    faults.partition([ids.a], [ids.b]);
    send('a', 'server', 'to the server');
    runtime.advance(10);
    expect(got('server')).toEqual(['to the server']);
  });

  it('delays frames by the latency setting, in order', () => {
    const { runtime, faults, link, send, got } = setup();
    link('a', 'b');
    runtime.advance(10);
    faults.configure({ latencyMs: 200 });
    for (const text of ['1', '2', '3']) send('a', 'b', text);
    runtime.advance(150);
    expect(got('b')).toEqual([]);
    expect(link('a', 'b').bufferedAmount).toBe(3);
    runtime.advance(100);
    expect(got('b')).toEqual(['1', '2', '3']);
    expect(link('a', 'b').bufferedAmount).toBe(0);
  });

  it('loses about the share of frames the loss setting says', () => {
    const { runtime, faults, link, send, got } = setup();
    link('a', 'b');
    runtime.advance(10);
    faults.configure({ loss: 0.3 });
    for (let i = 0; i < 2000; i++) send('a', 'b', String(i));
    runtime.advance(10);
    const share = got('b').length / 2000;
    expect(share).toBeGreaterThan(0.65);
    expect(share).toBeLessThan(0.75);
    expect(faults.stats.lost).toBe(2000 - got('b').length);
  });
});
