import type { MessageKind } from '../contracts/index.js';

/** Fabric's message names for the content cases (gossip/message.proto), as the wire calls them. */
export const MESSAGE_KIND_NAMES: Readonly<Record<MessageKind, string>> = {
  aliveMsg: 'AliveMessage',
  memReq: 'MembershipRequest',
  memRes: 'MembershipResponse',
  dataMsg: 'DataMessage',
  hello: 'GossipHello',
  dataDig: 'DataDigest',
  dataReq: 'DataRequest',
  dataUpdate: 'DataUpdate',
  empty: 'Empty',
  conn: 'ConnEstablish',
  stateInfo: 'StateInfo',
  stateSnapshot: 'StateInfoSnapshot',
  stateInfoPullReq: 'StateInfoPullRequest',
  stateRequest: 'RemoteStateRequest',
  stateResponse: 'RemoteStateResponse',
  leadershipMsg: 'LeadershipMessage',
  peerIdentity: 'PeerIdentity',
  ack: 'Acknowledgement',
  txMsg: 'TransactionMessage',
  signal: 'SignalMessage',
};

/** Fabric's name of a message kind; a kind this table lacks is given as it is. */
export function messageKindName(kind: string): string {
  return (MESSAGE_KIND_NAMES as Record<string, string>)[kind] ?? kind;
}
