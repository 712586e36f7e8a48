import { pino } from 'pino';
import { DEFAULTS, type ServerLimits, type ServerOptions } from '../../src/options.js';
import { type RunningServer, type ServerDeps, startServer } from '../../src/server.js';

/** A server in this process on a free port, quiet, with some limits (and other options) changed. */
export async function testServer(
  limits: Partial<ServerLimits> = {},
  deps: ServerDeps = {},
  changes: Partial<Omit<ServerOptions, 'limits'>> = {},
): Promise<RunningServer> {
  const options: ServerOptions = {
    ...structuredClone(DEFAULTS),
    port: 0,
    host: '127.0.0.1',
    staticDir: '/nonexistent',
    logLevel: 'silent',
    keyFile: 'none',
    ...changes,
  };
  options.limits = { ...options.limits, ...limits };
  return startServer(options, { logger: pino({ level: 'silent' }), ...deps });
}

export async function scrape(server: RunningServer): Promise<string> {
  const response = await fetch(`http://127.0.0.1:${server.port}/metrics`);
  return response.text();
}
