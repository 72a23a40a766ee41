import type { ChunkGeometry } from './doc-chunks.ts';

/**
 * Where the index files live, relative to the site's base path. The manifest
 * has a fixed name and points to a build folder whose files never change, so
 * a browser can cache them for good and never mixes two builds.
 */
export const INDEX_DIR = 'search-index/';
export const MANIFEST_FILE = 'manifest.json';

/** The families of keyed shard files: the full text, the pinyin of titles and names, and reporters. */
export type ShardFamily = 'text' | 'pinyin' | 'names';

/** Paths of the files inside a build folder. */
export const indexPaths = {
  // Shards go 256 to a folder: creating tens of thousands of files in one folder is several times slower.
  shard: (family: ShardFamily, n: number) => `${family}/${Math.floor(n / 256)}/${n}.bin`,
  /** Large document and position lists of a family, appended one after the other (see `BlockAt` in shard records). */
  blockPack: (family: ShardFamily, pack: number) => `${family}/x/${pack}.bin`,
  /** The pack holding a document's chunks (see `DOCS_PER_PACK` and core/doc-chunks.ts). */
  docPack: (n: number) => `d/${Math.floor(n / DOCS_PER_PACK)}.bin`,
  /** How many chunks each document takes, for the documents of one block (see `DOCS_PER_COUNTS`). */
  chunkCounts: (n: number) => `d/counts-${Math.floor(n / DOCS_PER_COUNTS)}.bin`,
  facet: (kind: 'paper' | 'kind', n: number) => `f/${kind}-${n}.bin`,
  dates: () => 'dates.json',
  names: () => 'names.json',
};

/**
 * Documents are stored in packs of this many, each document's chunks one
 * after the other (see core/doc-chunks.ts). A browser reads a result's chunks
 * with one HTTP range request, and the build writes a few dozen files instead
 * of one or two per document.
 */
export const DOCS_PER_PACK = 1024;

/**
 * Chunk counts come in files of this many documents: the few kilobytes a
 * browser loads once to know where every document of the block starts.
 */
export const DOCS_PER_COUNTS = 65536;

/**
 * The format of the index files, part of the build folder's name: files of a
 * build are cached for good, so a build in another format must not share a
 * folder name with one of the same content.
 */
export const INDEX_FORMAT = 2;

/** The manifest: what a query needs before it can fetch anything else. */
export interface SearchManifest {
  /** The format of the index files (see `INDEX_FORMAT`). */
  version: typeof INDEX_FORMAT;
  /** Folder of this build's files, relative to the index folder. */
  build: string;
  docCount: number;
  /** Sizes of the document chunks (see core/doc-chunks.ts). */
  chunks: ChunkGeometry;
  /** Shard counts per family. */
  shards: Record<ShardFamily, number>;
  /** Packed Traditional → Simplified pairs (see `parseFoldPairs`). */
  folds: string;
  /** Pinyin syllables; syllable `i` is indexed as code point `PINYIN_BASE + i`. */
  syllables: string[];
  papers: { name: string; count: number }[];
  kinds: { kind: string; count: number }[];
  /** Documents are numbered in date order; the first and last date of the archive. */
  firstDate: string | null;
  lastDate: string | null;
}

/** Dates table: `starts[i]` is the first document number printed on `dates[i]`; undated documents start at `undated`. */
export interface DatesTable {
  dates: string[];
  starts: number[];
  undated: number;
}

/** One reporter in the names lexicon. */
export interface NameEntry {
  name: string;
  /** Toneless pinyin, syllables separated by spaces (`zhang chong zhou`). */
  pinyin: string;
  count: number;
}

/** What a result shows of a document besides its text: the header every chunk of it starts with. */
export interface DocHeader {
  id: string;
  title: string;
  /** The kicker (引题) printed above the title; absent when none is. */
  kicker?: string;
  /** The column line a card shows (see `columnLine` in site/format.ts); absent when there is none. */
  column?: string;
  paper: string | null;
  date: string | null;
  page: number | null;
  kind: string;
  authors: string[];
  lang: string;
  /** Position where the body starts in the indexed text (after the headline: title and kicker). */
  body: number;
}

/** Private-use code points stand for pinyin syllables in the pinyin index. */
export const PINYIN_BASE = 0xe000;
