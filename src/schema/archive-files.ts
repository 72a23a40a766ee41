// The entries folder, the contract between ingest and the site: where it is, the
// names of its files, how the manifest records each, and the data export's format. Ingest (src/ingest-run/) writes
// it and the site (src/site/) reads it, each taking the names from here, so neither
// imports the other. Node only (the folder comes from the environment).
import { createHash } from 'node:crypto';
import { escapeJsonControls } from '../text/control-chars.ts';
import type { Manifest } from './manifest.ts';

/** Folder the ingest step writes entries to and the site reads them from (ARCHIVE_ENTRIES overrides). */
export const entriesDir = process.env.ARCHIVE_ENTRIES ?? 'content/entries';

/** Every entry whole, as one JSON array: the data export's and the search index's input. */
export const ENTRIES_FILE = 'articles.json';

/** Every page record whole, as one JSON array. */
export const PAGES_FILE = 'pages.json';

/**
 * The data files ingest writes for the site besides the shards, in the order
 * they are written: every entry and page record whole, the reports on other
 * files, and the summaries the site lists from (one JSON record a line, so an
 * index of a million items is read without one string of its size).
 */
export const DATA_FILES = [ENTRIES_FILE, PAGES_FILE, 'files.json', 'entry-index.ndjson', 'page-index.ndjson'] as const;

export type DataFile = (typeof DATA_FILES)[number];

/** The summary files, read record by record. */
export type IndexFile = Extract<DataFile, `${string}.ndjson`>;

/** Name of the manifest beside the data files; ingest writes it last. */
export const MANIFEST_FILE = 'manifest.json';

/** Folder of the shard files, beside the data files. */
export const SHARDS_DIR = 'shards';

/** Path of a shard's file, relative to the entries folder. */
export const shardFile = (name: string) => `${SHARDS_DIR}/${name}.json`;

// Entries per piece of the export: a piece costs one write, and stays small.
const EXPORT_PIECE = 200;

/**
 * The CLI's data export (`npm run ingest -- --json <file>`) in pieces: all entries
 * as one JSON array, one-space indent, every control character escaped, byte for
 * byte `JSON.stringify(entries, null, 1)` with a line end, but made entry by entry:
 * as one string it outgrows what V8 can hold (about 512 MB) near 200,000 items.
 * The site serves the entries split by paper and year instead (src/site/write-export.ts).
 */
export function* exportPieces(entries: readonly unknown[]): Iterable<string> {
  if (entries.length === 0) {
    yield exportEnd(0);
    return;
  }
  for (let i = 0; i < entries.length; i += EXPORT_PIECE) {
    const body = entries.slice(i, i + EXPORT_PIECE).map((e, k) => exportPiece(e, i + k === 0)).join('');
    yield body + (i + EXPORT_PIECE >= entries.length ? exportEnd(entries.length) : '');
  }
}

/** One entry of the export with what comes before it (the array's opening, or a comma): pieces of these and `exportEnd` make the whole. */
export function exportPiece(entry: unknown, first: boolean): string {
  // Inside the array every line of an entry is indented one space more; JSON strings hold no raw line end.
  return escapeJsonControls(`${first ? '[\n ' : ',\n '}${JSON.stringify(entry, null, 1).replaceAll('\n', '\n ')}`);
}

/** What ends an export of `count` entries (all of it when there are none). */
export const exportEnd = (count: number) => (count === 0 ? '[]\n' : '\n]\n');

// The manifest's record of a file: ingest writes it, the site checks the file against it.
/** Size and sha256 digest of a file's text as written (UTF-8), given whole or in pieces. */
export function digestOf(text: string | Uint8Array | Iterable<string>): Manifest['files'][DataFile] {
  const digest = createDigest();
  for (const piece of typeof text === 'string' || text instanceof Uint8Array ? [text] : text) digest.update(piece);
  return digest.result();
}

/** `digestOf` taken piece by piece, for a file written as it is made. */
export function createDigest(): { update(piece: string | Uint8Array): void; result(): Manifest['files'][DataFile] } {
  const hash = createHash('sha256');
  let bytes = 0;
  return {
    update(piece) {
      hash.update(piece);
      bytes += typeof piece === 'string' ? Buffer.byteLength(piece) : piece.byteLength;
    },
    result: () => ({ bytes, sha256: hash.digest('hex') }),
  };
}
