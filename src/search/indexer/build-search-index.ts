import { createHash } from 'node:crypto';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Entry } from '../../schema/entry.ts';
import { encodeDocFacets } from '../core/doc-codec.ts';
import { foldText, parseFoldPairs } from '../core/fold.ts';
import { Family, INDEX_DIR, INDEX_FORMAT, keyOf, MANIFEST_FILE, indexPaths, type SearchManifest } from '../core/layout.ts';
import { phraseMinDocs, SKIP_MIN_BYTES } from '../core/planner.ts';
import { CorpusEncoder } from './corpus.ts';
import { docHeader } from './doc-header.ts';
import { DocWriter } from './doc-writer.ts';
import { DatesBuilder, docFacetRows, FacetGroups } from './facets.ts';
import { FileWriter } from './file-writer.ts';
import { buildFoldPairs } from './fold-map.ts';
import { writeGramKeys, writeListKeys } from './gram-keys.ts';
import { KeyWriter, type KeySizes } from './key-writer.ts';
import { ReporterCollector } from './names-lexicon.ts';
import { PinyinText } from './pinyin-text.ts';
import { arraySource, type EntrySource } from './read-entries.ts';
import { headlineFields, leadField, orderKey, searchFields } from './search-fields.ts';

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
 * Writes the search index for the entries of `input` into
 * `<siteDir>/search-index/`: the documents' records, one dictionary and
 * postings for the full text, the pinyin of titles and names, reporters,
 * papers and kinds, the dates table, each document's facet values, the names
 * lexicon, and last the manifest (see core/layout.ts). The entries are read
 * twice (see `EntrySource`), for their order and then in it, and not held:
 * what later steps need of them is kept as it goes (the folded text, facets),
 * and the documents' records are written as they come.
 */
export function buildSearchIndex(input: Entry[] | EntrySource, siteDir: string, options: BuildOptions = {}): SearchIndexReport {
  const started = performance.now();
  let last = started;
  const step = (name: string) => {
    const now = performance.now();
    options.onStep?.(name, (now - last) / 1000);
    last = now;
  };
  const source = Array.isArray(input) ? arraySource(input) : input;
  const folds = buildFoldPairs();
  const foldMap = parseFoldPairs(folds);

  // First reading: the order, and the titles of items others continue.
  const keys: string[] = [];
  const ats: number[] = [];
  const titles = new Map<string, string | null>();
  const continued = new Set<string>();
  source.scan((e, at) => {
    keys.push(orderKey(e));
    ats.push(at);
    titles.set(e.id, e.title);
    if (e.continuedFrom?.id) continued.add(e.continuedFrom.id);
  });
  const order = Array.from(keys, (_, i) => i).sort((x, y) => (keys[x]! < keys[y]! ? -1 : keys[x]! > keys[y]! ? 1 : 0));
  keys.length = 0;
  for (const id of titles.keys()) if (!continued.has(id)) titles.delete(id);
  const docCount = order.length;
  step('order');

  // Second reading, in document order.
  const indexDir = join(siteDir, INDEX_DIR);
  rmSync(indexDir, { recursive: true, force: true });
  // Written under a provisional name: the build folder is named by the hash of everything read.
  const out = new FileWriter(join(indexDir, 'partial'));
  const hash = contentHash(folds);
  const docs = new DocWriter(out);
  const pinyin = new PinyinText();
  const pinyinText = new CorpusEncoder(new Map());
  const text = new CorpusEncoder(foldMap);
  const reporterNames = new ReporterCollector(foldMap);
  const paperGroups = new FacetGroups();
  const kindGroups = new FacetGroups();
  const dateTable = new DatesBuilder();
  let n = 0;
  for (const e of source.read(order.map((i) => ats[i]!))) {
    const fields = searchFields(e);
    const head = headlineFields(e);
    const lead = leadField(e);
    hash.add(e, lead, fields);
    const header = docHeader(e, e.continuedFrom?.id ? titles.get(e.continuedFrom.id) : undefined);
    docs.add({ header, fields, head, lead });
    pinyinText.add(
      [pinyin.encode(foldText(header.title, foldMap)), ...(e.kicker ? [pinyin.encode(foldText(e.kicker, foldMap))] : []), e.authors.map((a) => pinyin.encode(foldText(a.name, foldMap), true)).join(' ')],
      head,
    );
    text.add(fields, head);
    reporterNames.add(e, n);
    paperGroups.add(n, e.paper);
    kindGroups.add(n, e.kind);
    dateTable.add(n, e.date);
    n++;
  }
  const docSlots = docs.close();
  const build = hash.digest();
  out.moveTo(join(indexDir, build));
  const reporters = reporterNames.reporters(pinyin);
  const papers = paperGroups.facets();
  const kinds = kindGroups.facets();
  const dates = dateTable.finish();
  out.write(indexPaths.docFacets(), encodeDocFacets(docFacetRows(paperGroups.indexes(papers), kindGroups.indexes(kinds), reporters)));
  const corpus = text.finish();
  const pinyinCorpus = pinyinText.finish();
  step('documents, folded text, pinyin, reporters, facets');

  // Families in key order: full text, pinyin, reporters, papers, kinds.
  const keyWriter = new KeyWriter(out.root, options);
  const phraseDocs = options.phraseDocs ?? phraseMinDocs(docCount);
  const skipBytes = options.skipMinBytes ?? SKIP_MIN_BYTES;
  const sizes = { partitionOccurrences: options.partitionOccurrences, topMinBytes: options.topMinBytes, skipMinBytes: skipBytes };
  writeGramKeys(Family.text, corpus, keyWriter, { phraseDocs, ...sizes });
  step('full-text keys');
  // Pinyin keys are only ever part of a wider search: no phrases, no top lists, no skips.
  writeGramKeys(Family.pinyin, pinyinCorpus, keyWriter, { partitionOccurrences: options.partitionOccurrences, topMinBytes: Infinity, skipMinBytes: Infinity });
  writeListKeys(
    [
      ...reporters.map((r) => ({ key: keyOf(Family.names, codePoints(r.key)), docs: r.docs })),
      ...papers.map((f, i) => ({ key: keyOf(Family.paper, [i]), docs: f.docs })),
      ...kinds.map((f, i) => ({ key: keyOf(Family.kind, [i]), docs: f.docs })),
    ],
    keyWriter,
  );
  const written = keyWriter.close();
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
    keys: keyWriter.keys,
    files: out.files + top.files + written.files,
    bytes: out.bytes + top.bytes + written.bytes,
    seconds: (performance.now() - started) / 1000,
  };
}

/** A short hash of everything the index is made from, naming the build folder: fed the documents in order. */
function contentHash(folds: string): { add(e: Entry, lead: number, fields: readonly string[]): void; digest(): string } {
  const h = createHash('sha256');
  h.update(`format ${INDEX_FORMAT}\u0000`);
  h.update(folds);
  return {
    add: (e, lead, fields) => {
      h.update(JSON.stringify([e.id, e.kind, e.paper, e.date, e.page, e.authors, e.kicker, e.column, e.continuedFrom?.id, lead, fields]));
    },
    digest: () => h.digest('hex').slice(0, 12),
  };
}
