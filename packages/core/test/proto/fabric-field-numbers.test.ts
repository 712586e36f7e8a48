import { describe, expect, it } from 'vitest';
import { fromHex, toHex } from '../../src/ids.js';
import { seal } from '../../src/proto/envelope.js';
import { CONTENT_CASES, type ContentCase, gossip } from '../../src/proto/index.js';
import { allFabricFields, codecView } from './codec-view.js';
import { codecName, FABRIC, FABRIC_ENUMS, fabricDecode } from './fabric-schema.js';
import { BIG, envelopeOf, sampleMessage, secret, tagged } from './sample-messages.js';
import { atPath, readFields, varintField } from './wire-reader.js';

/**
 * Bytes our codec writes, read back with a hand-written wire reader and
 * Fabric's field numbers (fabric-schema.ts, from DESIGN.md §7): a Fabric peer
 * would find every value where its own schema puts it.
 */

const encode = (kind: ContentCase) => gossip.GossipMessage.encode(sampleMessage(kind)).finish();
const fabricContent = new Map(
  (FABRIC.get('GossipMessage') ?? []).filter((f) => f.oneof).map((f) => [codecName(f.name), f]),
);
const FABRIC_CASES = CONTENT_CASES.filter((kind) => fabricContent.has(kind));
const PROJECT_CASES = CONTENT_CASES.filter((kind) => !fabricContent.has(kind));
const hex = (bytes: Uint8Array) => `0x${toHex(bytes)}`;

describe("a Fabric decoder finds every value at Fabric's field numbers", () => {
  it.each(FABRIC_CASES)('GossipMessage.%s', (kind) => {
    const seen = new Set<string>();
    expect(fabricDecode('GossipMessage', encode(kind))).toEqual(
      codecView('GossipMessage', sampleMessage(kind), seen),
    );
  });

  it('Envelope (payload=1, signature=2, secret_envelope=3) and the Secret inside', () => {
    const envelope = envelopeOf('frame');
    const view = fabricDecode('Envelope', gossip.Envelope.encode(envelope).finish());
    expect(view).toEqual(codecView('Envelope', envelope, new Set()));
    const secretBytes = envelope.secretEnvelope?.payload ?? new Uint8Array();
    expect(fabricDecode('Secret', secretBytes)).toEqual({ internalEndpoint: 'frame.internal:7051' });
    expect(fabricDecode('Secret', gossip.Secret.encode(secret).finish())).toEqual(secret);
  });

  it('envelopes nested in a MembershipResponse carry alive messages Fabric can read', () => {
    const response = fabricDecode('GossipMessage', encode('memRes')).memRes as {
      alive: { payload: string }[];
    };
    const payloads = response.alive.map((e) => fromHex(e.payload.slice(2)));
    const endpoints = payloads.map((p) => {
      const alive = fabricDecode('GossipMessage', p).aliveMsg as { membership: { endpoint: string } };
      return alive.membership.endpoint;
    });
    expect(endpoints).toEqual(['alive.0.example:7051', 'alive.1.example:7051']);
  });

  it('the samples exercise every field of the Fabric table', () => {
    const seen = new Set<string>();
    for (const kind of CONTENT_CASES) codecView('GossipMessage', sampleMessage(kind), seen);
    codecView('Envelope', envelopeOf('any'), seen);
    codecView('Secret', secret, seen);
    expect(allFabricFields().filter((field) => !seen.has(field))).toEqual([]);
  });
});

