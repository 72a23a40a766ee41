/**
 * Search index format 5: what the index is made of and where its files live,
 * relative to the site's base path. One record kind per codec module, each
 * encoding and decoding side by side: dictionary-codec.ts (keys, blocks,
 * root), postings-codec.ts (documents, positions, top lists), doc-codec.ts
 * (documents and their table); planner.ts says how a query uses them. The
 * manifest has a fixed name and points to a build folder whose files never
 * change, so a browser can cache them for good and never mixes two builds.
 * Inside it:
 *
 * - `keys.bin`: the dictionary's root; `k/<n>.bin`: its blocks, read by range;
 * - `p/<n>.bin`: the postings packs, read by range;
 * - `d/<n>.bin`: the documents, `DOCS_PER_PACK` to a pack, each with a slot
 *   of the pack's size at a place its number gives, read by range;
 *   `d/facets.bin` each one's paper, kind and reporters, read whole for a
 *   result list's facets;
 * - `dates.json` (date filters) and `names.json` (reporter suggestions).
 *
 * Files hold only what some key or document needs: none is empty, and their
 * number grows with the index's bytes (`PACK_BYTES`) and documents, not keys.
 *
 * A host that ignores range requests still works: the client then keeps the
 * whole file it was sent and cuts later ranges from it.
 */
export const INDEX_DIR = 'search-index/';
export const MANIFEST_FILE = 'manifest.json';

/**
 * The format of the index files, part of the build folder's name and checked
 * by the client: a page's code reads one format only.
 */
export const INDEX_FORMAT = 5;

/** Paths of the files inside a build folder. */
export const indexPaths = {
  root: () => 'keys.bin',
  block: (file: number) => `k/${file}.bin`,
  postings: (pack: number) => `p/${pack}.bin`,
  docPack: (doc: number) => `d/${Math.floor(doc / DOCS_PER_PACK)}.bin`,
  docFacets: () => 'd/facets.bin',
  dates: () => 'dates.json',
  names: () => 'names.json',
};

/**
 * The families of keys, one dictionary for all: a key is its family's number
 * followed by code points, so families sort apart and never collide (a
 * private-use character in the text is not a pinyin syllable).
 */
export const Family = { text: 0, pinyin: 1, names: 2, paper: 3, kind: 4 } as const;
export type FamilyId = (typeof Family)[keyof typeof Family];

/** The dictionary key of a run of code points in a family. */
export const keyOf = (family: FamilyId, codePoints: readonly number[]): number[] => [family, ...codePoints];

// Storage sizes, measured at 10k generated items (README, search index v3) by replaying the
// benchmark's queries against the index and counting the bytes fetched.
/** Documents per pack: 3 packs at 10k items, 245 at 1M, within one file per thousand items. */
export const DOCS_PER_PACK = 4096;
/**
 * The largest postings or dictionary file: few files, a host without ranges can
 * still serve them, and every host's limit on one file is kept (Cloudflare
 * Pages: 25 MiB; at 32 MiB, two packs of a 10k archive were over it). Only a
 * key whose postings alone are larger has a file over it, a file of its own.
 */
export const PACK_BYTES = 24 << 20;
/**
 * Bytes of a dictionary block. Each key a query looks up costs a block read,
 * and the root lists every block: 2 KB gave a warm median of 14.4 KB and a
 * first query of 75 KB (root 31 KB); 4 KB, 18.2 KB and 69 KB (root 16 KB).
 */
export const BLOCK_BYTES = 2048;
/** Postings up to this size sit in their dictionary entry: a range request of their own would cost more in its headers and round trip. */
export const INLINE_BYTES = 48;

/** The manifest: what a query needs before it can fetch anything else. */
export interface SearchManifest {
  version: typeof INDEX_FORMAT;
  /** Folder of this build's files, relative to the index folder. */
  build: string;
  docCount: number;
  /** Bytes of each documents pack's slots (see `encodeDocPack` in doc-codec.ts), pack by pack. */
  docSlots: number[];
  /** Packed Traditional → Simplified pairs (see `parseFoldPairs`). */
  folds: string;
  /** Documents a full-text phrase is in when it has a key of its own (see `phraseMinDocs`), null when none has. */
  phraseDocs: number | null;
  /** Positions parts this large or larger have skips (see `SKIP_MIN_BYTES` in planner.ts). */
  skipBytes: number;
  /** Pinyin syllables; syllable `i` is indexed as code point `PINYIN_BASE + i` in the pinyin family. */
  syllables: string[];
  /** Papers and kinds, most common first; the i-th is key `[Family.paper, i]` (or `kind`). */
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

/** What a result shows of a document besides its text. */
export interface DocHeader {
  id: string;
  title: string;
  /** The kicker (引题) printed above the title; absent when none is. */
  kicker?: string;
  /** The column line a card shows (see `columnLine` in text/labels.ts); absent when there is none. */
  column?: string;
  paper: string | null;
  date: string | null;
  page: number | null;
  kind: string;
  authors: string[];
  lang: string;
}

/** Private-use code points stand for pinyin syllables in the pinyin family. */
export const PINYIN_BASE = 0xe000;
