import type { NetworkMember, PkiId } from '@webgossip/core';
import type { PeerSet } from '../peers/peer-set.js';
import { nameOf } from './format.js';

/** What the tab knows about every peer any of its peers has heard of: names and which are bootstrap nodes. */
export interface Directory {
  name(pkiId: PkiId): string;
  isBootstrap(pkiId: PkiId): boolean;
  members(): ReadonlyMap<PkiId, NetworkMember>;
}

/** `bootstrapEndpoint`: the endpoint the tab dials, so the bootstrap node is recognised even while its link is down. */
export function buildDirectory(peers: PeerSet, bootstrapEndpoint: string): Directory {
  const members = new Map<PkiId, NetworkMember>();
  const bootstrap = new Set<PkiId>();
  for (const model of peers.all()) {
    members.set(model.pkiId, model.gossip.self);
    if (model.stopped) continue;
    for (const member of model.gossip.deadPeers()) members.set(member.pkiId, member);
    for (const member of model.gossip.peers()) members.set(member.pkiId, member);
    for (const link of model.gossip.links()) if (link.bootstrap) bootstrap.add(link.pkiId);
  }
  const names = new Map<PkiId, string>();
  for (const [pkiId, member] of members) {
    names.set(pkiId, nameOf(member));
    if (member.endpoint === bootstrapEndpoint) bootstrap.add(pkiId);
  }
  return {
    name: (pkiId) => names.get(pkiId) ?? '',
    isBootstrap: (pkiId) => bootstrap.has(pkiId),
    members: () => members,
  };
}
