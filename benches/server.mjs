// Serves a build directory on loopback for scripts/bench, the way a production host would:
// the precompressed copies (scripts/precompress) when the browser accepts them, brotli first.
// `kompressie: false` serves the plain files, as many intranet servers are set up.
import http from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { CSP } from '../tests/e2e/server.mjs';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

async function bestaat(f) {
  return (await stat(f).catch(() => null))?.isFile() ?? false;
}

/** Serves `root` on 127.0.0.1 at a free port. Resolves to { url, close }. */
export function serve(dir, { kompressie = true } = {}) {
  const root = path.resolve(dir);
  const server = http.createServer(async (req, res) => {
    try {
      const url = new URL(req.url, 'http://127.0.0.1');
      let file = path.normalize(path.join(root, decodeURIComponent(url.pathname)));
      if (!file.startsWith(root)) return void res.writeHead(403).end();
      if ((await stat(file).catch(() => null))?.isDirectory()) file = path.join(file, 'index.html');
      const headers = {
        'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream',
        'Content-Security-Policy': CSP,
        'Cache-Control': 'no-cache',
        'X-Content-Type-Options': 'nosniff',
        Vary: 'Accept-Encoding',
      };
      const accepteert = String(req.headers['accept-encoding'] ?? '');
      let body = null;
      for (const [codering, ext] of [['br', '.br'], ['gzip', '.gz']]) {
        if (kompressie && accepteert.includes(codering) && (await bestaat(file + ext))) {
          body = await readFile(file + ext);
          headers['Content-Encoding'] = codering;
          break;
        }
      }
      body ??= await readFile(file);
      res.writeHead(200, headers).end(body);
    } catch {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('niet gevonden');
    }
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      resolve({ url: `http://127.0.0.1:${port}/`, close: () =>
        new Promise((r) => {
          server.close(r);
          // A browser may keep a request open (a closed tab's, a service worker's) or a
          // keep-alive connection: close() alone then waits for it, for seconds or for good.
          server.closeAllConnections();
        }) });
    });
  });
}
