#!/usr/bin/env node
import { pino } from 'pino';
import { HELP, parseCommandLine, parseOptions } from './options.js';
import { startServer } from './server.js';

async function main(): Promise<void> {
  const options = parseCommandLine(() => parseOptions(process.argv.slice(2), process.env), HELP);
  if (!options) return;
  const logger = pino({ level: options.logLevel });
  const server = await startServer(options, { logger });
  process.stdout.write(`\nwebgossip is running: open ${server.url} (bootstrap endpoint ${server.wsUrl})\n\n`);
  const shutdown = (signal: string) => {
    logger.info({ signal }, 'shutting down');
    const force = setTimeout(() => process.exit(1), 5000);
    force.unref();
    server.close().then(() => process.exit(0));
  };
  process.once('SIGINT', () => shutdown('SIGINT'));
  process.once('SIGTERM', () => shutdown('SIGTERM'));
}

main().catch((error: unknown) => {
  process.stderr.write(`fatal: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
