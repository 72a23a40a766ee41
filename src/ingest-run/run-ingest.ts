import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Entry } from '../schema/entry.ts';
import type { FileReport } from '../schema/file-report.ts';
import type { Message } from '../schema/message.ts';
import type { Page } from '../schema/page.ts';
import { joinArticlePages, linkContinuations, type ParsedArticle, type ParsedPage, type RawPage } from '../ingest/index.ts';
import type { MetaSources } from '../ingest/article-meta.ts';
import type { PathPattern } from '../ingest/path-layout.ts';
import { fixFiles } from './apply-fixes.ts';
import { pageFileSources, reportLayouts, type LayoutReport } from './layout-report.ts';
import { openParseCache } from './parse-cache.ts';
import { createParsePool, defaultPoolSize } from './parse-pool.ts';
import { unreadableMessage } from './read-error.ts';
import { validateParsed } from './validate.ts';
import { listInput, type InputFile } from './read-input.ts';
import { createSameBytes } from './same-bytes.ts';
import { openSpool, type Spool } from './spool.ts';
import { lighten } from './light-copy.ts';
import { renamePage, renamePaper, separatePageIds, separatePaperIds } from './unique-ids.ts';

export interface IngestResult {
  pages: Page[];
  entries: Entry[];
  /** Every message, input-level ones first, then per page in file order. */
  messages: Message[];
  /** The input-level messages by the file they are about (sidecars, files not read): pages carry their own. */
  fileReports: FileReport[];
  stats: IngestStats;
  /** The layouts the input's folders were read in, with where each took its metadata from. */
  layouts: LayoutReport[];
}

/** How the pages were got: parsed now, or taken from the parse cache; and by how many worker threads. */
interface IngestStats {
  files: number;
  parsed: number;
  fromCache: number;
  workers: number;
}

export interface IngestOptions {
  /** Called after each page with (done, total), for a progress bar. */
  onProgress?: (done: number, total: number) => void;
  /** Worker threads that parse pages; default one per core, or none (this thread) when few pages need parsing. */
  workers?: number;
  /** Folder of the parse cache, or false to parse every page; default $ARCHIVE_PARSE_CACHE or `.cache/parse`. */
  cache?: string | false;
  /** A layout for the files it matches, where detection cannot tell (`--layout`); see `compilePattern`. */
  layout?: PathPattern | null;
}

// Below this many pages to parse, starting worker threads costs more than it saves.
const POOL_MIN_FILES = 64;
// Pages read and parsing at once: enough to keep every worker busy while
// memory stays bounded by a few dozen pages of raw bytes.
const WINDOW = 64;

/** An ingest once every page is parsed and the steps across pages are done: its pages are read again, one at a time, when written. */
export interface IngestRun {
  /** The input-level messages and those about files that are not pages; each page's own come with it from `pages`. */
  messages: Message[];
  fileReports: FileReport[];
  stats: IngestStats;
  layouts: LayoutReport[];
  /** The pages in input order, each with its entries and every message about it; read once. */
  pages(): Generator<ParsedPage>;
  /** Deletes the spool the pages are read from; called once they are read, or to give up. */
  close(): void;
}

/**
 * `startIngest`, every page read: the whole archive in memory, as tests and
 * small tools want it. The CLI writes the pages as they come instead.
 * @internal The tests' way into the whole pipeline; the program itself streams.
 */
export async function runIngest(input: string, options: IngestOptions = {}): Promise<IngestResult> {
  const run = await startIngest(input, options);
  try {
    const parsed = [...run.pages()];
    return {
      pages: parsed.map((p) => p.page),
      entries: parsed.flatMap((p) => p.entries),
      messages: [...run.messages, ...parsed.flatMap((p) => p.page.messages)],
      fileReports: run.fileReports,
      stats: run.stats,
      layouts: run.layouts,
    };
  } finally {
    run.close();
  }
}

/** A parsed file as the steps across pages see it: its place in the spool, and the fields those steps read. */
interface Spooled {
  record: number;
  light: ParsedPage | ParsedArticle;
}

