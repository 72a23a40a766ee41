import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { MANIFEST_FILE, shardFile } from '../../schema/archive-files.ts';
import { EntrySchema, type Entry } from '../../schema/entry.ts';
import { ManifestSchema } from '../../schema/manifest.ts';

/**
 * Entries to index, read twice so that they need not all be held at once:
 * first every one (the index learns their order), then the ones it asks for,
 * in the order it asks.
 */
export interface EntrySource {
  /** Calls `visit` with every entry once and a handle to read it again. */
  scan(visit: (e: Entry, at: number) => void): void;
  /** The entries at these handles, in this order. */
  read(ats: Iterable<number>): Iterable<Entry>;
}

/** What is not entries, named by its file. */
export class EntriesError extends Error {}

// Shards parsed and kept at once while reading in document order: a document
// number runs by date, then paper, so each paper's shard of the month is kept
// while the month's days are read.
const SHARDS_KEPT = 16;
// A handle is its shard's number times this, plus its place in the shard.
const SHARD_SPAN = 2 ** 32;

/** Entries held in an array (tests, and the search benchmark's file): a handle is an index. */
export function arraySource(entries: readonly Entry[]): EntrySource {
  return {
    scan: (visit) => entries.forEach(visit),
    *read(ats) {
      for (const at of ats) yield entries[at]!;
    },
  };
}

/**
 * The entries of an entries folder, shard by shard as its manifest lists
 * them, or of a file holding a JSON array (the search benchmark's). The
 * folder's `articles.json` is not read: at 250k items it is 532 MB, and V8
 * holds no string much longer than that, where a shard is a paper's month.
 * Every record is checked against the schema as it is first read; the scan
 * (or this call, for a file) throws an EntriesError naming the file for what
 * is not entries.
 */
export function openEntries(path: string): EntrySource {
  if (!statSync(path).isDirectory()) return arraySource(parseAll(path, readJson(path)));
  const manifestFile = join(path, MANIFEST_FILE);
  const m = ManifestSchema.safeParse(readJson(manifestFile));
  if (!m.success) throw new EntriesError(`${manifestFile} is not an entries manifest: ${m.error.message}`);
  const manifest = m.data;
  const files = Object.keys(manifest.shards).map((name) => join(path, shardFile(name)));
  const records = (file: string) => (readJson(file) as { entries?: unknown }).entries;
  return {
    scan(visit) {
      let count = 0;
      files.forEach((file, s) =>
        parseAll(file, records(file)).forEach((e, i) => {
          visit(e, s * SHARD_SPAN + i);
          count++;
        }),
      );
      if (count !== manifest.counts.entries) throw new EntriesError(`${manifestFile} counts ${manifest.counts.entries} entries, its shards hold ${count}`);
    },
    *read(ats) {
      // Checked by the scan: parsed again without the schema, kept in a small cache (a Map's order is its age).
      const kept = new Map<number, Entry[]>();
      for (const at of ats) {
        const s = Math.floor(at / SHARD_SPAN);
        let shard = kept.get(s);
        if (shard) kept.delete(s);
        else {
          shard = records(files[s]!) as Entry[];
          if (kept.size === SHARDS_KEPT) kept.delete(kept.keys().next().value!);
        }
        kept.set(s, shard);
        yield shard[at - s * SHARD_SPAN]!;
      }
    },
  };
}

function readJson(file: string): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new EntriesError(`${file}: ${(e as Error).message}`);
  }
}

function parseAll(file: string, records: unknown): Entry[] {
  const r = EntrySchema.array().safeParse(records);
  if (!r.success) throw new EntriesError(`${file} is not a list of entries: ${r.error.message}`);
  return r.data;
}
