import { pkiIdToBytes, u64 } from '@webgossip/core';
import { connEstablish } from '../../src/comm/handshake.js';
import { signed, unsigned } from '../helpers/attacker.js';
import {
  answer,
  type BadInput,
  bad,
  entry,
  FAKE_SIGNATURE,
  FUTURE,
  GARBAGE,
  mine,
  msg,
  NOBODY,
} from './bad-input-kit.js';

/** Frames that are no messages, and membership, identity and handshake messages with missing or wrong fields. */
export const BAD_PEER_INPUT: BadInput[] = [
  bad('frame', 'bytes that are no Envelope', ['malformed-envelope'], ({ evil }) => evil.sendBytes(GARBAGE)),
  bad('frame', 'an Envelope without payload', ['malformed-envelope'], ({ evil }) =>
    evil.sendEnvelope({ signature: FAKE_SIGNATURE }),
  ),
  bad('frame', 'a payload that is no GossipMessage', ['malformed-message'], ({ evil }) =>
    evil.sendEnvelope({ payload: GARBAGE }),
  ),
  bad('frame', 'a GossipMessage without content', ['empty-content'], msg({ nonce: u64(5n), tag: 1 })),
  bad('frame', 'a frame over maxMessageSize', ['oversize'], ({ evil }) =>
    evil.sendEnvelope({ payload: new Uint8Array(300 * 1024) }),
  ),

  bad('aliveMsg', 'alive without membership', ['invalid'], msg({ aliveMsg: { timestamp: FUTURE } })),
  bad('aliveMsg', 'alive without timestamp', ['invalid'], ({ evil }) =>
    evil.send({ aliveMsg: { membership: { pkiId: mine(evil) } } }),
  ),
  bad(
    'aliveMsg',
    'alive with a 3-byte pki_id',
    ['invalid'],
    msg({ aliveMsg: { membership: { pkiId: new Uint8Array(3) }, timestamp: FUTURE } }),
  ),
  bad('aliveMsg', 'alive whose identity does not hash to its pki_id', ['invalid'], ({ evil }) =>
    evil.sendEnvelope(
      signed(evil.crypto, {
        aliveMsg: { membership: { pkiId: NOBODY }, timestamp: FUTURE, identity: evil.crypto.identity },
      }),
    ),
  ),
  bad('aliveMsg', 'alive of another peer, signed by the attacker', ['bad-signature'], ({ evil, honest }) =>
    evil.sendEnvelope(
      signed(evil.crypto, {
        aliveMsg: { membership: { pkiId: pkiIdToBytes(honest), endpoint: evil.endpoint }, timestamp: FUTURE },
      }),
    ),
  ),

  bad('memReq', 'memReq without self_information', ['invalid'], msg({ memReq: { known: [] } })),
  bad(
    'memReq',
    'memReq whose self_information does not decode',
    ['invalid'],
    msg({ memReq: { selfInformation: { payload: GARBAGE } } }),
  ),
  bad(
    'memReq',
    'memReq whose self_information is no alive message',
    ['invalid', 'spoofed'],
    msg({ memReq: { selfInformation: entry({ empty: {} }) } }),
  ),
  bad(
    'memRes',
    'memRes that answers no request',
    ['unknown-nonce'],
    msg({ nonce: u64(77n), memRes: { alive: [{ payload: GARBAGE }] } }),
  ),
  bad(
    'memRes',
    'memRes with an entry that does not decode',
    ['invalid'],
    answer({ alive: [{ payload: GARBAGE }] }),
  ),
  bad(
    'memRes',
    'memRes with an entry that is no alive message',
    ['invalid'],
    answer({ dead: [entry({ empty: {} })] }),
  ),

  bad('conn', 'ConnEstablish after the handshake', ['unexpected'], ({ evil }) =>
    evil.sendEnvelope(connEstablish(evil.crypto, null)),
  ),

  bad('peerIdentity', 'PeerIdentity without cert', ['invalid'], ({ evil }) =>
    evil.send({ peerIdentity: { pkiId: mine(evil) } }),
  ),
  bad('peerIdentity', 'PeerIdentity whose cert does not hash to its pki_id', ['invalid'], ({ evil }) =>
    evil.sendEnvelope(signed(evil.crypto, { peerIdentity: { pkiId: NOBODY, cert: evil.crypto.identity } })),
  ),
  bad('peerIdentity', 'PeerIdentity with a bad signature', ['bad-signature'], ({ evil }) =>
    evil.sendEnvelope({
      ...unsigned({ peerIdentity: { pkiId: mine(evil), cert: evil.crypto.identity } }),
      signature: FAKE_SIGNATURE,
    }),
  ),
];