/** A page (a page file, or the article files of one printed page) as the steps across pages see it. */
interface LightPage {
  unit: 'page' | 'article';
  /** Its files, by place in the input. */
  members: number[];
  light: ParsedPage;
  /** Whether corrections files lie beside it. */
  fixed: boolean;
  /** Messages the steps across pages found about it, added to its own. */
  found: Message[];
}

/**
 * Reads every page under `input`, takes what the parse cache holds, parses the
 * rest (in worker threads when there are many), gives each paper and page an id
 * of its own, applies the curators' corrections files (`01.fix.yaml` beside
 * `01.txt`), links continuations across pages and validates against the
 * schema. The result is the same whatever the worker count or the cache holds.
 *
 * Memory holds one page at a time and a light copy of each (ids, paper, date
 * and page, continuation markers): each parse result goes to a spool file as it
 * comes, the steps across pages run on the light copies, and `pages()` reads
 * each page back and gives it what those steps decided. A page with corrections
 * is read back once more for them, since they may split or merge its items.
 */
export async function startIngest(input: string, options: IngestOptions = {}): Promise<IngestRun> {
  const { files, messages } = await listInput(input, options.layout ?? null);
  const folder = mkdtempSync(join(tmpdir(), 'archive-ingest-'));
  const spool = openSpool(join(folder, 'parsed.spool'));
  const close = () => {
    spool.remove();
    rmSync(folder, { recursive: true, force: true });
  };
  try {
    const { spooled, unread, stats } = await parseAll(files, messages, spool, options);
    messages.push(...[...unread].sort((a, b) => a[0] - b[0]).map(([, m]) => m));
    return { ...settle(files, spooled, messages, spool), messages, stats, layouts: layoutsOf(files, spooled, unread), close };
  } catch (e) {
    close();
    throw e;
  }
}

/** Parses every file (or takes it from the cache) into the spool, in input order; the copies and files not read have none. */
async function parseAll(files: readonly InputFile[], messages: Message[], spool: Spool, options: IngestOptions) {
  const cacheDir = options.cache ?? process.env.ARCHIVE_PARSE_CACHE ?? '.cache/parse';
  const cache = cacheDir === false ? null : await openParseCache(cacheDir);
  const spooled = new Array<Spooled | null>(files.length).fill(null);
  const keys = new Array<string>(files.length);
  const stats: IngestStats = { files: files.length, parsed: 0, fromCache: 0, workers: 0 };
  let done = 0;
  const sameBytes = createSameBytes();
  const copies = new Set<number>();
  // Files the file system would not read (permissions, a failing disk): each gets
  // an error naming it and why, and every other file is read as if it were not there.
  const unread = new Map<number, Message>();
  // Read synchronously: pages are small files, and a promise-based read cost the
  // main thread about five times as much, taken from the worker threads.
  const readRaw = (i: number): RawPage | null => {
    const f = files[i]!;
    if (unread.has(i)) return null;
    try {
      return { file: f.file, bytes: new Uint8Array(readFileSync(f.absolute)), sidecar: f.sidecar, layout: f.layout };
    } catch (e) {
      unread.set(i, unreadableMessage(f.file, 'file', e));
      options.onProgress?.(++done, files.length);
      return null;
    }
  };
  // Article files read once already, as another file: checked in file order, before
  // any is parsed. Page files are left alone: their path is what tells two pages
  // apart (a generated or blank page may print the same as another).
  for (let i = 0; i < files.length; i++) {
    if (files[i]!.layout.unit !== 'article') continue;
    const raw = readRaw(i);
    const copy = raw && sameBytes.check(raw.file, raw.bytes);
    if (copy) {
      messages.push(copy);
      copies.add(i);
      options.onProgress?.(++done, files.length);
    }
  }
  // Fresh or cached, every page goes through the same JSON, so both give identical output.
  // A worker sends the light copy with the page (see parse-pool.ts); a page from the cache is lightened here.
  const keep = (i: number, json: string, light?: string) => {
    const copy = light !== undefined ? (JSON.parse(light) as ParsedPage | ParsedArticle) : lighten(JSON.parse(json) as ParsedPage | ParsedArticle, files[i]!.layout.unit === 'article');
    spooled[i] = { record: spool.append(json), light: copy };
    options.onProgress?.(++done, files.length);
  };

  // First the pages the cache holds; the others are parsed after, so the pool is
  // sized (or not started) by how many pages really need parsing.
  let misses = files.map((_, i) => i).filter((i) => !copies.has(i) && !unread.has(i));
  if (cache) {
    const found = new Set<number>();
    // Cache entries are read synchronously (see parse-cache.ts), one after another.
    for (let i = 0; i < files.length; i++) {
      if (copies.has(i)) continue;
      const raw = readRaw(i);
      if (!raw) continue;
      const key = cache.key(raw);
      keys[i] = key;
      const json = cache.get(key);
      if (json === null) continue;
      found.add(i);
      keep(i, json);
    }
    misses = misses.filter((i) => !found.has(i) && !unread.has(i));
    stats.fromCache = found.size;
  }

  const pool = createParsePool(options.workers ?? (misses.length >= POOL_MIN_FILES ? defaultPoolSize() : 0));
  stats.workers = pool.size;
  try {
    await eachInWindow(misses.length, async (k) => {
      const i = misses[k]!;
      const raw = readRaw(i);
      if (!raw) return;
      const { json, light } = await pool.parse(raw);
      stats.parsed++;
      if (cache) await cache.set(keys[i]!, json);
      keep(i, json, light);
    });
  } finally {
    await pool.close();
  }
  return { spooled, unread, stats };
}

