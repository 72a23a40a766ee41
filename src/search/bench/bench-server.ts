import { open, readFile, stat } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import { createSecureServer } from 'node:http2';
import { tmpdir } from 'node:os';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.bin': 'application/octet-stream',
};

/**
 * A static server for the benchmark that gzips every response, as static hosts do, so transfer sizes are realistic;
 * with `http2`, over HTTP/2 and TLS (a certificate made for the run), as the common static hosts serve.
 */
export async function serveGzipped(root: string, http2 = false): Promise<{ origin: string; close(): Promise<void> }> {
  const base = normalize(root);
  // Compressed once, as a host that pre-compresses or caches would serve them.
  const gzipped = new Map<string, Buffer>();
  // What the handler uses of a request and a response, the same over HTTP/1.1 and HTTP/2.
  const handle = async (req: { url?: string; headers: IncomingHttpHeaders }, res: Reply): Promise<void> => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const file = normalize(join(base, path));
    const size = file.startsWith(base + sep) ? (await stat(file).catch(() => null))?.size : undefined;
    if (size === undefined) {
      res.writeHead(404);
      res.end('');
      return;
    }
    const range = /^bytes=(\d+)-(\d+)$/.exec(String(req.headers.range ?? ''));
    if (range) {
      // Ranges are sent as stored, as static hosts do, read from the file alone.
      const from = Number(range[1]);
      const part = Buffer.alloc(Math.max(0, Math.min(size, Number(range[2]) + 1) - from));
      const fh = await open(file);
      await fh.read(part, 0, part.length, from);
      await fh.close();
      res.writeHead(206, { 'Content-Type': 'application/octet-stream', 'Content-Range': `bytes ${from}-${from + part.length - 1}/${size}` });
      res.end(part);
      return;
    }
    const body = await readFile(file);
    const gz = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', ...(gz ? { 'Content-Encoding': 'gzip' } : {}), 'Cache-Control': 'no-cache' });
    if (gz && !gzipped.has(file)) gzipped.set(file, gzipSync(body, { level: 6 }));
    res.end(gz ? gzipped.get(file)! : body);
  };
  // A request that fails (a file gone while read) ends its connection, not the process.
  const server = http2
    ? createSecureServer(selfSigned(), (req, res) => {
      handle(req, res).catch((e: Error) => res.stream.destroy(e));
    })
    : createServer((req, res) => {
      handle(req, res).catch((e: Error) => res.destroy(e));
    });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  return {
    origin: `${http2 ? 'https' : 'http'}://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise((ok) => server.close(() => ok())),
  };
}

interface Reply {
  writeHead(status: number, headers?: Record<string, string>): unknown;
  end(body: Buffer | string): unknown;
}

/** A key and a certificate for 127.0.0.1, made with Debian's openssl (or OPENSSL_PATH) for one run (the browser is told to accept it). */
function selfSigned(): { key: Buffer; cert: Buffer } {
  const dir = mkdtempSync(join(tmpdir(), 'bench-tls-'));
  try {
    execFileSync(process.env.OPENSSL_PATH ?? '/usr/bin/openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=127.0.0.1', '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem')], { stdio: 'ignore' });
    return { key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
