import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { headersForPath } from '../../src/lib/security.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.geojson': 'application/geo+json',
  '.pbf': 'application/x-protobuf',
  '.pf_fragment': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_meta': 'application/octet-stream',
  '.pagefind': 'application/octet-stream',
};

/** Text types that static hosts (GitHub Pages, Netlify, Cloudflare) send gzipped. */
const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.mjs', '.json', '.svg', '.xml', '.txt', '.geojson']);

/**
 * Serve a built site from `root` under `base` the way a static host does: its 404 page, and text gzipped when the
 * browser accepts it (so Lighthouse measures the bytes a reader really downloads). With `headers`, also the
 * response headers of its _headers file (Content-Security-Policy with frame-ancestors, and the rest), as
 * Cloudflare Pages would send them; `host` is the address to listen on (another loopback address is another origin).
 */
export function serveStatic(root: string, base = '/', options: { headers?: boolean; host?: string } = {}): Promise<{ server: Server; origin: string }> {
  const gzipped = new Map<string, Buffer>();
  const rules = options.headers ? readFileSync(join(root, '_headers'), 'utf8') : undefined;
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    let path = decodeURIComponent(url.pathname);
    if (!path.startsWith(base)) path = '/__outside_base__';
    path = `/${path.slice(base.length)}`;
    let file = normalize(join(root, path));
    if (!file.startsWith(root)) file = join(root, '__forbidden__');
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    const found = existsSync(file) && statSync(file).isFile();
    const body = found ? file : join(root, '404.html');
    const headers: Record<string, string | string[]> = { 'content-type': TYPES[extname(body)] ?? 'application/octet-stream' };
    if (rules) for (const [name, values] of headersForPath(rules, url.pathname)) headers[name] = values;
    if (COMPRESSIBLE.has(extname(body)) && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''))) {
      let zipped = gzipped.get(body);
      if (!zipped) gzipped.set(body, (zipped = gzipSync(readFileSync(body))));
      response.writeHead(found ? 200 : 404, { ...headers, 'content-encoding': 'gzip', vary: 'accept-encoding' });
      response.end(zipped);
      return;
    }
    response.writeHead(found ? 200 : 404, headers);
    createReadStream(body).pipe(response);
  });
  return new Promise((resolve) => {
    const host = options.host ?? '127.0.0.1';
    server.listen(0, host, () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      resolve({ server, origin: `http://${host}:${port}` });
    });
  });
}