/**
 * The steps across pages, on the light copies: ids settled, article files joined
 * into pages, corrections applied (on the page read back whole), continuations
 * linked. Returns the reports on files that are not pages, and the reader of the
 * pages that replays, page by page, what was decided here.
 */
function settle(files: readonly InputFile[], spooled: readonly (Spooled | null)[], messages: Message[], spool: Spool): Pick<IngestRun, 'fileReports' | 'pages'> {
  const results = spooled.flatMap((s, i) => (s ? [{ i, unit: files[i]!.layout.unit, parsed: s.light }] : []));
  // Ids made apart in the workers are settled here, before pages are joined and linked by them.
  const paperFolder = new Map(files.map((f) => [f.file, f.layout.path.paper]));
  const idMessages = separatePaperIds(results.map((r) => r.parsed), (page) => paperFolder.get(page.file) ?? page.paper);
  const paperOf = new Map(results.map((r) => [r.i, r.parsed.page.paperId]));
  // The reader below keeps each file's place in the spool, not its light copy (an article file's is joined into its page's).
  const records = spooled.map((s) => s?.record ?? -1);
  const pages = toPages(results, new Map(files.map((f, i) => [f.file, i])));
  idMessages.push(...separatePageIds(pages.map((p) => p.light)));
  const scanOf = new Map(files.flatMap((f) => (f.scan ? [[f.file, f.scan] as const] : [])));
  // A page read back whole, with the ids settled above: its files' paper ids, then its own.
  const readBack = (p: LightPage): ParsedPage => {
    const parts = p.members.map((i) => {
      const part = JSON.parse(spool.read(records[i]!)) as ParsedPage | ParsedArticle;
      const paperId = paperOf.get(i)!;
      if (part.page.paperId !== paperId && paperId !== null) renamePaper(part, paperId);
      return part;
    });
    const page = p.unit === 'page' ? parts[0]! : joinArticlePages(parts as ParsedArticle[])[0]!;
    if (page.page.id !== p.light.page.id) renamePage(page, p.light.page.id);
    // A page file's scan, found beside it, is recorded on its page (after the parse: the parse cache holds text only).
    const scan = scanOf.get(page.page.file);
    if (scan) page.page.scan = scan;
    return page;
  };
  // Curators' corrections go on the pages as parsed, once their ids are settled and before continuations are linked by them.
  const fixes = fixFiles(files);
  for (const p of pages) {
    p.fixed = fixes.has(p.light);
    if (!p.fixed) continue;
    const whole = readBack(p);
    messages.push(...fixes.applyTo(whole));
    p.light = lighten(whole, false);
  }
  messages.push(...fixes.unused());
  // Messages found after parsing go onto their page too, so the site's ingest report shows them.
  const byFile = new Map(pages.flatMap((p) => [p.light.page.file, ...p.light.page.files.map((f) => f.file)].map((file) => [file, p] as const)));
  for (const m of [...idMessages, ...linkContinuations(pages.map((p) => p.light))]) {
    const page = byFile.get(m.file);
    if (page) page.found.push(m);
    else messages.push(m);
  }
  // Grouped in the order of each file's first message.
  const fileReports = [...Map.groupBy(messages, (m) => m.file)].map(([file, list]) => ({ file, messages: list }));
  const again = fixFiles(files);
  return {
    fileReports,
    *pages() {
      for (const p of pages) {
        const whole = readBack(p);
        // Corrected again as before (their messages are said already), then linked as the light copy was.
        if (p.fixed) again.applyTo(whole);
        whole.entries.forEach((e, k) => {
          const light = p.light.entries[k]!;
          if (e.continuedOn) e.continuedOn.id = light.continuedOn!.id;
          if (e.continuedFrom) e.continuedFrom.id = light.continuedFrom!.id;
        });
        const invalid = validateParsed(whole);
        whole.page.messages.push(...p.found, ...invalid);
        yield whole;
      }
    },
  };
}

