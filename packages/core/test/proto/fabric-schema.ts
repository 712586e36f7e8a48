import { toHex } from '../../src/ids.js';
import { readFields, type WireField } from './wire-reader.js';

/**
 * Fabric's gossip/message.proto as facts of the wire, transcribed by hand
 * from DESIGN.md §7 (plus Fabric's SecretEnvelope, Secret and Chaincode),
 * in §7's own notation: `name=number [repeated] type`, `oneof` marking the
 * members of GossipMessage's content. Nothing here comes from our schema.
 */
const FABRIC_MESSAGES = [
  'Envelope: payload=1 bytes, signature=2 bytes, secret_envelope=3 SecretEnvelope',
  'SecretEnvelope: payload=1 bytes, signature=2 bytes',
  'Secret: oneof internalEndpoint=1 string',
  'GossipMessage: nonce=1 uint64, channel=2 bytes, tag=3 Tag, oneof alive_msg=5 AliveMessage, ' +
    'oneof mem_req=6 MembershipRequest, oneof mem_res=7 MembershipResponse, oneof data_msg=8 DataMessage, ' +
    'oneof hello=9 GossipHello, oneof data_dig=10 DataDigest, oneof data_req=11 DataRequest, ' +
    'oneof data_update=12 DataUpdate, oneof empty=13 Empty, oneof conn=14 ConnEstablish, ' +
    'oneof state_info=15 StateInfo, oneof state_snapshot=16 StateInfoSnapshot, ' +
    'oneof state_info_pull_req=17 StateInfoPullRequest, oneof state_request=18 RemoteStateRequest, ' +
    'oneof state_response=19 RemoteStateResponse, oneof leadership_msg=20 LeadershipMessage, ' +
    'oneof peer_identity=21 PeerIdentity, oneof ack=22 Acknowledgement',
  'AliveMessage: membership=1 Member, timestamp=2 PeerTime, identity=4 bytes',
  'Member: endpoint=1 string, metadata=2 bytes, pki_id=3 bytes',
  'PeerTime: inc_num=1 uint64, seq_num=2 uint64',
  'MembershipRequest: self_information=1 Envelope, known=2 repeated bytes',
  'MembershipResponse: alive=1 repeated Envelope, dead=2 repeated Envelope',
  'GossipHello: nonce=1 uint64, metadata=2 bytes, msg_type=3 PullMsgType',
  'DataDigest: nonce=1 uint64, digests=2 repeated bytes, msg_type=3 PullMsgType',
  'DataRequest: nonce=1 uint64, digests=2 repeated bytes, msg_type=3 PullMsgType',
  'DataUpdate: nonce=1 uint64, data=2 repeated Envelope, msg_type=3 PullMsgType',
  'DataMessage: payload=1 Payload',
  'Payload: seq_num=1 uint64, data=2 bytes, private_data=3 repeated bytes',
  'Empty:',
  'StateInfo: timestamp=2 PeerTime, pki_id=3 bytes, channel_MAC=4 bytes, properties=5 Properties',
  'Properties: ledger_height=1 uint64, left_channel=2 bool, chaincodes=3 repeated Chaincode',
  'Chaincode: name=1 string, version=2 string, metadata=3 bytes',
  'StateInfoSnapshot: elements=1 repeated Envelope',
  'StateInfoPullRequest: channel_MAC=1 bytes',
  'ConnEstablish: pki_id=1 bytes, identity=2 bytes, tls_cert_hash=3 bytes, probe=4 bool',
  'PeerIdentity: pki_id=1 bytes, cert=2 bytes, metadata=3 bytes',
  'LeadershipMessage: pki_id=1 bytes, timestamp=2 PeerTime, is_declaration=3 bool',
  'RemoteStateRequest: start_seq_num=1 uint64, end_seq_num=2 uint64',
  'RemoteStateResponse: payloads=1 repeated Payload',
  'Acknowledgement: error=1 string',
];

