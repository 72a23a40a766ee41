import { createHash } from 'node:crypto';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Entry } from '../../schema/entry.ts';
import { foldText, parseFoldPairs } from '../core/fold.ts';
import { shardOf } from '../core/gram-hash.ts';
import { INDEX_DIR, MANIFEST_FILE, indexPaths, type SearchManifest, type ShardFamily } from '../core/layout.ts';
import { routingKey } from '../core/shard-record.ts';
import { ByteWriter } from './byte-writer.ts';
import { encodeCorpus } from './corpus.ts';
import { toDocRecord } from './doc-record.ts';
import { encodeDocListFile } from './encode-postings.ts';
import { datesTable, facetBy } from './facets.ts';
import { FileWriter } from './file-writer.ts';
import { buildFoldPairs } from './fold-map.ts';
import { buildGramIndex, type GramIndexStats } from './gram-index.ts';
import { collectReporters } from './names-lexicon.ts';
import { PinyinText } from './pinyin-text.ts';
import { searchFields, orderEntries } from './search-fields.ts';
import { ShardEncoder, type ExternalSink } from './shard-encode.ts';

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
}

const pow2AtLeast = (n: number, min: number, max: number) => {
  let p = min;
  while (p < n && p < max) p *= 2;
  return p;
};

/**
 * Writes the search index for `entries` into `<siteDir>/search-index/`:
 * a manifest, and a build folder holding the full-text, pinyin and reporter
 * shards, facet lists, the dates table and one file per document.
 */
export function buildSearchIndex(entries: readonly Entry[], siteDir: string, options: BuildOptions = {}): SearchIndexReport {
  const started = performance.now();
  const ordered = orderEntries(entries);
  const folds = buildFoldPairs();
  const foldMap = parseFoldPairs(folds);
  const fields = ordered.map(searchFields);
  const build = contentHash(folds, ordered, fields);
  const indexDir = join(siteDir, INDEX_DIR);
  rmSync(indexDir, { recursive: true, force: true });
  const out = new FileWriter(join(indexDir, build));

  const titles: string[] = [];
  const byId = new Map(ordered.map((e) => [e.id, e]));
  ordered.forEach((e, n) => {
    const record = toDocRecord(e, e.continuedFrom?.id ? byId.get(e.continuedFrom.id) : undefined);
    titles.push(record.title);
    out.write(indexPaths.doc(n), JSON.stringify(record));
  });

  const corpus = encodeCorpus(fields, foldMap);
  const characters = corpus.docStart[ordered.length]!;
  const maxInlineBytes = options.maxInlineBytes ?? 1024;
  const shards: Record<ShardFamily, number> = {
    text: pow2AtLeast(characters / (options.charsPerShard ?? 4000), 16, 65536),
    pinyin: pow2AtLeast(ordered.length / 50, 16, 4096),
    names: pow2AtLeast(ordered.length / 200, 8, 1024),
  };
  const text = writeGramFamily('text', corpus, shards.text, maxInlineBytes, out);

  const pinyin = new PinyinText();
  // Titles as shown (a photo's caption stands in for its title), folded so Traditional titles read too.
  const pinyinFields = ordered.map((e, n) => [pinyin.encode(foldText(titles[n]!, foldMap)), e.authors.map((a) => pinyin.encode(foldText(a.name, foldMap), true)).join(' ')]);
  writeGramFamily('pinyin', encodeCorpus(pinyinFields, new Map()), shards.pinyin, maxInlineBytes, out);

  const reporters = collectReporters(ordered, foldMap, pinyin);
  out.write(indexPaths.names(), JSON.stringify(reporters.map(({ name, pinyin: p, count }) => ({ name, pinyin: p, count }))));
  writeKeyedLists('names', reporters.map((r) => ({ key: Array.from(r.key, (c) => c.codePointAt(0)!), docs: r.docs })), shards.names, maxInlineBytes, out);

  const papers = facetBy(ordered, (e) => e.paper);
  const kinds = facetBy(ordered, (e) => e.kind);
  const w = new ByteWriter();
  papers.forEach((f, i) => out.write(indexPaths.facet('paper', i), encodeDocListFile(w, f.docs)));
  kinds.forEach((f, i) => out.write(indexPaths.facet('kind', i), encodeDocListFile(w, f.docs)));
  const dates = datesTable(ordered);
  out.write(indexPaths.dates(), JSON.stringify(dates));

  const manifest: SearchManifest = {
    version: 1,
    build,
    docCount: ordered.length,
    shards,
    folds,
    syllables: pinyin.syllables,
    papers: papers.map((f) => ({ name: f.name, count: f.docs.length })),
    kinds: kinds.map((f) => ({ kind: f.name, count: f.docs.length })),
    firstDate: dates.dates[0] ?? null,
    lastDate: dates.dates[dates.dates.length - 1] ?? null,
  };
  const top = new FileWriter(indexDir);
  top.write(MANIFEST_FILE, JSON.stringify(manifest));
  return {
    docs: ordered.length,
    characters,
    files: out.files + top.files,
    bytes: out.bytes + top.bytes,
    text,
    shards,
    seconds: (performance.now() - started) / 1000,
  };
}

function externalSink(family: ShardFamily, maxInlineBytes: number, out: FileWriter): ExternalSink {
  return { maxInlineBytes, write: (key, part, bytes) => out.write(indexPaths.external(family, key, part), bytes) };
}

/** Builds a gram index over `corpus` and writes its shards (every shard, empty ones too, so no fetch fails). */
function writeGramFamily(family: ShardFamily, corpus: ReturnType<typeof encodeCorpus>, shardCount: number, maxInlineBytes: number, out: FileWriter): GramIndexStats {
  const written = new Set<number>();
  // Partitions bound the counting tables: about twenty million characters each.
  const partitions = Math.max(1, Math.ceil(corpus.text.length / 20_000_000));
  const stats = buildGramIndex(corpus, {
    shards: shardCount,
    partitions,
    sink: externalSink(family, maxInlineBytes, out),
    writeShard: (n, bytes) => {
      written.add(n);
      out.write(indexPaths.shard(family, n), bytes);
    },
  });
  for (let n = 0; n < shardCount; n++) if (!written.has(n)) out.write(indexPaths.shard(family, n), new Uint8Array(0));
  return stats;
}

/** Writes plain key → documents lists (reporters) as shards of the same record format. */
function writeKeyedLists(family: ShardFamily, lists: { key: number[]; docs: number[] }[], shardCount: number, maxInlineBytes: number, out: FileWriter): void {
  const byShard: { key: number[]; docs: number[] }[][] = Array.from({ length: shardCount }, () => []);
  for (const l of lists) byShard[shardOf(routingKey(l.key), shardCount)]!.push(l);
  const enc = new ShardEncoder(externalSink(family, maxInlineBytes, out));
  byShard.forEach((group, n) => {
    enc.begin();
    for (const { key, docs } of group) enc.add(key, { docs, docCount: docs.length, title: [], titleCount: 0, positions: null });
    out.write(indexPaths.shard(family, n), enc.end());
  });
}

/** A short hash of everything the index is made from, naming the build folder. */
function contentHash(folds: string, ordered: readonly Entry[], fields: readonly string[][]): string {
  const h = createHash('sha256');
  h.update(folds);
  ordered.forEach((e, n) => {
    h.update(JSON.stringify([e.id, e.kind, e.paper, e.date, e.page, e.authors, fields[n]]));
  });
  return h.digest('hex').slice(0, 12);
}
