
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
  shard: (family: ShardFamily, n: number) => `${family}/${n}.bin`,
  /** Large document and position lists of a family, appended one after the other (see `BlockAt` in shard records). */
  blockPack: (family: ShardFamily, pack: number) => `${family}/x/${pack}.bin`,
  /** The pack holding a document's record and text (see `DOCS_PER_PACK`). */
  docPack: (n: number) => `d/${Math.floor(n / DOCS_PER_PACK)}.bin`,
  facet: (kind: 'paper' | 'kind', n: number) => `f/${kind}-${n}.bin`,
  dates: () => 'dates.json',
  names: () => 'names.json',
};

/**
 * Documents are stored in packs of this many: first one fixed-size slot per
 * document holding its record (JSON, padded with spaces), then the whole texts
 * of the documents whose record holds only the opening. A browser reads a slot
 * or a text with an HTTP range request, so a result costs about one slot, and
 * the build writes a few dozen files instead of one or two per document.
 */
export const DOCS_PER_PACK = 1024;

/** The manifest: what a query needs before it can fetch anything else. */
export interface SearchManifest {
  version: 1;
  /** Folder of this build's files, relative to the index folder. */
  build: string;
  docCount: number;
  /** Bytes of a record slot in a document pack. */
  docSlot: number;
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

/** A document's file: what a result shows, and the searchable fields for the snippet. */
export interface DocRecord {
  id: string;
  title: string;
  paper: string | null;
  date: string | null;
  page: number | null;
  kind: string;
  authors: string[];
  lang: string;
  /** Searchable fields in index order; `fields[0]` is the title line (empty when there is none). */
  fields: string[];
  /** Whether `fields` is only the opening of the text. */
  cut: boolean;
  /** Where the whole text is, when cut (see `BodyParts`). */
  body?: BodyParts;
}

/**
 * Where a document's body fields sit in its pack: one JSON string per field,
 * one after the other from byte `at`, each `bytes[i]` long; field `i + 1`
 * starts at position `starts[i]` of the document's indexed text. A match
 * whose position is known needs only its field.
 */
export interface BodyParts {
  at: number;
  bytes: number[];
  starts: number[];
}

/** Private-use code points stand for pinyin syllables in the pinyin index. */
export const PINYIN_BASE = 0xe000;
