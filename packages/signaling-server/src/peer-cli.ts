#!/usr/bin/env node
import {
  channelId,
  createNetworkPeer,
  fetchNetworkPreset,
  type Gossip,
  type PresetName,
  presetMismatch,
  presets,
  shortId,
} from '@webgossip/core';
import { createNodeEd25519Crypto } from '@webgossip/core/node';
import { type Logger, pino } from 'pino';
import { WebSocket } from 'ws';
import { parseCommandLine } from './options.js';
import { PEER_HELP, type PeerOptions, parsePeerOptions } from './peer-options.js';

async function main(): Promise<void> {
  const options = parseCommandLine(() => parsePeerOptions(process.argv.slice(2), process.env), PEER_HELP);
  if (!options) return;
  const logger = pino({ level: options.logLevel });
  const presetName = await networkPreset(options, logger);
  if (!presetName) return;
  const preset = presets[presetName];
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
  logger.info(
    { pkiId: gossip.self.pkiId, endpoint: peer.endpoint, bootstrap: options.bootstrap, preset: presetName },
    'peer up',
  );
  for (const channel of options.join) gossip.joinChan({}, channelId(channel));
  logEvents(gossip, logger);
  const timers = [
    setInterval(() => logger.info(status(gossip), 'status'), options.statusEveryMs),
    watchBootstrap(gossip, options.bootstrap, logger),
  ];
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

/**
 * The preset to run: the network's, as the bootstrap server announces it.
 * One asked for that differs is refused (exit code 2); when the server
 * cannot be asked, the one asked for or webgossip, with a warning.
 */
async function networkPreset(options: PeerOptions, logger: Logger): Promise<PresetName | undefined> {
  const answer = await fetchNetworkPreset(options.bootstrap);
  if (!answer.ok) {
    const used = options.preset ?? 'webgossip';
    logger.warn(
      { error: answer.error },
      `could not ask the bootstrap server for the network's preset: ${used} used`,
    );
    return used;
  }
  if (options.preset && options.preset !== answer.preset) {
    process.stderr.write(`error: --${presetMismatch(options.preset, answer.preset)}\n`);
    process.exitCode = 2;
    return undefined;
  }
  return answer.preset;
}

/** How long the bootstrap may stay out of reach, at start or after a link loss, before a warning. */
const BOOTSTRAP_GRACE_MS = 5000;

/** Warns once per outage while the bootstrap server cannot be reached, and says when it is reached again. */
function watchBootstrap(gossip: Gossip, url: string, logger: Logger): NodeJS.Timeout {
  let lastLinked = Date.now();
  let warned = false;
  return setInterval(() => {
    const linked = gossip.links().some((link) => link.bootstrap);
    if (linked) {
      if (warned) logger.info({ bootstrap: url }, 'bootstrap reached');
      lastLinked = Date.now();
      warned = false;
    } else if (!warned && Date.now() - lastLinked >= BOOTSTRAP_GRACE_MS) {
      logger.warn(
        { bootstrap: url },
        `cannot reach the bootstrap server at ${url}; is it running (npm start)? still trying`,
      );
      warned = true;
    }
  }, 500);
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
  gossip.events.on('member-dead', ({ member, reason, lastAliveAt }) =>
    logger.info({ peer: shortId(member.pkiId), reason, lastAliveAt }, 'member dead'),
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
