import {
  type ChannelId,
  channelMac,
  channelToBytes,
  type Envelope,
  encodeEnvelope,
  type GossipMessage,
  gossip,
  keyPairFromSecret,
  type MessageCryptoService,
  type PkiId,
  pkiIdToBytes,
  seal,
  sha256,
  u64,
  utf8,
} from '@webgossip/core';
import { createNodeEd25519Crypto } from '@webgossip/core/node';
import type { FaultPeer, FaultWorld } from './fault-world.js';

/** A height no honest peer reaches in a case: a view that shows it took a forged StateInfo. */
export const FORGED_HEIGHT = 1_000_000;

/** The attacker's own key: it passes the handshake honestly, then signs what it forges with this key. */
const attacker = createNodeEd25519Crypto(keyPairFromSecret(sha256(utf8('fault/attacker'))));
/**
 * A peer that never runs, whose PKI-ID (0000f7e8…) is lower than any real
 * peer's: a forged leadership declaration in its name would win every
 * election it reached.
 */
const ghost = createNodeEd25519Crypto(keyPairFromSecret(sha256(utf8('ghost/107881'))));
export const GHOST_ID: PkiId = ghost.pkiId;
export const ATTACKER_ENDPOINT = 'sim:attacker';

/** Forged claims in other peers' names, to check no view ever shows them. */
export interface ForgeryLog {
  /** Down peers the attacker said were alive (with a newer PeerTime than any they sent). */
  impersonated: Set<PkiId>;
  strikes: number;
}

/**
 * Opens an authenticated link to `victim` (its own ConnEstablish, honestly
 * signed) and sends alive, StateInfo and leadership messages in the names
 * of the ghost, of down peers and of live channel members, all signed with
 * the attacker's key, so none verifies against the identity it names.
 */
export function strike(world: FaultWorld, victim: FaultPeer, log: ForgeryLog): void {
  const link = world.net.transport(ATTACKER_ENDPOINT).dial(victim.endpoint);
  const now = BigInt(Math.floor(world.runtime.now()));
  const newer = now + 1_000_000n;
  const frames: Envelope[] = [];
  const down = world.peers.filter((p) => p.state !== 'live');
  frames.push(forgedAlive(ghost.pkiId, ghost.identity, newer));
  for (const peer of down) {
    frames.push(forgedAlive(peer.pkiId, peer.crypto.identity, newer));
    log.impersonated.add(peer.pkiId);
  }
  const aliveList = frames.slice();
  for (const channel of world.channels) {
    frames.push(forgedStateInfo(ghost.pkiId, channel, newer));
    for (const member of world.members(channel).filter((p) => p !== victim))
      frames.push(forgedStateInfo(member.pkiId, channel, newer));
    frames.push(forgedLeadership(ghost.pkiId, channel, newer));
    for (const peer of down) frames.push(forgedLeadership(peer.pkiId, channel, newer));
  }
  const relayed: GossipMessage = {
    tag: gossip.GossipMessage.Tag.EMPTY,
    memRes: { alive: aliveList, dead: [] },
  };
  frames.push(seal(relayed));
  log.strikes++;
  link.attach({
    onOpen: () => {
      link.send(encodeEnvelope(connEstablish(attacker)));
      for (const envelope of frames) link.send(encodeEnvelope(envelope));
      world.runtime.setTimeout(() => link.close('attacker done'), 1_000);
    },
    onFrame: () => {},
    onClose: () => {},
  });
}

/** A ConnEstablish of `crypto`, honestly signed (WebSocket-style: no certificate binding). */
export function connEstablish(crypto: MessageCryptoService): Envelope {
  return seal(
    {
      conn: { pkiId: pkiIdToBytes(crypto.pkiId), identity: crypto.identity, tlsCertHash: new Uint8Array(0) },
    },
    (payload) => crypto.sign(payload),
  );
}

function signedByAttacker(message: GossipMessage): Envelope {
  return seal(message, (payload) => attacker.sign(payload));
}

function forgedAlive(pkiId: PkiId, identity: Uint8Array, incNum: bigint): Envelope {
  return signedByAttacker({
    tag: gossip.GossipMessage.Tag.EMPTY,
    aliveMsg: {
      membership: { endpoint: ATTACKER_ENDPOINT, metadata: new Uint8Array(0), pkiId: pkiIdToBytes(pkiId) },
      timestamp: { incNum: u64(incNum), seqNum: u64(1n) },
      identity,
    },
  });
}

function forgedStateInfo(pkiId: PkiId, channel: ChannelId, incNum: bigint): Envelope {
  return signedByAttacker({
    tag: gossip.GossipMessage.Tag.CHAN_OR_ORG,
    stateInfo: {
      timestamp: { incNum: u64(incNum), seqNum: u64(1n) },
      pkiId: pkiIdToBytes(pkiId),
      channel_MAC: channelMac(pkiId, channel),
      properties: { ledgerHeight: u64(BigInt(FORGED_HEIGHT)), leftChannel: false },
    },
  });
}

function forgedLeadership(pkiId: PkiId, channel: ChannelId, incNum: bigint): Envelope {
  return signedByAttacker({
    channel: channelToBytes(channel),
    tag: gossip.GossipMessage.Tag.CHAN_AND_ORG,
    leadershipMsg: {
      pkiId: pkiIdToBytes(pkiId),
      timestamp: { incNum: u64(incNum), seqNum: u64(1n) },
      isDeclaration: true,
    },
  });
}
