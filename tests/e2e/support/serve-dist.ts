// A tiny static server for a built site, the way a static host serves it: files
// under the base path, `dir/` -> `dir/index.html`, and `404.html` for anything else;
// byte ranges (the search index is read by range), and text gzipped when the
// browser accepts it (as hosts do: Lighthouse weighs what crosses the wire).
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { createGzip } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.pdf': 'application/pdf',
  '.woff2': 'font/woff2',
};

export interface Served {
  /** `http://127.0.0.1:PORT` */
  origin: string;
  /** Absolute URL of a site path given relative to the base (`papers/`). */
  url(path?: string): string;
  /** Paths requested so far (for asserting what the browser fetched). */
  requests: string[];
  close(): Promise<void>;
}

/** Serves `dist` under `base` on a free localhost port. */
export async function serveDist(dist: string, base = '/'): Promise<Served> {
  const requests: string[] = [];
  const root = normalize(dist);
  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    requests.push(path);
    const file = path.startsWith(base) ? await resolveFile(root, path.slice(base.length)) : null;
    if (file) {
      const type = TYPES[extname(file)] ?? 'application/octet-stream';
      const size = (await stat(file)).size;
      const range = /^bytes=(\d+)-(\d*)$/.exec(req.headers.range ?? '');
      if (range) {
        const start = Number(range[1]);
        const end = Math.min(size - 1, range[2] ? Number(range[2]) : size - 1);
        if (start > end) {
          res.writeHead(416, { 'Content-Range': `bytes */${size}` }).end();
          return;
        }
        res.writeHead(206, { 'Content-Type': type, 'Content-Range': `bytes ${start}-${end}/${size}`, 'Content-Length': end - start + 1, 'Accept-Ranges': 'bytes' });
        createReadStream(file, { start, end }).pipe(res);
      } else if (/^(text\/|application\/(json|xml)|image\/svg)/.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
        res.writeHead(200, { 'Content-Type': type, 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding', 'Accept-Ranges': 'bytes' });
        createReadStream(file).pipe(createGzip()).pipe(res);
      } else {
        res.writeHead(200, { 'Content-Type': type, 'Content-Length': size, 'Accept-Ranges': 'bytes' });
        createReadStream(file).pipe(res);
      }
      return;
    }
    const notFound = await resolveFile(root, '404.html');
    res.writeHead(404, { 'Content-Type': TYPES['.html']! });
    if (notFound) createReadStream(notFound).pipe(res);
    else res.end('not found');
  };
  // A request that fails (a file gone while read) ends its connection, not the process.
  const server = createServer((req, res) => {
    handle(req, res).catch((e: Error) => res.destroy(e));
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    url: (p = '') => origin + base + p.replace(/^\/+/, ''),
    requests,
    close: () => new Promise((ok) => server.close(() => ok())),
  };
}

async function resolveFile(root: string, rel: string): Promise<string | null> {
  const candidate = normalize(join(root, rel));
  if (candidate !== root && !candidate.startsWith(root + sep)) return null;
  for (const f of [candidate, join(candidate, 'index.html')]) {
    const s = await stat(f).catch(() => null);
    if (s?.isFile()) return f;
  }
  return null;
}
