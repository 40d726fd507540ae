// A tiny static server for the release build (dist/), on loopback only. It sends the same
// Content-Security-Policy as the <meta> tag, as a response header.
import http from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
};

export const CSP = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "connect-src 'self'",
  "img-src 'self' blob: data:",
  "media-src 'self' blob:",
  "style-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * Serves `root` on 127.0.0.1 at a free port. Resolves to { url, close }. With `prefix` (say
 * '/werkblad/') the files are served under that path only, as on an intranet: everything else
 * is 404, and `url` ends in the prefix.
 */
export function serve(root, { prefix = '/' } = {}) {
  if (!prefix.startsWith('/') || !prefix.endsWith('/')) throw new Error(`prefix ${prefix} must start and end with /`);
  const server = http.createServer(async (req, res) => {
    try {
      const url = new URL(req.url, 'http://127.0.0.1');
      if (`${url.pathname}/` === prefix) {
        // As web servers do for a directory: /werkblad → /werkblad/, so relative URLs resolve.
        res.writeHead(301, { Location: prefix }).end();
        return;
      }
      if (!url.pathname.startsWith(prefix)) throw new Error('outside the prefix');
      const pad = url.pathname.slice(prefix.length - 1);
      let file = path.normalize(path.join(root, decodeURIComponent(pad)));
      if (!file.startsWith(path.resolve(root))) {
        res.writeHead(403).end();
        return;
      }
      if ((await stat(file).catch(() => null))?.isDirectory()) file = path.join(file, 'index.html');
      const body = await readFile(file);
      res.writeHead(200, {
        'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream',
        'Content-Security-Policy': CSP,
        'Cache-Control': 'no-cache',
        'X-Content-Type-Options': 'nosniff',
      });
      res.end(body);
    } catch {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('niet gevonden');
    }
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      resolve({ url: `http://127.0.0.1:${port}${prefix}`, close: () =>
        new Promise((r) => {
          server.close(r);
          // A browser may keep a request open (a closed tab's, a service worker's) or a
          // keep-alive connection: close() alone then waits for it, for seconds or for good.
          server.closeAllConnections();
        }) });
    });
  });
}
