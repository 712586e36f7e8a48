import { Comm } from '../../src/comm/comm.js';
import { MemoryNetwork } from '../../src/comm/memory-transport.js';
import { presets } from '../../src/config.js';
import type { GossipEvent, Link, Transport } from '../../src/contracts/index.js';
import { keyPairFromSecret, sha256 } from '../../src/crypto/index.js';
import { EventBus } from '../../src/gossip/event-bus.js';
import { MetricsRecorder } from '../../src/gossip/metrics-recorder.js';
import { createNodeEd25519Crypto } from '../../src/node.js';
import { createVirtualRuntime, type VirtualRuntime } from '../../src/runtime/index.js';

export const config = presets.webgossip;
export const LATENCY = 20;

/** A link as comm holds it, with every reason comm closed it for. */
export interface WatchedLink {
  link: Link;
  closedBy: string[];
}

/** A transport that remembers every link it dialed or accepted, and why comm closed each. */
function watching(inner: Transport, links: WatchedLink[]): Transport {
  const watch = (link: Link): Link => {
    const watched: WatchedLink = { link, closedBy: [] };
    links.push(watched);
    return {
      get remoteEndpoint() {
        return link.remoteEndpoint;
      },
      get open() {
        return link.open;
      },
      get binding() {
        return link.binding;
      },
      get bufferedAmount() {
        return link.bufferedAmount;
      },
      attach: (handlers) => link.attach(handlers),
      send: (frame) => link.send(frame),
      close: (reason) => {
        watched.closedBy.push(reason ?? '');
        link.close(reason);
      },
    };
  };
  return {
    localEndpoint: inner.localEndpoint,
    listen: (onLink) => inner.listen((link) => onLink(watch(link))),
    dial: (endpoint) => watch(inner.dial(endpoint)),
    canDial: (endpoint) => inner.canDial(endpoint),
    close: () => inner.close(),
  };
}

/** Bare Comm instances on one memory network (no discovery, no channels), started and not linked yet. */
export function bareNetwork(seed: number) {
  const runtime: VirtualRuntime = createVirtualRuntime({ seed });
  const net = new MemoryNetwork(runtime, { latencyMs: LATENCY });
  const make = (name: string, bootstrap: string[] = []) => {
    const events = new EventBus<GossipEvent>();
    const metrics = new MetricsRecorder();
    const crypto = createNodeEd25519Crypto(
      keyPairFromSecret(sha256(new TextEncoder().encode(`${seed}/${name}`))),
    );
    const endpoint = `mem://${name}`;
    const links: WatchedLink[] = [];
    const transport = watching(net.transport(endpoint), links);
    const comm = new Comm({ runtime, transport, crypto, config, events, metrics, bootstrap });
    const downs: string[] = [];
    events.on('link-down', (event) => downs.push(event.reason));
    comm.start({ message: () => {}, linkUp: () => {}, linkDown: () => {} });
    return { comm, crypto, endpoint, links, downs, metrics };
  };
  return { runtime, net, make };
}
