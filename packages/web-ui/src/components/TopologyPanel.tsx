import { type PkiId, shortId } from '@webgossip/core';
import {
  forceCollide,
  forceLink,
  forceManyBody,
  forceSimulation,
  forceX,
  forceY,
  type Simulation,
  type SimulationLinkDatum,
  type SimulationNodeDatum,
} from 'd3-force';
import { useEffect, useRef, useState } from 'react';
import type { Directory } from '../view/directory.js';
import { peerColour } from '../view/peer-colour.js';
import type { GraphNode, TopologyGraph } from '../view/topology-graph.js';
import { Panel } from './Panel.js';

const WIDTH = 640;
const HEIGHT = 400;
/** The smallest area the view shows, so a few peers are not blown up to fill the panel. */
const MIN_VIEW_W = 480;
const MIN_VIEW_H = 300;
const PAD = 40;
const REDRAW_MS = 100;

interface SimNode extends SimulationNodeDatum {
  id: PkiId;
}
type SimLink = SimulationLinkDatum<SimNode>;

/** Keeps one force simulation alive across renders; restarts it only when the graph's shape changes. */
function useLayout(graph: TopologyGraph): Map<PkiId, SimNode> {
  const sim = useRef<Simulation<SimNode, SimLink> | null>(null);
  const nodes = useRef(new Map<PkiId, SimNode>());
  const [, setFrame] = useState(0);

  useEffect(() => {
    // Redraw at most ten times a second while the layout moves: smooth enough,
    // and an SVG of many links redrawn at 60 fps costs more than the gossip.
    let queued: ReturnType<typeof setTimeout> | undefined;
    const simulation = forceSimulation<SimNode, SimLink>()
      .alphaDecay(0.05)
      .force('charge', forceManyBody<SimNode>().strength(-520))
      .force('collide', forceCollide<SimNode>(30))
      .force('x', forceX<SimNode>(WIDTH / 2).strength(0.06))
      .force('y', forceY<SimNode>(HEIGHT / 2).strength(0.09))
      .on('tick', () => {
        queued ??= setTimeout(() => {
          queued = undefined;
          setFrame((n) => n + 1);
        }, REDRAW_MS);
      });
    sim.current = simulation;
    return () => {
      simulation.stop();
      clearTimeout(queued);
    };
  }, []);

  // biome-ignore lint/correctness/useExhaustiveDependencies: the layout restarts on a change of shape, not on every render
  useEffect(() => {
    const simulation = sim.current;
    if (!simulation) return;
    const next = new Map<PkiId, SimNode>();
    const newcomers =
      graph.nodes.some((node) => !nodes.current.has(node.id)) || graph.nodes.length !== nodes.current.size;
    graph.nodes.forEach((node, i) => {
      // Spread newcomers around the centre at varied angles, so no layout starts symmetric and gets stuck.
      const angle = (i / Math.max(1, graph.nodes.length)) * 2 * Math.PI + Math.random();
      next.set(
        node.id,
        nodes.current.get(node.id) ?? {
          id: node.id,
          x: WIDTH / 2 + Math.cos(angle) * 120,
          y: HEIGHT / 2 + Math.sin(angle) * 120,
        },
      );
    });
    nodes.current = next;
    const links: SimLink[] = graph.edges.map((edge) => ({ source: edge.source, target: edge.target }));
    simulation.nodes([...next.values()]);
    simulation.force(
      'link',
      forceLink<SimNode, SimLink>(links)
        .id((node) => node.id)
        .distance(130)
        .strength(0.5),
    );
    // New peers need room; a link coming or going only needs a nudge.
    simulation.alpha(newcomers ? 0.6 : 0.3).restart();
  }, [graph.shapeKey]);

  return nodes.current;
}

/** A view box around every node, so the graph fills the panel at any size. */
function fitView(layout: ReadonlyMap<PkiId, SimNode>): string {
  let [minX, minY, maxX, maxY] = [Number.POSITIVE_INFINITY, Number.POSITIVE_INFINITY, -Infinity, -Infinity];
  for (const node of layout.values()) {
    minX = Math.min(minX, node.x ?? 0);
    maxX = Math.max(maxX, node.x ?? 0);
    minY = Math.min(minY, node.y ?? 0);
    maxY = Math.max(maxY, node.y ?? 0);
  }
  if (!Number.isFinite(minX)) return `0 0 ${WIDTH} ${HEIGHT}`;
  const w = Math.max(MIN_VIEW_W, maxX - minX + 2 * PAD);
  const h = Math.max(MIN_VIEW_H, maxY - minY + 2 * PAD);
  const cx = (minX + maxX) / 2;
  const cy = (minY + maxY) / 2;
  return `${(cx - w / 2).toFixed(0)} ${(cy - h / 2).toFixed(0)} ${w.toFixed(0)} ${h.toFixed(0)}`;
}

