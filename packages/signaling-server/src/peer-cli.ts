#!/usr/bin/env node
import { channelId, createNetworkPeer, type Gossip, presets, shortId } from '@webgossip/core';
import { createNodeEd25519Crypto } from '@webgossip/core/node';
import { type Logger, pino } from 'pino';
import { WebSocket } from 'ws';
import { parseCommandLine } from './options.js';
import { PEER_HELP, type PeerOptions, parsePeerOptions } from './peer-options.js';

async function main(): Promise<void> {
  const options = parseCommandLine(() => parsePeerOptions(process.argv.slice(2), process.env), PEER_HELP);
  if (!options) return;
  const logger = pino({ level: options.logLevel });
  const preset = presets[options.preset];
  const maxConnections = options.maxConnections ?? preset.maxConnections;
  const peer = await createNetworkPeer({
    bootstrapUrl: options.bootstrap,
    WebSocket,
    preset,
    maxConnections,
    targetConnections: Math.min(preset.targetConnections, maxConnections),
    channelLinks: Math.min(preset.channelLinks, maxConnections),
    metadata: new TextEncoder().encode(options.name),
    crypto: createNodeEd25519Crypto(),
    onTransportDrop: (reason, detail) => logger.debug({ reason, detail }, 'transport refused a frame'),
  });
  const gossip = peer.gossip;
  logger.info({ pkiId: gossip.self.pkiId, endpoint: peer.endpoint, bootstrap: options.bootstrap }, 'peer up');
  for (const channel of options.join) gossip.joinChan({}, channelId(channel));
  logEvents(gossip, logger);
  const timers = [setInterval(() => logger.info(status(gossip), 'status'), options.statusEveryMs)];
  if (options.produceEveryMs > 0)
    timers.push(setInterval(() => produce(gossip, options, logger), options.produceEveryMs));
  const shutdown = () => {
    for (const timer of timers) clearInterval(timer);
    peer.stop();
    logger.info('peer stopped');
    setTimeout(() => process.exit(0), 100).unref();
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
}

let produced = 0;

function produce(gossip: Gossip, options: PeerOptions, logger: Logger): void {
  for (const channel of gossip.channels()) {
    const data = new TextEncoder().encode(`${options.name || shortId(gossip.self.pkiId)} tx ${++produced}`);
    const txId = gossip.submitTransaction(channel, data);
    logger.debug({ channel, txId }, 'transaction submitted');
  }
}

/**
 * What a status line says: who is alive, which links are held, each channel's
 * height and leader (as this peer sees it), transactions sent and received,
 * and frames dropped by reason.
 */
function status(gossip: Gossip) {
  const links = gossip.links();
  const metrics = gossip.metrics();
  return {
    pkiId: gossip.self.pkiId,
    alive: gossip.peers().map((member) => member.pkiId),
    dead: gossip.deadPeers().length,
    links: links.map((link) => link.pkiId),
    rtcLinks: links.filter((link) => !link.bootstrap).length,
    bootstrapLinked: links.some((link) => link.bootstrap),
    heights: Object.fromEntries(gossip.channels().map((channel) => [channel, gossip.ledgerHeight(channel)])),
    leaders: Object.fromEntries(
      gossip.channels().map((channel) => [channel, gossip.leaderOf(channel) ?? null]),
    ),
    tx: { out: metrics.messagesOut.txMsg ?? 0, in: metrics.messagesIn.txMsg ?? 0 },
    dropped: metrics.dropped,
  };
}

function logEvents(gossip: Gossip, logger: Logger): void {
  gossip.events.on('member-alive', ({ member }) =>
    logger.info({ peer: shortId(member.pkiId) }, 'member alive'),
  );
  gossip.events.on('member-dead', ({ member }) =>
    logger.info({ peer: shortId(member.pkiId) }, 'member dead'),
  );
  gossip.events.on('block-added', ({ block }) =>
    logger.info(
      { channel: block.channel, seq: block.seq, via: block.via, from: shortId(block.from) },
      'block added',
    ),
  );
  gossip.events.on('link-up', (event) => logger.info({ peer: shortId(event.pkiId) }, 'link up'));
  gossip.events.on('link-down', (event) =>
    logger.info({ peer: shortId(event.pkiId), reason: event.reason }, 'link down'),
  );
}

main().catch((error: unknown) => {
  process.stderr.write(`fatal: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