export const FABRIC_ENUMS: Record<string, Record<number, string>> = {
  Tag: { 0: 'UNDEFINED', 1: 'EMPTY', 2: 'ORG_ONLY', 3: 'CHAN_ONLY', 4: 'CHAN_AND_ORG', 5: 'CHAN_OR_ORG' },
  PullMsgType: { 0: 'UNDEFINED', 1: 'BLOCK_MSG', 2: 'IDENTITY_MSG' },
};

const SCALARS = ['uint64', 'bytes', 'string', 'bool'] as const;
type Scalar = (typeof SCALARS)[number];

export interface FabricField {
  name: string;
  no: number;
  /** A scalar, or the name of an enum or message. */
  type: string;
  repeated: boolean;
  oneof: boolean;
}

function parseField(text: string): FabricField {
  const match = /^(oneof )?(\w+)=(\d+) (repeated )?(\w+)$/.exec(text.trim());
  if (!match) throw new Error(`bad field line: ${text}`);
  const [, oneof, name = '', no = '', repeated, type = ''] = match;
  return { name, no: Number(no), type, repeated: repeated !== undefined, oneof: oneof !== undefined };
}

export const FABRIC: ReadonlyMap<string, FabricField[]> = new Map(
  FABRIC_MESSAGES.map((line) => {
    const [name = '', body = ''] = line.split(':');
    return [name, body.trim() === '' ? [] : body.split(',').map(parseField)];
  }),
);

/** Fabric's field name as the codec spells it (protobufjs camel-cases `_x` only). */
export const codecName = (fabricName: string): string =>
  fabricName.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());

const isScalar = (type: string): type is Scalar => (SCALARS as readonly string[]).includes(type);

export type View = string | bigint | boolean | View[] | { [key: string]: View };

/**
 * Decodes bytes as a Fabric decoder would: known fields under their (codec-
 * spelled) names, bytes as hex, enums by Fabric's value names; field numbers
 * Fabric does not know are listed under `$unknown`.
 */
export function fabricDecode(typeName: string, buf: Uint8Array): { [key: string]: View } {
  const fields = FABRIC.get(typeName);
  if (!fields) throw new Error(`no Fabric message ${typeName}`);
  const out: { [key: string]: View } = {};
  const unknown: View[] = [];
  for (const wire of readFields(buf)) {
    const field = fields.find((f) => f.no === wire.no);
    if (!field) {
      unknown.push(String(wire.no));
      continue;
    }
    const value = fieldValue(typeName, field, wire);
    const key = codecName(field.name);
    if (field.repeated) out[key] = [...((out[key] as View[] | undefined) ?? []), value];
    else out[key] = value;
  }
  if (unknown.length > 0) out.$unknown = unknown;
  return out;
}

function fieldValue(typeName: string, field: FabricField, wire: WireField): View {
  const where = `${typeName}.${field.name}=${field.no}`;
  const expectsVarint = field.type === 'uint64' || field.type === 'bool' || field.type in FABRIC_ENUMS;
  if (expectsVarint) {
    if (wire.wireType !== 0) throw new Error(`${where} must be a varint, got wire type ${wire.wireType}`);
    if (field.type === 'uint64') return wire.varint;
    if (field.type === 'bool') return wire.varint !== 0n;
    return FABRIC_ENUMS[field.type]?.[Number(wire.varint)] ?? `?${wire.varint}`;
  }
  if (wire.wireType !== 2)
    throw new Error(`${where} must be length-delimited, got wire type ${wire.wireType}`);
  if (field.type === 'bytes') return `0x${toHex(wire.bytes)}`;
  if (field.type === 'string') return new TextDecoder('utf-8', { fatal: true }).decode(wire.bytes);
  if (isScalar(field.type)) throw new Error(`unhandled scalar ${field.type}`);
  return fabricDecode(field.type, wire.bytes);
}
