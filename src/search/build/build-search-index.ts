import { createHash } from 'node:crypto';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Entry } from '../../schema/entry.ts';
import { foldText, parseFoldPairs } from '../core/fold.ts';
import { SHARD_GROUPS } from '../core/gram-hash.ts';
import { INDEX_DIR, INDEX_FORMAT, MANIFEST_FILE, indexPaths, type SearchManifest, type ShardFamily } from '../core/layout.ts';
import { RESULTS_PER_PAGE } from '../core/passage.ts';
import { ByteWriter } from './byte-writer.ts';
import { encodeCorpus } from './corpus.ts';
import { headerFields } from './doc-header.ts';
import { DocStoreWriter } from './doc-store.ts';
import { encodeDocListFile } from './encode-postings.ts';
import { datesTable, facetBy } from './facets.ts';
import { FileWriter } from './file-writer.ts';
import { buildFoldPairs } from './fold-map.ts';
import type { GramIndexStats } from './gram-index.ts';
import type { PhraseOptions } from './phrase-records.ts';
import { collectReporters } from './names-lexicon.ts';
import { PinyinText } from './pinyin-text.ts';
import { headlineFields, orderEntries, searchFields } from './search-fields.ts';
import { writeGramFamily, writeKeyedLists } from './key-families.ts';

/** What a build wrote, for logs and the benchmark. */
export interface SearchIndexReport {
  docs: number;
  characters: number;
  files: number;
  bytes: number;
  text: GramIndexStats;
  shards: Record<ShardFamily, number>;
  seconds: number;
}

/** Tuning of the index; the defaults suit a few hundred to fifty thousand articles. */
export interface BuildOptions {
  /** Characters of folded text per full-text shard (sets the shard count). */
  charsPerShard?: number;
  /** Blocks larger than this go to files of their own. */
  maxInlineBytes?: number;
  /** Build the full-text partitions in worker threads (default: when there is more than one). */
  workers?: boolean;
  /** Partitions of the full-text build (a power of two up to 16; default: by corpus size). */
  partitions?: number;
  /** Positions of text per document chunk (see core/doc-chunks.ts). */
  chunkPositions?: number;
  /** Documents a phrase of four characters or more must be in to get a ranked list of its own (default: one in a hundred, at least 50). */
  phraseMinDocs?: number;
  /** Told when each step of the build ends, with its duration in seconds. */
  onStep?: (step: string, seconds: number) => void;
}

// Characters of corpus per full-text shard: every query reads a shard or two whole, so
// they are kept to a few kilobytes gzipped, at the cost of more (small) files.
const CHARS_PER_SHARD = 2000;
// Characters of corpus per partition of the full-text build: bounds its memory.
const CHARS_PER_PARTITION = 6_000_000;
// Phrases longer than this are found from their triples, however frequent.
const PHRASE_MAX_LENGTH = 8;
// A result reads on average half a chunk before its passage, and every chunk repeats its
// document's header: this balances the bytes a result costs against the room headers take.
const CHUNK_POSITIONS = 256;

const pow2AtLeast = (n: number, min: number, max: number) => {
  let p = min;
  while (p < n && p < max) p *= 2;
  return p;
};

/**
 * Writes the search index for `entries` into `<siteDir>/search-index/`:
 * a manifest, and a build folder holding the full-text, pinyin and reporter
 * shards, facet lists, the dates table and the documents' records and texts.
 * Everything drawn from the entries is written first, so the entries can be
 * let go before the full-text index, the largest part, is built.
 */
