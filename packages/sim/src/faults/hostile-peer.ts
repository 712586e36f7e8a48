import {
  type ChannelId,
  channelId,
  channelMac,
  channelToBytes,
  decodeFrame,
  type Envelope,
  encodeEnvelope,
  type Gossip,
  type GossipMessage,
  gossip,
  keyPairFromSecret,
  pkiIdToBytes,
  seal,
  sha256,
  u64,
  utf8,
} from '@webgossip/core';
import { createNodeEd25519Crypto } from '@webgossip/core/node';
import type { FaultPeer, FaultWorld } from './fault-world.js';
import { connEstablish } from './forgery.js';

/** The hostile peer's own key: it authenticates honestly, then misbehaves under its own PKI-ID. */
const hostile = createNodeEd25519Crypto(keyPairFromSecret(sha256(utf8('fault/hostile'))));
export const HOSTILE_ENDPOINT = 'sim:hostile';
/** How often the hostile peer sends its next burst. */
const BURST_EVERY_MS = 20;
/** A channel nobody joins: blocks for it are for a channel the hostile peer is not in. */
const FOREIGN: ChannelId = channelId('not-a-channel-of-the-hostile-peer');
const BLOCK = gossip.PullMsgType.BLOCK_MSG;

/** One session of a hostile peer against one victim, for the property that says the victim limited it. */
export interface HostileSession {
  victim: FaultPeer;
  /** The victim's engine when the session began: a restart replaces it. */
  engine: Gossip;
  /** Whether the victim closed the link before the session ended. */
  closedByVictim: boolean;
  /** Whether the victim stayed up (same engine) throughout. */
  victimStayed: boolean;
  /**
   * How long its bursts could reach the victim: over an open link, with the
   * network letting frames through both ways (a partition can cut the
   * hostile peer off, and then the victim has nothing to limit).
   */
  reachingMs: number;
  /** The engine's links.misbehaving counter at the start. */
  misbehavingBefore: number;
  durationMs: number;
}

/** A session whose bursts reached the victim at least this long must end with the victim closing the offender. */
export const LIMITED_WITHIN_MS = 1_000;

/**
 * A peer that passed the handshake and then does everything an honest peer
 * never does, in bursts, for `durationMs` (or until the victim closes it):
 * floods MembershipRequests and StateInfoPullRequests, replays the alive
 * messages the victim sent it, claims other peers' PKI-IDs in its requests,
 * answers pulls nobody started (foreign nonces) and sends digests of
 * thousands of items, sends blocks for a channel it is not in, and sends
 * every kind of response unsolicited. Its own alive message is valid, so
 * the victim takes it for a live member. It tries again every second; a
 * victim that closed it for misbehaving refuses it until its back-off ends.
 */
