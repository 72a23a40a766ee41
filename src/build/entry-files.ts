import { createHash } from 'node:crypto';
import type { Entry } from '../schema/entry.ts';
import type { Page } from '../schema/page.ts';
import { DATA_FILES, MANIFEST_VERSION, shardFile, type DataFile, type Manifest } from '../schema/manifest.ts';
import type { EntrySummary, PageSummary } from '../schema/summary.ts';
import { groupShards, type ShardRecords } from './shards.ts';
import { summarizeEntry, summarizePage } from './summarize.ts';

/** What the site reads, as values: the entries, the page records, and the reports on other files keyed by file. */
export interface EntryData {
  articles: readonly unknown[];
  pages: readonly unknown[];
  files: Readonly<Record<string, unknown>>;
}

/** One file of the entries folder: its path relative to the folder, and its text. */
export interface EntryFile {
  path: string;
  text: string;
}

/** Size and sha256 digest of a file's text as written (UTF-8). */
export function digestOf(text: string | Uint8Array): Manifest['files'][DataFile] {
  return { bytes: typeof text === 'string' ? Buffer.byteLength(text) : text.byteLength, sha256: createHash('sha256').update(text).digest('hex') };
}

/** The shards of pages and entries, and the summaries of both that name them. */
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
  const lines = (records: unknown[]) => records.map((r) => JSON.stringify(r) + '\n').join('');
  const texts: Record<DataFile, string> = {
    'articles.json': JSON.stringify(entries) + '\n',
    'pages.json': JSON.stringify(pages) + '\n',
    'files.json': JSON.stringify(data.files) + '\n',
    'entry-index.ndjson': lines(summaries.entries),
    'page-index.ndjson': lines(summaries.pages),
  };
  const files: EntryFile[] = DATA_FILES.map((name) => ({ path: name, text: texts[name] }));
  const manifest: Manifest = {
    version: MANIFEST_VERSION,
    counts: { entries: entries.length, pages: pages.length, files: Object.keys(data.files).length, shards: summaries.shards.length },
    files: Object.fromEntries(DATA_FILES.map((name) => [name, digestOf(texts[name])])) as Manifest['files'],
    shards: {},
  };
  for (const s of summaries.shards) {
    const text = JSON.stringify({ pages: s.pages, entries: s.entries }) + '\n';
    files.push({ path: shardFile(s.name), text });
    manifest.shards[s.name] = { ...digestOf(text), pages: s.pages.length, entries: s.entries.length };
  }
  return { files, manifest };
}
