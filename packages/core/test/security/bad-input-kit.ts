import {
  type ChannelId,
  type ContentCase,
  channelId,
  channelMac,
  channelToBytes,
  type DropReason,
  type Envelope,
  type GossipMessage,
  gossip,
  type PkiId,
  pkiIdToBytes,
  sha256,
  u64,
} from '@webgossip/core';
import { type Attacker, unsigned } from '../helpers/attacker.js';
import { A } from '../helpers/cluster.js';

/** What a case may refer to: the attacker's link, and an honest peer it impersonates. */
export interface CaseContext {
  evil: Attacker;
  honest: PkiId;
}

export interface BadInput {
  name: string;
  /** The content case the message carries, or 'frame' for frames refused before decoding. */
  kind: ContentCase | 'frame';
  send(ctx: CaseContext): void;
  /** The drop reasons that fit; the first drop must be one of them. */
  reasons: DropReason[];
}

/** A case in one line: kind, name, the reasons that fit, and how the attacker sends it. */
export function bad(
  kind: BadInput['kind'],
  name: string,
  reasons: DropReason[],
  send: BadInput['send'],
): BadInput {
  return { kind, name, reasons, send };
}

export const NOT_JOINED: ChannelId = channelId('not-joined-here');
export const BLOCK = gossip.PullMsgType.BLOCK_MSG;
export const IDENTITY = gossip.PullMsgType.IDENTITY_MSG;
export const GARBAGE = new Uint8Array([0xff, 0xff, 0xff, 0xff, 0xff]);
/** A PKI-ID no identity hashes to. */
export const NOBODY = sha256(new TextEncoder().encode('nobody'));
/** A PeerTime newer than any real one, so freshness checks pass and the later checks are reached. */
export const FUTURE = { incNum: u64(1n << 62n), seqNum: u64(1n) };
export const FAKE_SIGNATURE = new Uint8Array(64).fill(7);

export const on = (channel: ChannelId, body: GossipMessage): GossipMessage => ({
  ...body,
  channel: channelToBytes(channel),
  tag: gossip.GossipMessage.Tag.CHAN_AND_ORG,
});

/** Sends `body` unsigned. */
export const msg =
  (body: GossipMessage) =>
  ({ evil }: CaseContext) =>
    evil.send(body);

/** Sends a MembershipResponse with `body` unsigned, echoing a request of the victim's (so its entries are read). */
export const answer =
  (body: gossip.MembershipResponse.$Properties) =>
  ({ evil }: CaseContext) =>
    evil.send({ nonce: u64(evil.askedNonce()), memRes: body });

/** Sends `body` unsigned on channel A. */
export const inA = (body: GossipMessage) => msg(on(A, body));

export const entry = (body: GossipMessage): Envelope => unsigned(body);

/** A StateInfo body of the attacker for channel A, with the fields given. */
export const ownStateInfo = (evil: Attacker, info: gossip.StateInfo.$Properties): GossipMessage => ({
  stateInfo: { pkiId: pkiIdToBytes(evil.pkiId), channel_MAC: channelMac(evil.pkiId, A), ...info },
});

export const mine = (evil: Attacker) => pkiIdToBytes(evil.pkiId);
