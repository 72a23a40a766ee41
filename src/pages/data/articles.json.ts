// The bulk export: every entry as one JSON array, byte for byte what
// `npm run ingest -- --json <file>` writes for the same input (one-space indent).
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { APIRoute } from 'astro';
import { entriesDir } from '../../site/paths.ts';

export const GET: APIRoute = async () => {
  const entries: unknown = JSON.parse(await readFile(join(entriesDir, 'articles.json'), 'utf8'));
  return new Response(JSON.stringify(entries, null, 1) + '\n', { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
