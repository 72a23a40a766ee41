// The bulk export: every entry as one JSON array, byte for byte what
// `npm run ingest -- --json <file>` writes for the same input (one-space indent).
// Read again from the entries folder, checked against its manifest like the collections.
import type { APIRoute } from 'astro';
import { formatExport } from '../../ingest-run/write-output.ts';
import { readDataFile, readManifest } from '../../site/entries-check.ts';
import { entriesDir } from '../../site/paths.ts';

export const GET: APIRoute = async () => {
  const entries = await readDataFile(entriesDir, 'articles.json', (await readManifest(entriesDir)).manifest);
  return new Response(formatExport(entries as unknown[]), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
