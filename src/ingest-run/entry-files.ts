import type { Entry } from '../schema/entry.ts';
import type { Page } from '../schema/page.ts';
import { DATA_FILES, digestOf, ENTRIES_FILE, PAGES_FILE, shardFile, type DataFile } from '../schema/archive-files.ts';
import { MANIFEST_VERSION, type Manifest } from '../schema/manifest.ts';
import type { EntrySummary, PageSummary } from '../schema/summary.ts';
import { groupShards, type ShardRecords } from './shards.ts';
import { summarizeEntry, summarizePage } from './summarize.ts';

/** What the site reads, as values: the entries, the page records, and the reports on other files keyed by file. */
export interface EntryData {
  articles: readonly unknown[];
  pages: readonly unknown[];
  files: Readonly<Record<string, unknown>>;
}

/**
 * One file of the entries folder: its path relative to the folder, and its text
 * in pieces, made again each time they are asked for: the archive's records
 * whole are more text than one string can hold (about 512 MB in V8) well before
 * a million items, so no file is made as one string.
 */
export interface EntryFile {
  path: string;
  chunks: () => Iterable<string>;
}


// Records per piece: enough that a piece costs one write, few enough that it stays small.
const PER_PIECE = 500;

/** `JSON.stringify(records) + '\n'`, byte for byte, in pieces. */
function* jsonArray(records: readonly unknown[]): Iterable<string> {
  if (records.length === 0) {
    yield '[]\n';
    return;
  }
  for (let i = 0; i < records.length; i += PER_PIECE) {
    const part = records.slice(i, i + PER_PIECE).map((r) => JSON.stringify(r)).join(',');
    yield (i === 0 ? '[' : ',') + part + (i + PER_PIECE >= records.length ? ']\n' : '');
  }
}

/** One JSON record a line, in pieces. */
function* jsonLines(records: readonly unknown[]): Iterable<string> {
  for (let i = 0; i < records.length; i += PER_PIECE) yield records.slice(i, i + PER_PIECE).map((r) => JSON.stringify(r) + '\n').join('');
}

/**
 * The shards of pages and entries, and the summaries of both that name them.
 * @internal Exported for tests/site/fixture.ts.
 */
export function summarize(pages: readonly Page[], entries: readonly Entry[]): { shards: ShardRecords[]; pages: PageSummary[]; entries: EntrySummary[] } {
  const { shards, pageShard, entryShard } = groupShards(pages, entries);
  return {
    shards,
    pages: pages.map((p, i) => summarizePage(p, pageShard[i]!)),
    entries: entries.map((e, i) => summarizeEntry(e, entryShard[i]!)),
  };
}

/** The files an ingest writes for `data`, in the order written (data files, then shards), and the manifest that vouches for them. */
export function entryFiles(data: EntryData): { files: EntryFile[]; manifest: Manifest } {
  const pages = data.pages as Page[];
  const entries = data.articles as Entry[];
  const summaries = summarize(pages, entries);
  const chunks: Record<DataFile, () => Iterable<string>> = {
    [ENTRIES_FILE]: () => jsonArray(entries),
    [PAGES_FILE]: () => jsonArray(pages),
    'files.json': () => [JSON.stringify(data.files) + '\n'],
    'entry-index.ndjson': () => jsonLines(summaries.entries),
    'page-index.ndjson': () => jsonLines(summaries.pages),
  };
  const files: EntryFile[] = DATA_FILES.map((name) => ({ path: name, chunks: chunks[name] }));
  const manifest: Manifest = {
    version: MANIFEST_VERSION,
    counts: { entries: entries.length, pages: pages.length, files: Object.keys(data.files).length, shards: summaries.shards.length },
    files: Object.fromEntries(DATA_FILES.map((name) => [name, digestOf(chunks[name]())])) as Manifest['files'],
    shards: {},
  };
  for (const s of summaries.shards) {
    // Made once for the digest and again when written, so the shards' text is never all in memory at once.
    const text = () => [JSON.stringify({ pages: s.pages, entries: s.entries }) + '\n'];
    files.push({ path: shardFile(s.name), chunks: text });
    manifest.shards[s.name] = { ...digestOf(text()), pages: s.pages.length, entries: s.entries.length };
  }
  return { files, manifest };
}
