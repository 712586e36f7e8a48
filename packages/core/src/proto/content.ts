import type { gossip } from './generated/message.js';

/** A GossipMessage as the engine builds and reads it (decoded or a plain object). */
export type GossipMessage = gossip.GossipMessage.$Properties;
export type Envelope = gossip.Envelope.$Properties;

/** Every GossipMessage content case, in field-number order. */
export const CONTENT_CASES = [
  'aliveMsg',
  'memReq',
  'memRes',
  'dataMsg',
  'hello',
  'dataDig',
  'dataReq',
  'dataUpdate',
  'empty',
  'conn',
  'stateInfo',
  'stateSnapshot',
  'stateInfoPullReq',
  'stateRequest',
  'stateResponse',
  'leadershipMsg',
  'peerIdentity',
  'ack',
  'txMsg',
  'signal',
] as const satisfies readonly NonNullable<gossip.GossipMessage['content']>[];

export type ContentCase = (typeof CONTENT_CASES)[number];

export type Content = {
  [K in ContentCase]: { case: K; value: NonNullable<GossipMessage[K]> };
}[ContentCase];

/** The content case a message carries with its value, or undefined when it carries none. */
export function contentOf(msg: GossipMessage): Content | undefined {
  for (const name of CONTENT_CASES) {
    const value = msg[name];
    if (value !== null && value !== undefined) return { case: name, value } as Content;
  }
  return undefined;
}
