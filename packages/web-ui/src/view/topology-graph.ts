import type { PkiId } from '@webgossip/core';
import type { LabGroup } from '../peers/lab-faults.js';
import type { PeerModel } from '../peers/peer-model.js';
import type { PeerSet } from '../peers/peer-set.js';
import type { Directory } from './directory.js';

export type NodeKind = 'viewed' | 'tab' | 'peer' | 'server';

export interface GraphNode {
  id: PkiId;
  kind: NodeKind;
  alive: boolean;
  /** The node's side of the lab partition in force, if any. */
  group?: LabGroup;
}

export interface GraphEdge {
  key: string;
  source: PkiId;
  target: PkiId;
  bootstrap: boolean;
}

/** One hop of the latest block: `to` got it from `from`. */
export interface PathHop {
  from: PkiId;
  to: PkiId;
}

export interface TopologyGraph {
  nodes: GraphNode[];
  edges: GraphEdge[];
  path: PathHop[];
  /** Changes only when a node or an edge comes or goes, so the layout restarts only then. */
  shapeKey: string;
}

/**
 * The peers and direct links this tab can see: every peer its peers know of,
 * and the links of the peers it runs (a tab cannot see links between other
 * tabs). The latest block's path is the hop each peer of this tab got it over.
 */
export function buildTopology(
  peers: PeerSet,
  viewed: PeerModel,
  directory: Directory,
  groupOf: (id: PkiId) => LabGroup | undefined = () => undefined,
): TopologyGraph {
  const running = peers.all().filter((model) => !model.stopped);
  const alive = new Set<PkiId>(running.map((model) => model.pkiId));
  for (const model of running) for (const member of model.gossip.peers()) alive.add(member.pkiId);
  const inTab = new Set(peers.all().map((model) => model.pkiId));

  const nodes: GraphNode[] = [...directory.members().keys()].map((id) => {
    const group = groupOf(id);
    return {
      id,
      kind: kindOf(id, viewed, inTab, directory),
      alive: alive.has(id),
      ...(group ? { group } : {}),
    };
  });
  nodes.sort((a, b) => a.id.localeCompare(b.id));

  const edges = new Map<string, GraphEdge>();
  for (const model of running) {
    for (const link of model.gossip.links()) {
      const [source, target] = [model.pkiId, link.pkiId].sort() as [PkiId, PkiId];
      const key = `${source}|${target}`;
      if (!edges.has(key) && directory.members().has(link.pkiId)) {
        edges.set(key, {
          key,
          source,
          target,
          bootstrap: link.bootstrap || directory.isBootstrap(link.pkiId),
        });
      }
    }
  }
  const edgeList = [...edges.values()].sort((a, b) => a.key.localeCompare(b.key));
  const shapeKey = `${nodes.map((n) => n.id).join(',')}#${edgeList.map((e) => e.key).join(',')}`;
  return { nodes, edges: edgeList, path: latestPath(running, viewed), shapeKey };
}

function kindOf(id: PkiId, viewed: PeerModel, inTab: ReadonlySet<PkiId>, directory: Directory): NodeKind {
  if (id === viewed.pkiId) return 'viewed';
  if (inTab.has(id)) return 'tab';
  return directory.isBootstrap(id) ? 'server' : 'peer';
}

function latestPath(running: readonly PeerModel[], viewed: PeerModel): PathHop[] {
  const latest = viewed.latestBlock;
  if (!latest) return [];
  const hops: PathHop[] = [];
  for (const model of running) {
    const block = model.blocks(latest.channel)[latest.seq];
    if (block && block.seq === latest.seq && block.from !== model.pkiId)
      hops.push({ from: block.from, to: model.pkiId });
  }
  return hops;
}
