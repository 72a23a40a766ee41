import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { MANIFEST_FILE, shardFile } from '../../schema/archive-files.ts';
import { EntrySchema, type Entry } from '../../schema/entry.ts';
import { ManifestSchema } from '../../schema/manifest.ts';

/**
 * The entries to index: from an entries folder, shard by shard as its manifest
 * lists them; from a file, the JSON array it holds (the search benchmark's).
 * The folder's `articles.json` is not read: at 250k items it is 532 MB, and V8
 * holds no string much longer than that, where a shard is a paper's month. The
 * index orders documents itself (`orderEntries`), so the order read is free.
 * Throws an Error naming the file for what is not entries.
 */
export function readEntries(path: string): Entry[] {
  if (!statSync(path).isDirectory()) return parseAll(path, readJson(path));
  const manifestFile = join(path, MANIFEST_FILE);
  const manifest = ManifestSchema.parse(readJson(manifestFile));
  const entries: Entry[] = [];
  for (const name of Object.keys(manifest.shards)) {
    const file = join(path, shardFile(name));
    const shard = readJson(file) as { entries?: unknown };
    for (const e of parseAll(file, shard.entries)) entries.push(e);
  }
  if (entries.length !== manifest.counts.entries) {
    throw new Error(`${manifestFile} counts ${manifest.counts.entries} entries, its shards hold ${entries.length}`);
  }
  return entries;
}

function readJson(file: string): unknown {
  return JSON.parse(readFileSync(file, 'utf8'));
}

function parseAll(file: string, records: unknown): Entry[] {
  const r = EntrySchema.array().safeParse(records);
  if (!r.success) throw new Error(`${file} is not a list of entries: ${r.error.message}`);
  return r.data;
}