describe('single paths through the wire, field number by field number', () => {
  const sealed = seal(sampleMessage('aliveMsg'), () => tagged('the signature'));
  const cases: [string, Uint8Array, number[], Uint8Array][] = [
    ['Envelope.payload=1', gossip.Envelope.encode(sealed).finish(), [1], sealed.payload ?? new Uint8Array()],
    ['Envelope.signature=2', gossip.Envelope.encode(sealed).finish(), [2], tagged('the signature')],
    ['GossipMessage.channel=2', encode('empty'), [2], tagged('mychannel')],
    ['alive_msg=5 → membership=1 → pki_id=3', encode('aliveMsg'), [5, 1, 3], tagged('alive.member.pki_id')],
    ['alive_msg=5 → identity=4', encode('aliveMsg'), [5, 4], tagged('alive.alive.identity')],
    [
      'mem_req=6 → self_information=1 → signature=2',
      encode('memReq'),
      [6, 1, 2],
      tagged('self.envelope.signature'),
    ],
    ['data_msg=8 → payload=1 → data=2', encode('dataMsg'), [8, 1, 2], tagged('block.payload.data')],
    ['hello=9 → metadata=2', encode('hello'), [9, 2], tagged('hello.metadata')],
    ['conn=14 → tls_cert_hash=3', encode('conn'), [14, 3], tagged('conn.tls_cert_hash')],
    ['state_info=15 → channel_MAC=4', encode('stateInfo'), [15, 4], tagged('state.channel_MAC')],
    [
      'state_info_pull_req=17 → channel_MAC=1',
      encode('stateInfoPullReq'),
      [17, 1],
      tagged('pull.channel_MAC'),
    ],
    ['leadership_msg=20 → pki_id=1', encode('leadershipMsg'), [20, 1], tagged('leader.pki_id')],
    ['peer_identity=21 → cert=2', encode('peerIdentity'), [21, 2], tagged('identity.cert')],
    ['ack=22 → error=1', encode('ack'), [22, 1], tagged('ack: something went wrong')],
  ];
  it.each(cases)('%s', (_, bytes, path, expected) => {
    expect(hex(atPath(bytes, path))).toBe(hex(expected));
  });

  const varints: [string, Uint8Array, number[], number, bigint][] = [
    ['GossipMessage.nonce=1 holds 2^64-1', encode('hello'), [], 1, BIG.nonce],
    ['GossipMessage.tag=3 holds CHAN_AND_ORG=4', encode('hello'), [], 3, 4n],
    ['alive_msg=5 → timestamp=2 → inc_num=1', encode('aliveMsg'), [5, 2], 1, BIG.incNum],
    ['alive_msg=5 → timestamp=2 → seq_num=2', encode('aliveMsg'), [5, 2], 2, BIG.seqNum],
    ['hello=9 → nonce=1', encode('hello'), [9], 1, BIG.helloNonce],
    ['hello=9 → msg_type=3 holds IDENTITY_MSG=2', encode('hello'), [9], 3, 2n],
    ['data_dig=10 → msg_type=3 holds BLOCK_MSG=1', encode('dataDig'), [10], 3, 1n],
    ['data_msg=8 → payload=1 → seq_num=1', encode('dataMsg'), [8, 1], 1, BIG.blockSeq],
    ['state_info=15 → properties=5 → ledger_height=1', encode('stateInfo'), [15, 5], 1, BIG.ledgerHeight],
    ['state_info=15 → properties=5 → left_channel=2', encode('stateInfo'), [15, 5], 2, 1n],
    ['conn=14 → probe=4', encode('conn'), [14], 4, 1n],
    ['state_request=18 → start_seq_num=1', encode('stateRequest'), [18], 1, BIG.startSeq],
    ['state_request=18 → end_seq_num=2', encode('stateRequest'), [18], 2, BIG.endSeq],
    ['leadership_msg=20 → is_declaration=3', encode('leadershipMsg'), [20], 3, 1n],
  ];
  it.each(varints)('%s', (_, bytes, path, no, expected) => {
    expect(varintField(atPath(bytes, path), no)).toBe(expected);
  });
});

describe('enums and project-only cases', () => {
  it("the codec's Tag and PullMsgType values are Fabric's", () => {
    const codec = (values: Record<string, string | number>) =>
      Object.fromEntries(
        Object.entries(values)
          .filter(([, n]) => typeof n === 'number')
          .map(([name, n]) => [n, name]),
      );
    expect(codec(gossip.GossipMessage.Tag)).toEqual(FABRIC_ENUMS.Tag);
    expect(codec(gossip.PullMsgType)).toEqual(FABRIC_ENUMS.PullMsgType);
  });

  it.each(CONTENT_CASES)(
    '%s sits at its Fabric number, or at 100 and up when Fabric has no such case',
    (kind) => {
      const contentFields = readFields(encode(kind)).filter((f) => f.no > 3);
      expect(contentFields).toHaveLength(1);
      const wireNo = contentFields[0]?.no ?? 0;
      const fabric = fabricContent.get(kind);
      if (fabric) expect(wireNo).toBe(fabric.no);
      else expect(wireNo).toBeGreaterThanOrEqual(100);
    },
  );

  it.each(PROJECT_CASES)('a Fabric decoder reads %s as an unknown field and keeps the header', (kind) => {
    expect(PROJECT_CASES).toEqual(['txMsg', 'signal']);
    const view = fabricDecode('GossipMessage', encode(kind));
    expect(view).toEqual({
      nonce: BIG.nonce,
      channel: hex(tagged('mychannel')),
      tag: 'CHAN_AND_ORG',
      $unknown: [kind === 'txMsg' ? '100' : '101'],
    });
  });
});