/** The layouts the files were read in: a file not read is in none (the summary counts it as unreadable). */
function layoutsOf(files: readonly InputFile[], spooled: readonly (Spooled | null)[], unread: ReadonlyMap<number, Message>): LayoutReport[] {
  return reportLayouts(
    files.flatMap((f, i) => {
      if (unread.has(i)) return [];
      const p = spooled[i]?.light;
      // A byte copy was not parsed: it counts in its layout, as a copy.
      const from: MetaSources | null = !p ? null : 'from' in p ? p.from : pageFileSources(f.sidecar, f.layout);
      return [{ file: f.file, layout: f.layout, from }];
    }),
  );
}

/** Parsed files in file order as pages: a page file is one; the article files of one printed page are joined into one, where its first file stood. */
function toPages(results: { i: number; unit: 'page' | 'article'; parsed: ParsedPage | ParsedArticle }[], indexOf: ReadonlyMap<string, number>): LightPage[] {
  const articles = results.flatMap((r) => (r.unit === 'article' ? [r.parsed as ParsedArticle] : []));
  const joined = new Map(joinArticlePages(articles).map((p) => [p.page.files[0]!.file, p]));
  const page = (unit: LightPage['unit'], members: number[], light: ParsedPage): LightPage => ({ unit, members, light, fixed: false, found: [] });
  return results.flatMap((r): LightPage[] => {
    if (r.unit === 'page') return [page('page', [r.i], r.parsed)];
    const p = joined.get(r.parsed.page.file);
    if (!p) return [];
    // Joined, the line count has done its work: the light page keeps no slot a line.
    p.page.lines = [];
    return [page('article', p.page.files.map((f) => indexOf.get(f.file)!), p)];
  });
}

/** Runs `task(0) … task(count - 1)` with at most WINDOW of them in flight; the first failure is thrown once all have settled. */
async function eachInWindow(count: number, task: (i: number) => Promise<void>): Promise<void> {
  const running = new Set<Promise<void>>();
  try {
    for (let i = 0; i < count; i++) {
      const p = task(i).finally(() => running.delete(p));
      running.add(p);
      if (running.size >= WINDOW) await Promise.race(running);
    }
    await Promise.all(running);
  } catch (e) {
    // Let the tasks still in flight settle, so none fails later unobserved.
    await Promise.allSettled(running);
    throw e;
  }
}
