import type { Entry } from '../schema/entry.ts';
import type { Page } from '../schema/page.ts';
import { DATA_FILES, ENTRIES_FILE, exportEnd, exportPiece, PAGES_FILE, shardFile, type DataFile } from '../schema/archive-files.ts';
import { MANIFEST_VERSION, type Manifest } from '../schema/manifest.ts';
import type { EntrySummary, PageSummary } from '../schema/summary.ts';
import { groupShards, shardAssigner, type ShardRecords } from './shards.ts';
import { openSpool } from './spool.ts';
import { summarizeEntry, summarizePage } from './summarize.ts';
import { openTempFile, type TempFile } from './temp-file.ts';

/** What the site reads, as values: the entries, the page records, and the reports on other files keyed by file. */
export interface EntryData {
  articles: readonly unknown[];
  pages: readonly unknown[];
  files: Readonly<Record<string, unknown>>;
}

/** Some page records and entries, in ingest order: one page and its entries as ingest makes them, or all of them. */
export interface EntryBatch {
  pages: readonly Page[];
  entries: readonly Entry[];
}

/** Where the files of the entries folder are written first, and told when each is complete. */
export interface EntryTargets {
  /** The name to write the file at `path` (relative to the folder) to, before it is renamed into place. */
  tempOf: (path: string) => string;
  /** The data export's temporary name, when one is written (`--json`). */
  exportTemp?: string;
  /** Every file opened, as it is opened, so a caller can remove them after a failure. */
  opened: string[];
  /** Called once each file of the folder is written, in the order of the manifest. */
  onWritten: (path: string) => void | Promise<void>;
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

/** `JSON.stringify(records) + '\n'`, written record by record. */
function jsonArray(file: TempFile): { add(json: string): void; end(): void } {
  let count = 0;
  return {
    add: (json) => file.write((count++ === 0 ? '[' : ',') + json),
    end: () => file.write(count === 0 ? '[]\n' : ']\n'),
  };
}

/**
 * Writes the files of the entries folder for `batches` (data files, then shards,
 * the order `groupShards` gives) to their temporary names, and returns the list
 * of files and the manifest that vouches for them. Records stream through: each
 * is written to the data files as it comes and to a spool beside them, from
 * which each shard is written in turn, so memory holds a batch and each record's
 * place, never the archive. Pages of one batch are named to shards before its
 * entries, as `groupShards` names every page before any entry.
 */
export async function writeEntryTemps(
  batches: Iterable<EntryBatch> | AsyncIterable<EntryBatch>,
  reports: Readonly<Record<string, unknown>>,
  to: EntryTargets,
): Promise<{ paths: string[]; manifest: Manifest }> {
  const made: TempFile[] = [];
  const open = (path: string) => {
    to.opened.push(path);
    const file = openTempFile(path);
    made.push(file);
    return file;
  };
  const files = Object.fromEntries(DATA_FILES.map((name) => [name, open(to.tempOf(name))])) as Record<DataFile, TempFile>;
  const exported = to.exportTemp ? open(to.exportTemp) : null;
  const spool = openSpool(to.tempOf('records.spool'));
  to.opened.push(to.tempOf('records.spool'));
  try {
    const [entryArray, pageArray] = [jsonArray(files[ENTRIES_FILE]), jsonArray(files[PAGES_FILE])];
    const assign = shardAssigner();
    const shards = new Map<string, { pages: number[]; entries: number[] }>();
    const add = (name: string) => {
      let s = shards.get(name);
      if (!s) shards.set(name, (s = { pages: [], entries: [] }));
      return s;
    };
    let [pageCount, entryCount] = [0, 0];
    for await (const batch of batches) {
      for (const p of batch.pages) {
        const json = JSON.stringify(p);
        const name = assign.page(p);
        add(name).pages.push(spool.append(json));
        pageArray.add(json);
        files['page-index.ndjson'].write(JSON.stringify(summarizePage(p, name, json)) + '\n');
        pageCount++;
      }
      for (const e of batch.entries) {
        const json = JSON.stringify(e);
        const name = assign.entry(e);
        add(name).entries.push(spool.append(json));
        entryArray.add(json);
        files['entry-index.ndjson'].write(JSON.stringify(summarizeEntry(e, name, json)) + '\n');
        exported?.write(exportPiece(e, entryCount === 0));
        entryCount++;
      }
    }
    entryArray.end();
    pageArray.end();
    files['files.json'].write(JSON.stringify(reports) + '\n');
    const manifest: Manifest = {
      version: MANIFEST_VERSION,
      counts: { entries: entryCount, pages: pageCount, files: Object.keys(reports).length, shards: shards.size },
      files: {} as Manifest['files'],
      shards: {},
    };
    for (const name of DATA_FILES) {
      manifest.files[name] = files[name].finish();
      await to.onWritten(name);
    }
    if (exported) {
      exported.write(exportEnd(entryCount));
      exported.finish();
    }
    for (const [name, s] of shards) {
      const path = shardFile(name);
      const file = open(to.tempOf(path));
      // `JSON.stringify({ pages, entries }) + '\n'` of the shard's records, in the order they came.
      const list = (records: number[]) => records.forEach((n, i) => file.write((i === 0 ? '' : ',') + spool.read(n)));
      file.write('{"pages":[');
      list(s.pages);
      file.write('],"entries":[');
      list(s.entries);
      file.write(']}\n');
      manifest.shards[name] = { ...file.finish(), pages: s.pages.length, entries: s.entries.length };
      await to.onWritten(path);
    }
    return { paths: [...DATA_FILES, ...[...shards.keys()].map(shardFile)], manifest };
  } finally {
    for (const f of made) f.abandon();
    spool.remove();
  }
}
