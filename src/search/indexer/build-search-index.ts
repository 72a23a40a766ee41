import { createHash } from 'node:crypto';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Entry } from '../../schema/entry.ts';
import { encodeDocFacets } from '../core/doc-codec.ts';
import { foldText, parseFoldPairs } from '../core/fold.ts';
import { Family, INDEX_DIR, INDEX_FORMAT, keyOf, MANIFEST_FILE, indexPaths, type SearchManifest } from '../core/layout.ts';
import { phraseMinDocs, SKIP_MIN_BYTES } from '../core/planner.ts';
import { encodeCorpus } from './corpus.ts';
import { writeDocs } from './doc-writer.ts';
import { headerFields } from './doc-header.ts';
import { datesTable, docFacetRows, facetBy } from './facets.ts';
import { FileWriter } from './file-writer.ts';
import { buildFoldPairs } from './fold-map.ts';
import { writeGramKeys, writeListKeys } from './gram-keys.ts';
import { KeyWriter, type KeySizes } from './key-writer.ts';
import { collectReporters } from './names-lexicon.ts';
import { PinyinText } from './pinyin-text.ts';
import { headlineFields, leadField, orderEntries, searchFields } from './search-fields.ts';

/** What a build wrote, for logs and the benchmark. */
export interface SearchIndexReport {
  docs: number;
  /** Positions of folded text indexed. */
  characters: number;
  keys: number;
  files: number;
  bytes: number;
  seconds: number;
}

/** Sizes a build may set (tests set them small); told when each step ends, with its duration in seconds. */
export interface BuildOptions extends KeySizes {
  /** Occurrences gathered at once at most (see `writeGramKeys`). */
  partitionOccurrences?: number;
  /** Documents a phrase must be in to get a key (default: `phraseMinDocs` of core/planner.ts). */
  phraseDocs?: number;
  /** A documents part larger than this earns a top list (default: `TOP_MIN_BYTES` of core/planner.ts). */
  topMinBytes?: number;
  /** Positions this large or larger get skips (default: `SKIP_MIN_BYTES` of core/planner.ts). */
  skipMinBytes?: number;
  onStep?: (step: string, seconds: number) => void;
}

const codePoints = (s: string) => Array.from(s, (c) => c.codePointAt(0)!);

/**
 * Writes the search index for `entries` into `<siteDir>/search-index/`: the
 * documents' records, one dictionary and postings for the full text, the
 * pinyin of titles and names, reporters, papers and kinds, the dates table,
 * each document's facet values, the names lexicon, and last the manifest (see core/layout.ts).
 */
export function buildSearchIndex(input: Entry[], siteDir: string, options: BuildOptions = {}): SearchIndexReport {
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
  // eslint-disable-next-line no-useless-assignment -- not read again: the assignment frees the entries' memory
  input = [];
  let fields: string[][] = ordered.map(searchFields);
  const heads = Uint8Array.from(ordered, headlineFields);
  const leads = Int32Array.from(ordered, leadField);
  const build = contentHash(folds, ordered, fields);
  const indexDir = join(siteDir, INDEX_DIR);
  rmSync(indexDir, { recursive: true, force: true });
  const out = new FileWriter(join(indexDir, build));
  const docCount = ordered.length;
  const headers = headerFields(ordered);
  const docSlots = writeDocs(docCount, (d) => ({ header: headers[d]!, fields: fields[d]!, head: heads[d]!, lead: leads[d]! }), out);
  step('documents');

  const pinyin = new PinyinText();
  const pinyinCorpus = encodeCorpus(
    ordered.map((e, n) => [pinyin.encode(foldText(headers[n]!.title, foldMap)), ...(e.kicker ? [pinyin.encode(foldText(e.kicker, foldMap))] : []), e.authors.map((a) => pinyin.encode(foldText(a.name, foldMap), true)).join(' ')]),
    new Map(),
    heads,
  );
  const reporters = collectReporters(ordered, foldMap, pinyin);
  const papers = facetBy(ordered, (e) => e.paper);
  const kinds = facetBy(ordered, (e) => e.kind);
  const dates = datesTable(ordered);
  out.write(indexPaths.docFacets(), encodeDocFacets(docFacetRows(ordered, papers, kinds, reporters)));
  const corpus = encodeCorpus(fields, foldMap, heads);
  // Freed before the keys are written, the largest step (the text is in `corpus` now).
  // eslint-disable-next-line no-useless-assignment -- not read again: the assignment frees the entries' memory
  ordered = [];
  fields = [];
  step('fold text, pinyin, reporters, facets');

  // Families in key order: full text, pinyin, reporters, papers, kinds.
  const keys = new KeyWriter(out.root, options);
  const phraseDocs = options.phraseDocs ?? phraseMinDocs(docCount);
  const skipBytes = options.skipMinBytes ?? SKIP_MIN_BYTES;
  const sizes = { partitionOccurrences: options.partitionOccurrences, topMinBytes: options.topMinBytes, skipMinBytes: skipBytes };
  writeGramKeys(Family.text, corpus, keys, { phraseDocs, ...sizes });
  step('full-text keys');
  // Pinyin keys are only ever part of a wider search: no phrases, no top lists, no skips.
  writeGramKeys(Family.pinyin, pinyinCorpus, keys, { partitionOccurrences: options.partitionOccurrences, topMinBytes: Infinity, skipMinBytes: Infinity });
  writeListKeys(
    [
      ...reporters.map((r) => ({ key: keyOf(Family.names, codePoints(r.key)), docs: r.docs })),
      ...papers.map((f, i) => ({ key: keyOf(Family.paper, [i]), docs: f.docs })),
      ...kinds.map((f, i) => ({ key: keyOf(Family.kind, [i]), docs: f.docs })),
    ],
    keys,
  );
  const written = keys.close();
  out.write(indexPaths.names(), JSON.stringify(reporters.map(({ name, pinyin: p, count }) => ({ name, pinyin: p, count }))));
  out.write(indexPaths.dates(), JSON.stringify(dates));

  const manifest: SearchManifest = {
    version: INDEX_FORMAT,
    build,
    docCount,
    docSlots,
    folds,
    phraseDocs: Number.isFinite(phraseDocs) ? phraseDocs : null,
    skipBytes,
    syllables: pinyin.syllables,
    papers: papers.map((f) => ({ name: f.name, count: f.docs.length })),
    kinds: kinds.map((f) => ({ kind: f.name, count: f.docs.length })),
    firstDate: dates.dates[0] ?? null,
    lastDate: dates.dates[dates.dates.length - 1] ?? null,
  };
  // The manifest goes last: until it is written, no browser is sent to the new build.
  const top = new FileWriter(indexDir);
  top.write(MANIFEST_FILE, JSON.stringify(manifest));
  step('pinyin and list keys, manifest');
  return {
    docs: docCount,
    characters: corpus.docStart[docCount]!,
    keys: keys.keys,
    files: out.files + top.files + written.files,
    bytes: out.bytes + top.bytes + written.bytes,
    seconds: (performance.now() - started) / 1000,
  };
}

/** A short hash of everything the index is made from, naming the build folder. */
function contentHash(folds: string, ordered: readonly Entry[], fields: readonly string[][]): string {
  const h = createHash('sha256');
  h.update(`format ${INDEX_FORMAT}\u0000`);
  h.update(folds);
  ordered.forEach((e, n) => {
    h.update(JSON.stringify([e.id, e.kind, e.paper, e.date, e.page, e.authors, e.kicker, e.column, e.continuedFrom?.id, leadField(e), fields[n]]));
  });
  return h.digest('hex').slice(0, 12);
}
