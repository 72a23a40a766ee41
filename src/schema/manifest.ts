import { z } from 'zod';

/** The data files ingest writes for the site, in the order they are written. */
export const DATA_FILES = ['articles.json', 'pages.json', 'files.json'] as const;

export type DataFile = (typeof DATA_FILES)[number];

/** Name of the manifest beside the data files; ingest writes it last. */
export const MANIFEST_FILE = 'manifest.json';

/** Bumped when the data files change shape, so the site refuses entries an older ingest wrote. */
export const MANIFEST_VERSION = 1;

const FileDigestSchema = z.object({
  bytes: z.number().int().min(0),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});

/**
 * What one complete ingest wrote: how many records each data file holds and
 * each file's size and digest. It holds nothing that changes from run to run
 * (no time), so the same input gives the same manifest, byte for byte.
 */
export const ManifestSchema = z.object({
  version: z.literal(MANIFEST_VERSION),
  counts: z.object({
    /** Entries in `articles.json`. */
    entries: z.number().int().min(0),
    /** Page records in `pages.json`. */
    pages: z.number().int().min(0),
    /** Reports on files that are not pages, in `files.json`. */
    files: z.number().int().min(0),
  }),
  files: z.object({
    'articles.json': FileDigestSchema,
    'pages.json': FileDigestSchema,
    'files.json': FileDigestSchema,
  }),
});

export type Manifest = z.infer<typeof ManifestSchema>;

/** Which count of the manifest each data file's records are. */
export const COUNT_OF: Record<DataFile, keyof Manifest['counts']> = {
  'articles.json': 'entries',
  'pages.json': 'pages',
  'files.json': 'files',
};