/** A live force-directed graph of peers and direct links, the latest block's hops highlighted. */
export function TopologyPanel({ graph, directory }: { graph: TopologyGraph; directory: Directory }) {
  const layout = useLayout(graph);
  const at = (id: PkiId) => {
    const node = layout.get(id);
    return { x: node?.x ?? WIDTH / 2, y: node?.y ?? HEIGHT / 2 };
  };
  const pathKeys = new Set(graph.path.map((hop) => `${hop.from}>${hop.to}`));
  return (
    <Panel
      title="Topology"
      area="topology"
      aside={`${graph.nodes.length} peers · ${graph.edges.length} links seen from this tab`}
      testId="topology"
      data={{ 'data-nodes': graph.nodes.length, 'data-links': graph.edges.length }}
    >
      <svg className="topology" viewBox={fitView(layout)} role="img" aria-label="peer topology">
        <defs>
          <marker
            id="arrow"
            viewBox="0 0 10 10"
            refX="19"
            refY="5"
            markerWidth="7"
            markerHeight="7"
            orient="auto"
          >
            <path d="M0,0 L10,5 L0,10 z" fill="#fbbf24" />
          </marker>
        </defs>
        {graph.edges.map((edge) => {
          const a = at(edge.source);
          const b = at(edge.target);
          return (
            <line
              key={edge.key}
              x1={a.x}
              y1={a.y}
              x2={b.x}
              y2={b.y}
              className={edge.bootstrap ? 'edge bootstrap' : 'edge'}
            />
          );
        })}
        {graph.path.map((hop) => {
          const a = at(hop.from);
          const b = at(hop.to);
          return (
            <line
              key={`${hop.from}>${hop.to}`}
              x1={a.x}
              y1={a.y}
              x2={b.x}
              y2={b.y}
              className="edge path"
              markerEnd="url(#arrow)"
            />
          );
        })}
        {graph.nodes.map((node) => (
          <TopologyNode
            key={node.id}
            node={node}
            {...at(node.id)}
            name={directory.name(node.id)}
            onPath={[...pathKeys].some((key) => key.endsWith(`>${node.id}`))}
          />
        ))}
      </svg>
      <div className="legend-row">
        <span>
          <span className="key-dot viewed" /> viewed peer
        </span>
        <span>
          <span className="key-dot tab" /> in this tab
        </span>
        <span>
          <span className="key-square" /> server
        </span>
        <span>
          <span className="key-line path" /> latest block's path
        </span>
        <span>
          <span className="key-line bootstrap" /> bootstrap link
        </span>
        {graph.nodes.some((node) => node.group) && (
          <span>
            <span className="key-ring group-A" /> <span className="key-ring group-B" /> lab partition A | B
          </span>
        )}
      </div>
    </Panel>
  );
}

interface TopologyNodeProps {
  node: GraphNode;
  x: number;
  y: number;
  name: string;
  onPath: boolean;
}

function TopologyNode({ node, x, y, name, onPath }: TopologyNodeProps) {
  const fill = node.alive ? peerColour(node.id) : '#475569';
  const r = node.kind === 'viewed' ? 13 : 10;
  const classes = ['node', `node-${node.kind}`, node.alive ? 'alive' : 'dead', onPath ? 'on-path' : ''].join(
    ' ',
  );
  return (
    <g
      className={classes}
      transform={`translate(${x.toFixed(1)},${y.toFixed(1)})`}
      data-testid="topo-node"
      data-pki-id={node.id}
      data-group={node.group ?? ''}
    >
      <title>{`${name || 'peer'} ${node.id}${node.alive ? '' : ' (dead)'}`}</title>
      {node.kind === 'server' ? (
        <rect x={-11} y={-11} width={22} height={22} rx={5} fill={fill} />
      ) : (
        <circle r={r} fill={fill} />
      )}
      {node.group && <circle r={r + 5} className={`group-ring group-${node.group}`} />}
      <text y={r + 13} textAnchor="middle">
        {name || shortId(node.id)}
      </text>
    </g>
  );
}
