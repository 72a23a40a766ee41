import { z } from 'zod';
import { DATA_FILES, ENTRIES_FILE, PAGES_FILE, type DataFile } from './archive-files.ts';

/** Bumped when the data files change shape, so the site refuses entries an older ingest wrote. */
export const MANIFEST_VERSION = 2;

const FileDigestSchema = z.object({
  bytes: z.number().int().min(0),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});

/**
 * What one complete ingest wrote: how many records each data file holds and
 * each file's size and digest, and the same for every shard. It holds nothing
 * that changes from run to run (no time), so the same input gives the same
 * manifest, byte for byte.
 */
export const ManifestSchema = z.object({
  version: z.literal(MANIFEST_VERSION),
  counts: z.object({
    /** Entries in `articles.json` (and in `entry-index.ndjson`, and over all shards). */
    entries: z.number().int().min(0),
    /** Page records in `pages.json` (and in `page-index.ndjson`, and over all shards). */
    pages: z.number().int().min(0),
    /** Reports on files that are not pages, in `files.json`. */
    files: z.number().int().min(0),
    /** Shard files under `shards/`. */
    shards: z.number().int().min(0),
  }),
  files: z.object(Object.fromEntries(DATA_FILES.map((f) => [f, FileDigestSchema])) as Record<DataFile, typeof FileDigestSchema>),
  /** Each shard by name (`shards/<name>.json`), in the order written: its size, digest and how many pages and entries it holds. */
  shards: z.record(z.string(), FileDigestSchema.extend({ pages: z.number().int().min(0), entries: z.number().int().min(0) })),
});

export type Manifest = z.infer<typeof ManifestSchema>;

/** Which count of the manifest each data file's records are. */
export const COUNT_OF: Record<DataFile, keyof Manifest['counts']> = {
  [ENTRIES_FILE]: 'entries',
  [PAGES_FILE]: 'pages',
  'files.json': 'files',
  'entry-index.ndjson': 'entries',
  'page-index.ndjson': 'pages',
};
