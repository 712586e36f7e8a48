import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.wasm': 'application/wasm',
  '.map': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
};

const NOT_BUILT = `<!doctype html>
<html><head><meta charset="utf-8"><title>webgossip</title></head>
<body style="font-family: sans-serif; max-width: 40em; margin: 3em auto">
<h1>webgossip signaling server</h1>
<p>The server is running, but the dashboard has not been built.</p>
<p>Build it with <code>npm run build</code> at the repository root (or start with <code>npm start</code>, which builds what is missing), then reload this page.</p>
<p>The WebSocket endpoint is <code>/ws</code>; health at <a href="/healthz">/healthz</a>, metrics at <a href="/metrics">/metrics</a>.</p>
</body></html>
`;

/**
 * Serves the built dashboard from `root`: files by path, and index.html at /
 * (the app reads its query itself); any other path is 404, so a mistyped
 * address is not mistaken for the dashboard. When the dashboard is not
 * built, a short page at / says how to build it.
 */
export function createStaticHandler(root: string) {
  const base = resolve(root);
  return async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const path = decodePath(request.url ?? '/');
    const file = path === undefined ? undefined : await findFile(base, path);
    if (file) {
      response.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': file.endsWith('.html') ? 'no-cache' : 'public, max-age=3600',
      });
      if (request.method === 'HEAD') response.end();
      else createReadStream(file).pipe(response);
      return;
    }
    if (path === '/' && !(await isFile(join(base, 'index.html')))) {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(NOT_BUILT);
      return;
    }
    const body = path === '/ws' ? 'not found: /ws takes WebSocket connections only\n' : 'not found\n';
    response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end(body);
  };
}

function decodePath(url: string): string | undefined {
  try {
    return decodeURIComponent(new URL(url, 'http://server').pathname);
  } catch {
    return undefined;
  }
}

async function findFile(base: string, path: string): Promise<string | undefined> {
  const candidate = normalize(join(base, path));
  if (candidate !== base && !candidate.startsWith(base + sep)) return undefined;
  if (await isFile(candidate)) return candidate;
  if (path === '/') {
    const index = join(base, 'index.html');
    if (await isFile(index)) return index;
  }
  return undefined;
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}
