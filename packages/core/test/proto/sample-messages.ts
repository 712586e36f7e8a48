import { type ContentCase, type Envelope, type GossipMessage, gossip, u64 } from '../../src/proto/index.js';

/**
 * One GossipMessage per content case with every field set to a value that
 * differs from every other field's, so a field written at the wrong number
 * or swapped with a sibling cannot go unnoticed. uint64 fields hold values
 * above 2^53, where a float would lose bits.
 */

const encoder = new TextEncoder();

/** Bytes that name the field they were made for (distinct per label). */
export const tagged = (label: string): Uint8Array => encoder.encode(label);

export const BIG = {
  nonce: (1n << 64n) - 1n,
  incNum: (1n << 63n) + 12_345n,
  seqNum: (1n << 53n) + 1n,
  ledgerHeight: (1n << 60n) + 7n,
  helloNonce: (1n << 63n) + 1n,
  digestNonce: (1n << 62n) + 3n,
  requestNonce: (1n << 61n) + 5n,
  updateNonce: (1n << 58n) + 9n,
  blockSeq: (1n << 54n) + 11n,
  startSeq: (1n << 55n) + 13n,
  endSeq: (1n << 56n) + 17n,
  createdAt: (1n << 57n) + 19n,
} as const;

const { Tag } = gossip.GossipMessage;
const { PullMsgType } = gossip;

const peerTime = (prefix: number) => ({
  incNum: u64(BIG.incNum + BigInt(prefix)),
  seqNum: u64(BIG.seqNum + BigInt(prefix)),
});

const member = (label: string): gossip.Member.$Properties => ({
  endpoint: `${label}.example:7051`,
  metadata: tagged(`${label}.member.metadata`),
  pkiId: tagged(`${label}.member.pki_id`),
});

const aliveMessage = (label: string): gossip.AliveMessage.$Properties => ({
  membership: member(label),
  timestamp: peerTime(0),
  identity: tagged(`${label}.alive.identity`),
});

/** Fabric's SecretEnvelope payload: a serialized Secret. */
const secretEnvelope = (label: string): gossip.SecretEnvelope.$Properties => ({
  payload: gossip.Secret.encode({ internalEndpoint: `${label}.internal:7051` }).finish(),
  signature: tagged(`${label}.secret.signature`),
});

/** A signed-looking envelope whose payload is a real serialized alive message. */
export function envelopeOf(label: string): Envelope {
  const payload = gossip.GossipMessage.encode({
    nonce: u64(BIG.nonce - 1n),
    tag: Tag.EMPTY,
    aliveMsg: aliveMessage(label),
  }).finish();
  return { payload, signature: tagged(`${label}.envelope.signature`), secretEnvelope: secretEnvelope(label) };
}

const payload = (label: string, offset: bigint): gossip.Payload.$Properties => ({
  seqNum: u64(BIG.blockSeq + offset),
  data: tagged(`${label}.payload.data`),
  privateData: [tagged(`${label}.private.0`), tagged(`${label}.private.1`)],
});

/** The content of each case, fully populated. */
const CONTENTS: { [K in ContentCase]: NonNullable<GossipMessage[K]> } = {
  aliveMsg: aliveMessage('alive'),
  memReq: { selfInformation: envelopeOf('self'), known: [tagged('known.0'), tagged('known.1')] },
  memRes: { alive: [envelopeOf('alive.0'), envelopeOf('alive.1')], dead: [envelopeOf('dead.0')] },
  dataMsg: { payload: payload('block', 0n) },
  hello: {
    nonce: u64(BIG.helloNonce),
    metadata: tagged('hello.metadata'),
    msgType: PullMsgType.IDENTITY_MSG,
  },
  dataDig: {
    nonce: u64(BIG.digestNonce),
    digests: [tagged('digest.0'), tagged('digest.1')],
    msgType: PullMsgType.BLOCK_MSG,
  },
  dataReq: {
    nonce: u64(BIG.requestNonce),
    digests: [tagged('request.0'), tagged('request.1')],
    msgType: PullMsgType.IDENTITY_MSG,
  },
  dataUpdate: {
    nonce: u64(BIG.updateNonce),
    data: [envelopeOf('update.0'), envelopeOf('update.1')],
    msgType: PullMsgType.BLOCK_MSG,
  },
  empty: {},
  conn: {
    pkiId: tagged('conn.pki_id'),
    identity: tagged('conn.identity'),
    tlsCertHash: tagged('conn.tls_cert_hash'),
    probe: true,
  },
  stateInfo: {
    timestamp: peerTime(1),
    pkiId: tagged('state.pki_id'),
    channel_MAC: tagged('state.channel_MAC'),
    properties: {
      ledgerHeight: u64(BIG.ledgerHeight),
      leftChannel: true,
      chaincodes: [
        { name: 'cc0', version: 'v1.0', metadata: tagged('cc0.metadata') },
        { name: 'cc1', version: 'v2.1', metadata: tagged('cc1.metadata') },
      ],
      headHash: tagged('state.head_hash'),
    },
  },
  stateSnapshot: { elements: [envelopeOf('snapshot.0'), envelopeOf('snapshot.1')] },
  stateInfoPullReq: { channel_MAC: tagged('pull.channel_MAC') },
  stateRequest: { startSeqNum: u64(BIG.startSeq), endSeqNum: u64(BIG.endSeq) },
  stateResponse: { payloads: [payload('state.0', 1n), payload('state.1', 2n)] },
  leadershipMsg: { pkiId: tagged('leader.pki_id'), timestamp: peerTime(2), isDeclaration: true },
  peerIdentity: {
    pkiId: tagged('identity.pki_id'),
    cert: tagged('identity.cert'),
    metadata: tagged('identity.metadata'),
  },
  ack: { error: 'ack: something went wrong' },
  txMsg: {
    txId: tagged('tx.id'),
    data: tagged('tx.data'),
    submitter: tagged('tx.submitter'),
    createdAtMs: u64(BIG.createdAt),
  },
  signal: {
    to: tagged('signal.to'),
    from: tagged('signal.from'),
    data: '{"type":"offer"}',
    error: 'unreachable',
  },
};

/** A complete GossipMessage for `kind`: nonce 2^64-1, a channel, a non-default tag and its content. */
export function sampleMessage(kind: ContentCase): GossipMessage {
  return {
    nonce: u64(BIG.nonce),
    channel: tagged('mychannel'),
    tag: Tag.CHAN_AND_ORG,
    [kind]: CONTENTS[kind],
  };
}

/** Messages of the schema that travel inside Payload.data or a SecretEnvelope rather than as content. */
export const blockHeader: gossip.BlockHeader.$Properties = {
  number: u64(BIG.blockSeq),
  channel: tagged('mychannel'),
  producer: tagged('producer.pki_id'),
  createdAtMs: u64(BIG.createdAt),
  previousHash: tagged('previous.hash'),
  dataHash: tagged('data.hash'),
  producerIdentity: tagged('producer.identity'),
};

export const blockData: gossip.BlockData.$Properties = {
  transactions: [CONTENTS.txMsg, { ...CONTENTS.txMsg, txId: tagged('tx.id.2') }],
};

export const block: gossip.Block.$Properties = {
  header: gossip.BlockHeader.encode(blockHeader).finish(),
  data: gossip.BlockData.encode(blockData).finish(),
  signature: tagged('block.signature'),
};

export const secret: gossip.Secret.$Properties = { internalEndpoint: 'peer0.internal:7051' };