export function haunt(world: FaultWorld, victim: FaultPeer, durationMs: number): HostileSession {
  const session: HostileSession = {
    victim,
    engine: victim.gossip,
    closedByVictim: false,
    victimStayed: true,
    reachingMs: 0,
    misbehavingBefore: victim.gossip.metrics().links.misbehaving,
    durationMs,
  };
  const endsAt = world.runtime.now() + durationMs;
  const captured: Envelope[] = [];
  let seq = 0n;
  const ownAlive = (): Envelope => {
    seq += 1n;
    return seal(
      {
        tag: gossip.GossipMessage.Tag.EMPTY,
        aliveMsg: {
          membership: { endpoint: HOSTILE_ENDPOINT, pkiId: pkiIdToBytes(hostile.pkiId) },
          timestamp: { incNum: u64(BigInt(Math.floor(world.runtime.now()))), seqNum: u64(seq) },
          identity: hostile.identity,
        },
      },
      (payload) => hostile.sign(payload),
    );
  };
  const connect = () => {
    if (world.runtime.now() >= endsAt || victim.state !== 'live') return;
    const link = world.net.transport(HOSTILE_ENDPOINT).dial(victim.endpoint);
    let mine = false;
    let round = 0;
    const tick = () => {
      if (!link.open || world.runtime.now() >= endsAt) {
        if (link.open) link.close('hostile done');
        return;
      }
      if (
        world.net.reachable(HOSTILE_ENDPOINT, victim.endpoint) &&
        world.net.reachable(victim.endpoint, HOSTILE_ENDPOINT)
      )
        session.reachingMs += BURST_EVERY_MS;
      for (const envelope of burst(world, round++, ownAlive, captured)) link.send(encodeEnvelope(envelope));
      world.runtime.setTimeout(tick, BURST_EVERY_MS);
    };
    link.attach({
      onOpen: () => {
        link.send(encodeEnvelope(connEstablish(hostile)));
        tick();
      },
      onFrame: (bytes) => {
        const decoded = decodeFrame(bytes);
        if (decoded.ok && decoded.frame.content.case === 'aliveMsg' && captured.length < 64)
          captured.push(decoded.frame.envelope);
      },
      onClose: () => {
        if (mine) return;
        mine = true;
        if (world.runtime.now() < endsAt) session.closedByVictim = true;
        world.runtime.setTimeout(connect, 1_000);
      },
    });
  };
  connect();
  world.runtime.setTimeout(() => {
    session.victimStayed = victim.state === 'live' && victim.gossip === session.engine;
  }, durationMs);
  return session;
}

/** One burst: a few of every kind of abuse, in turn. */
function burst(world: FaultWorld, round: number, ownAlive: () => Envelope, captured: Envelope[]): Envelope[] {
  const nonce = () => u64(world.runtime.randomU64());
  const channel = world.channels[round % world.channels.length] as ChannelId;
  const on = (target: ChannelId, body: GossipMessage): GossipMessage => ({
    ...body,
    channel: channelToBytes(target),
    tag: gossip.GossipMessage.Tag.CHAN_AND_ORG,
  });
  const other = world.peers[round % world.peers.length] as FaultPeer;
  const frames: GossipMessage[] = [
    { nonce: nonce(), memReq: { selfInformation: ownAlive(), known: [] } },
    { stateInfoPullReq: { channel_MAC: channelMac(hostile.pkiId, channel) } },
    // Another peer's PKI-ID claimed as its own.
    { nonce: nonce(), memReq: { selfInformation: captured[round % Math.max(1, captured.length)] ?? null } },
    // Unsolicited responses of every kind.
    { nonce: nonce(), memRes: { alive: captured.slice(0, 8), dead: [] } },
    { stateSnapshot: { elements: [] } },
    on(channel, { dataUpdate: { nonce: nonce(), msgType: BLOCK, data: [] } }),
    on(channel, { stateResponse: { payloads: [] } }),
    { ack: { error: 'unsolicited' } },
    // A block for a channel it is not in.
    on(FOREIGN, { dataMsg: { payload: { seqNum: u64(BigInt(round)), data: utf8('not yours') } } }),
  ];
  if (round % 10 === 0) {
    // A digest of thousands of items nobody asked about.
    const digests = Array.from({ length: 4000 }, (_, i) => utf8(`${i}`.padStart(32, '0')));
    frames.push(on(channel, { dataDig: { nonce: nonce(), msgType: BLOCK, digests } }));
  }
  const envelopes = frames.map((message) => seal(message));
  // Replays of alive messages the victim sent it, and its own valid alive message.
  envelopes.push(...captured.slice(0, 4), ownAlive());
  // Alive messages in another peer's name without a timestamp.
  const invalid = seal({
    tag: gossip.GossipMessage.Tag.EMPTY,
    aliveMsg: { membership: { pkiId: pkiIdToBytes(other.pkiId) } },
  });
  envelopes.push(invalid, invalid, invalid);
  return envelopes;
}

export const HOSTILE_ID = hostile.pkiId;