export async function buildSearchIndex(input: Entry[], siteDir: string, options: BuildOptions = {}): Promise<SearchIndexReport> {
  const started = performance.now();
  let last = started;
  const step = (name: string) => {
    const now = performance.now();
    options.onStep?.(name, (now - last) / 1000);
    last = now;
  };
  const folds = buildFoldPairs();
  const foldMap = parseFoldPairs(folds);
  let ordered: Entry[] = orderEntries(input);
  // Dropping our hold on the input lets it be collected once `ordered` is dropped too.
  input = [];
  let fields: string[][] = ordered.map(searchFields);
  const heads = Uint8Array.from(ordered, headlineFields);
  const build = contentHash(folds, ordered, fields);
  const indexDir = join(siteDir, INDEX_DIR);
  rmSync(indexDir, { recursive: true, force: true });
  const out = new FileWriter(join(indexDir, build));
  const docCount = ordered.length;
  const maxInlineBytes = options.maxInlineBytes ?? 1024;

  const headers = headerFields(ordered);
  const titles = headers.map((h) => h.title);
  step('prepare');
  const pinyin = new PinyinText();
  const pinyinCorpus = encodeCorpus(
    ordered.map((e, n) => [
      pinyin.encode(foldText(titles[n]!, foldMap)),
      ...(e.kicker ? [pinyin.encode(foldText(e.kicker, foldMap))] : []),
      e.authors.map((a) => pinyin.encode(foldText(a.name, foldMap), true)).join(' '),
    ]),
    new Map(),
  );
  const reporters = collectReporters(ordered, foldMap, pinyin);
  const papers = facetBy(ordered, (e) => e.paper);
  const kinds = facetBy(ordered, (e) => e.kind);
  const dates = datesTable(ordered);
  step('pinyin, reporters, facets');
  const store = new DocStoreWriter(headers, out, options.chunkPositions ?? CHUNK_POSITIONS);
  const corpus = encodeCorpus(fields, foldMap, (d, units, body) => store.add(d, units, body), heads);
  store.close();
  step('fold text, documents');
  ordered = [];
  fields = [];

  const characters = corpus.docStart[docCount]!;
  const shards: Record<ShardFamily, number> = {
    text: pow2AtLeast(characters / (options.charsPerShard ?? CHARS_PER_SHARD), SHARD_GROUPS, 65536),
    pinyin: pow2AtLeast(docCount / 50, SHARD_GROUPS, 4096),
    names: pow2AtLeast(docCount / 200, SHARD_GROUPS, 1024),
  };
  const partitions = options.partitions ?? pow2AtLeast(corpus.text.length / CHARS_PER_PARTITION, 1, SHARD_GROUPS);
  // Frequent phrases are answered from a ranked list instead of their triples' positions, which for
  // common triples are large; a phrase in one document in a hundred is common enough to be worth it.
  const phrases: PhraseOptions = {
    minDocs: options.phraseMinDocs ?? Math.max(50, Math.ceil(docCount / 100)),
    maxLength: PHRASE_MAX_LENGTH,
    // The first page of results comes with the list, so the commonest searches need no read per result.
    firstPage: { docs: { root: out.root, geometry: store.geometry, chunks: store.chunks }, shown: RESULTS_PER_PAGE },
  };
  const text = await writeGramFamily('text', corpus, shards.text, partitions, maxInlineBytes, out, options.workers ?? partitions > 1, { phrases, chunkPositions: store.geometry.chunkPositions });
  step('full-text index');
  await writeGramFamily('pinyin', pinyinCorpus, shards.pinyin, 1, maxInlineBytes, out, false);

  out.write(indexPaths.names(), JSON.stringify(reporters.map(({ name, pinyin: p, count }) => ({ name, pinyin: p, count }))));
  writeKeyedLists('names', reporters.map((r) => ({ key: Array.from(r.key, (c) => c.codePointAt(0)!), docs: r.docs })), shards.names, maxInlineBytes, out);
  const w = new ByteWriter();
  papers.forEach((f, i) => out.write(indexPaths.facet('paper', i), encodeDocListFile(w, f.docs)));
  kinds.forEach((f, i) => out.write(indexPaths.facet('kind', i), encodeDocListFile(w, f.docs)));
  out.write(indexPaths.dates(), JSON.stringify(dates));

  const manifest: SearchManifest = {
    version: INDEX_FORMAT,
    build,
    docCount,
    chunks: store.geometry,
    shards,
    folds,
    syllables: pinyin.syllables,
    papers: papers.map((f) => ({ name: f.name, count: f.docs.length })),
    kinds: kinds.map((f) => ({ kind: f.name, count: f.docs.length })),
    firstDate: dates.dates[0] ?? null,
    lastDate: dates.dates[dates.dates.length - 1] ?? null,
  };
  // The manifest goes last: until it is written, no browser is sent to the new build.
  const top = new FileWriter(indexDir);
  top.write(MANIFEST_FILE, JSON.stringify(manifest));
  step('pinyin index, lists, manifest');
  return { docs: docCount, characters, files: out.files + top.files, bytes: out.bytes + top.bytes, text, shards, seconds: (performance.now() - started) / 1000 };
}

/** A short hash of everything the index is made from, naming the build folder. */
function contentHash(folds: string, ordered: readonly Entry[], fields: readonly string[][]): string {
  const h = createHash('sha256');
  h.update(`format ${INDEX_FORMAT}\u0000`);
  h.update(folds);
  ordered.forEach((e, n) => h.update(JSON.stringify([e.id, e.kind, e.paper, e.date, e.page, e.authors, e.continuedFrom?.id, fields[n]])));
  return h.digest('hex').slice(0, 12);
}
