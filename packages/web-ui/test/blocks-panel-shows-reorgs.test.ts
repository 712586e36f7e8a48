import { type BlockInfo, channelId, EventBus, type GossipEvent, type PkiId } from '@webgossip/core';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { BlocksPanel } from '../src/components/BlocksPanel.js';
import { ForkHistory } from '../src/peers/fork-history.js';
import type { PeerModel } from '../src/peers/peer-model.js';
import type { Directory } from '../src/view/directory.js';

const A = channelId('A');
const producer = 'ee'.repeat(32) as PkiId;
const self = '11'.repeat(32) as PkiId;

function block(seq: number, hash: string, receivedAtMs: number): BlockInfo {
  return {
    channel: A,
    seq,
    producer,
    createdAtMs: receivedAtMs,
    transactions: 1,
    size: 300,
    hash: hash.padEnd(64, '0'),
    previousHash: '',
    txIds: [],
    via: 'push',
    from: producer,
    receivedAtMs,
  };
}

/** The Blocks panel of a peer that held `shown`, with the fork events given, as HTML. */
function render(shown: BlockInfo[], events: GossipEvent[]): string {
  const forks = new ForkHistory();
  events.forEach((event, i) => {
    if (event.type === 'fork-detected') forks.detected(event, 2_000 + i);
    if (event.type === 'fork-resolved') forks.resolved(event, 2_000 + i);
  });
  const model = {
    pkiId: self,
    forks,
    knownChannels: () => [{ channel: A, joined: true }],
    blocks: () => shown,
    transactions: new Map(),
    gossip: { events: new EventBus<GossipEvent>() },
  } as unknown as PeerModel;
  const directory = { name: () => 'peer' } as unknown as Directory;
  return renderToStaticMarkup(createElement(BlocksPanel, { model, directory }));
}

const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, '')
    .replace(/&#x27;/g, "'")
    .replace(/\s+/g, ' ');

describe('the Blocks panel', () => {
  it('marks a reorg above the winners, with the winner hash and the replaced blocks struck out', () => {
    const losers = [block(2, 'dead01', 1_000), block(3, 'dead02', 1_100)];
    const html = render(
      [block(0, 'aa', 0), block(1, 'bb', 100), block(2, 'c0ffee', 3_000)],
      [{ type: 'fork-resolved', channel: A, seq: 2, winner: 'c0ffee'.padEnd(64, '0'), removed: losers }],
    );
    expect(text(html)).toContain('reorg at #2: 2 blocks replaced');
    expect(text(html)).toContain('winner c0ffee00');
    expect(html.match(/<s [^>]*>[^<]*/g)?.map((s) => s.replace(/<s [^>]*>/, ''))).toEqual([
      '#2 dead0100',
      '#3 dead0200',
    ]);
    expect(html).toContain('data-testid="reorg-row"');
    expect(html).toContain('data-removed="2"');
    // Newest first: the winner at #2 arrived after the verdict, so it sits above the marker.
    const order = [
      ...html.matchAll(/data-testid="(block-row|reorg-row)"[^>]*data-(?:channel)="A" data-seq="(\d+)"/g),
    ].map((m) => `${m[1]}:${m[2]}`);
    expect(order).toEqual(['block-row:2', 'reorg-row:2', 'block-row:1', 'block-row:0']);
  });

  it('shows a fork still open, and one settled in this peer’s favour', () => {
    const from = 'f0'.repeat(32) as PkiId;
    const html = render(
      [block(0, 'aa', 0)],
      [
        {
          type: 'fork-detected',
          channel: channelId('B'),
          seq: 5,
          ours: 'ab'.repeat(32),
          theirs: 'cd'.repeat(32),
          from,
        },
        { type: 'fork-resolved', channel: A, seq: 0, winner: 'aa'.padEnd(64, '0'), removed: [] },
      ],
    );
    expect(text(html)).toContain('fork seen at #5 #B');
    expect(text(html)).toContain('ours abababab · theirs cdcdcdcd');
    expect(text(html)).toContain("fork at #0 settled: this peer's branch won");
    expect(html).toContain('data-hash="aa');
  });
});
