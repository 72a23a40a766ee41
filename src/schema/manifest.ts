import { z } from 'zod';

/**
 * The data files ingest writes for the site besides the shards, in the order
 * they are written: every entry and page record whole (`articles.json`,
 * `pages.json`: the data export's and the search index's input), the reports on
 * other files, and the summaries the site lists from (one JSON record a line, so
 * an index of a million items is read without one string of its size).
 */
export const DATA_FILES = ['articles.json', 'pages.json', 'files.json', 'entry-index.ndjson', 'page-index.ndjson'] as const;

export type DataFile = (typeof DATA_FILES)[number];

/** The summary files, read record by record. */
export type IndexFile = Extract<DataFile, `${string}.ndjson`>;

/** Name of the manifest beside the data files; ingest writes it last. */
export const MANIFEST_FILE = 'manifest.json';

/** Folder of the shard files, beside the data files. */
export const SHARDS_DIR = 'shards';

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
  'articles.json': 'entries',
  'pages.json': 'pages',
  'files.json': 'files',
  'entry-index.ndjson': 'entries',
  'page-index.ndjson': 'pages',
};

/** Path of a shard's file, relative to the entries folder. */
export const shardFile = (name: string) => `${SHARDS_DIR}/${name}.json`;
