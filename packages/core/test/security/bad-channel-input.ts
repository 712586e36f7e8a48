import { channelMac, type gossip, pkiIdToBytes, u64 } from '@webgossip/core';
import { signed, unsigned } from '../helpers/attacker.js';
import { A } from '../helpers/cluster.js';
import {
  type BadInput,
  BLOCK,
  bad,
  FAKE_SIGNATURE,
  FUTURE,
  GARBAGE,
  IDENTITY,
  inA,
  mine,
  msg,
  NOBODY,
  NOT_JOINED,
  on,
  ownStateInfo,
} from './bad-input-kit.js';

const ZERO = new Uint8Array([0x30]);
const garbageBlock = { payload: { seqNum: u64(0n), data: GARBAGE } };

/** Channel, pull and state-transfer messages with missing or wrong fields. */
export const BAD_CHANNEL_INPUT: BadInput[] = [
  bad('dataMsg', 'dataMsg without payload', ['invalid'], inA({ dataMsg: {} })),
  bad('dataMsg', 'dataMsg with a garbage block', ['invalid'], inA({ dataMsg: garbageBlock })),
  bad('dataMsg', 'dataMsg without channel', ['not-joined'], msg({ dataMsg: garbageBlock })),
  bad(
    'dataMsg',
    'dataMsg of a channel not joined',
    ['not-joined'],
    msg(on(NOT_JOINED, { dataMsg: garbageBlock })),
  ),

  bad('hello', 'hello without msg_type', ['invalid'], inA({ hello: { nonce: u64(9n) } })),
  bad(
    'hello',
    'hello with an unknown msg_type',
    ['invalid'],
    inA({ hello: { nonce: u64(9n), msgType: 7 as gossip.PullMsgType } }),
  ),
  bad(
    'hello',
    'block hello without channel',
    ['not-joined'],
    msg({ hello: { nonce: u64(9n), msgType: BLOCK } }),
  ),
  bad('dataDig', 'digest without msg_type', ['invalid'], inA({ dataDig: { nonce: u64(77n), digests: [] } })),
  bad(
    'dataReq',
    'block request under a nonce never issued',
    ['unknown-nonce'],
    inA({ dataReq: { nonce: u64(78n), msgType: BLOCK, digests: [ZERO] } }),
  ),
  bad(
    'dataReq',
    'identity request under a nonce never issued',
    ['unknown-nonce'],
    msg({ dataReq: { nonce: u64(78n), msgType: IDENTITY, digests: [NOBODY] } }),
  ),
  bad(
    'dataUpdate',
    'update under a nonce never issued',
    ['unknown-nonce'],
    inA({ dataUpdate: { nonce: u64(79n), msgType: BLOCK, data: [] } }),
  ),

  bad(
    'stateInfo',
    'StateInfo without pki_id',
    ['invalid', 'not-joined'],
    msg({ stateInfo: { timestamp: FUTURE, channel_MAC: GARBAGE } }),
  ),
  bad('stateInfo', 'StateInfo without timestamp', ['invalid'], ({ evil }) =>
    evil.sendEnvelope(signed(evil.crypto, ownStateInfo(evil, {}))),
  ),
  bad('stateInfo', 'StateInfo with a bad signature', ['bad-signature'], ({ evil }) =>
    evil.sendEnvelope({ ...unsigned(ownStateInfo(evil, { timestamp: FUTURE })), signature: FAKE_SIGNATURE }),
  ),
  bad(
    'stateInfo',
    'StateInfo of another peer, signed by the attacker',
    ['bad-signature'],
    ({ evil, honest }) =>
      evil.sendEnvelope(
        signed(evil.crypto, {
          stateInfo: { pkiId: pkiIdToBytes(honest), channel_MAC: channelMac(honest, A), timestamp: FUTURE },
        }),
      ),
  ),
  bad('stateInfo', 'StateInfo with a MAC of no joined channel', ['not-joined'], ({ evil }) =>
    evil.sendEnvelope(
      signed(evil.crypto, {
        stateInfo: { pkiId: mine(evil), channel_MAC: channelMac(evil.pkiId, NOT_JOINED), timestamp: FUTURE },
      }),
    ),
  ),
  bad(
    'stateSnapshot',
    'StateInfo snapshot with an element that does not decode',
    ['invalid'],
    msg({ stateSnapshot: { elements: [{ payload: GARBAGE }] } }),
  ),
  bad(
    'stateSnapshot',
    'StateInfo snapshot with an element that is no StateInfo',
    ['invalid', 'not-joined'],
    msg({ stateSnapshot: { elements: [unsigned({ empty: {} })] } }),
  ),
  bad('stateSnapshot', 'StateInfo snapshot with a badly signed element', ['bad-signature'], ({ evil }) =>
    evil.send({
      stateSnapshot: {
        elements: [{ ...unsigned(ownStateInfo(evil, { timestamp: FUTURE })), signature: FAKE_SIGNATURE }],
      },
    }),
  ),
  bad(
    'stateInfoPullReq',
    'StateInfo pull request without channel_MAC',
    ['not-joined'],
    msg({ stateInfoPullReq: {} }),
  ),

  bad(
    'stateRequest',
    'stateRequest with end < start',
    ['invalid'],
    inA({ stateRequest: { startSeqNum: u64(5n), endSeqNum: u64(2n) } }),
  ),
  bad(
    'stateRequest',
    'stateRequest without channel',
    ['not-joined'],
    msg({ stateRequest: { startSeqNum: u64(0n), endSeqNum: u64(2n) } }),
  ),
  bad(
    'stateResponse',
    'stateResponse nobody asked for',
    ['unexpected'],
    inA({ stateResponse: { payloads: [{ seqNum: u64(0n), data: GARBAGE }] } }),
  ),

  bad(
    'leadershipMsg',
    'leadership message without pki_id',
    ['invalid'],
    inA({ leadershipMsg: { timestamp: FUTURE, isDeclaration: true } }),
  ),
  bad('leadershipMsg', 'leadership message without timestamp', ['invalid'], ({ evil }) =>
    evil.send(on(A, { leadershipMsg: { pkiId: mine(evil), isDeclaration: true } })),
  ),
  bad(
    'leadershipMsg',
    'leadership message of another peer, signed by the attacker',
    ['bad-signature'],
    ({ evil, honest }) =>
      evil.sendEnvelope(
        signed(
          evil.crypto,
          on(A, { leadershipMsg: { pkiId: pkiIdToBytes(honest), timestamp: FUTURE, isDeclaration: true } }),
        ),
      ),
  ),

  bad('txMsg', 'transaction without tx_id', ['invalid'], inA({ txMsg: { data: GARBAGE } })),
  bad(
    'txMsg',
    'transaction without channel',
    ['not-joined'],
    msg({ txMsg: { txId: NOBODY.slice(0, 16), data: GARBAGE } }),
  ),
];
