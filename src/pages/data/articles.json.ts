// The bulk export: every entry as one JSON array, byte for byte what
// `npm run ingest -- --json <file>` writes for the same input (one-space indent).
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { APIRoute } from 'astro';
import { formatExport } from '../../build/write-output.ts';
import { entriesDir } from '../../site/paths.ts';

export const GET: APIRoute = async () => {
  const entries = JSON.parse(await readFile(join(entriesDir, 'articles.json'), 'utf8')) as unknown[];
  return new Response(formatExport(entries), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
