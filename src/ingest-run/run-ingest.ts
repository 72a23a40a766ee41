import { readFileSync } from 'node:fs';
import type { Entry } from '../schema/entry.ts';
import type { FileReport } from '../schema/file-report.ts';
import type { Message } from '../schema/message.ts';
import type { Page } from '../schema/page.ts';
import { joinArticlePages, linkContinuations, type ParsedArticle, type ParsedPage, type RawPage } from '../ingest/index.ts';
import type { MetaSources } from '../ingest/article-meta.ts';
import type { PathPattern } from '../ingest/path-layout.ts';
import { applyFixFiles } from './apply-fixes.ts';
import { pageFileSources, reportLayouts, type LayoutReport } from './layout-report.ts';
import { openParseCache } from './parse-cache.ts';
import { createParsePool, defaultPoolSize } from './parse-pool.ts';
import { unreadableMessage } from './read-error.ts';
import { validateParsed } from './validate.ts';
import { listInput } from './read-input.ts';
import { createSameBytes } from './same-bytes.ts';
import { separatePageIds, separatePaperIds } from './unique-ids.ts';

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

/**
 * Reads every page under `input`, takes what the parse cache holds, parses the
 * rest (in worker threads when there are many), gives each paper and page an id
 * of its own, applies the curators' corrections files (`01.fix.yaml` beside
 * `01.txt`), links continuations across pages and validates against the
 * schema. The result is the same whatever the worker count or the cache holds.
 */
export async function runIngest(input: string, options: IngestOptions = {}): Promise<IngestResult> {
  const { files, messages } = await listInput(input, options.layout ?? null);
  const cacheDir = options.cache ?? process.env.ARCHIVE_PARSE_CACHE ?? '.cache/parse';
  const cache = cacheDir === false ? null : await openParseCache(cacheDir);
  const parsed = new Array<ParsedPage | ParsedArticle | null>(files.length).fill(null);
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
  const keep = (i: number, json: string) => {
    parsed[i] = JSON.parse(json) as ParsedPage | ParsedArticle;
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
      const json = await pool.parse(raw);
      stats.parsed++;
      if (cache) await cache.set(keys[i]!, json);
      keep(i, json);
    });
  } finally {
    await pool.close();
  }

  messages.push(...[...unread].sort((a, b) => a[0] - b[0]).map(([, m]) => m));
  const results = files.map((f, i) => ({ unit: f.layout.unit, parsed: parsed[i]! })).filter((x) => x.parsed !== null);
  // Ids made apart in the workers are settled here, before pages are joined and linked by them.
  const paperFolder = new Map(files.map((f) => [f.file, f.layout.path.paper]));
  const idMessages = separatePaperIds(results.map((r) => r.parsed), (page) => paperFolder.get(page.file) ?? page.paper);
  const pages = toPages(results);
  // A page file's scan, found beside it, is recorded on its page (after the parse: the parse cache holds text only).
  const scanOf = new Map(files.flatMap((f) => (f.scan ? [[f.file, f.scan] as const] : [])));
  for (const p of pages) {
    const scan = scanOf.get(p.page.file);
    if (scan) p.page.scan = scan;
  }
  idMessages.push(...separatePageIds(pages));
  // Curators' corrections go on the pages as parsed, once their ids are settled and before continuations are linked by them.
  messages.push(...applyFixFiles(pages, files));
  // A file not read is in no layout: the summary counts it as unreadable instead.
  const layouts = reportLayouts(
    files.flatMap((f, i) => {
      if (unread.has(i)) return [];
      const p = parsed[i];
      // A byte copy was not parsed: it counts in its layout, as a copy.
      const from: MetaSources | null = !p ? null : 'from' in p ? p.from : pageFileSources(f.sidecar, f.layout);
      return [{ file: f.file, layout: f.layout, from }];
    }),
  );
  // Messages found after parsing go onto their page too, so the site's ingest report shows them.
  const byFile = new Map(pages.flatMap((p) => [p.page.file, ...p.page.files.map((f) => f.file)].map((file) => [file, p.page] as const)));
  for (const m of [...idMessages, ...linkContinuations(pages), ...pages.flatMap(validateParsed)]) {
    const page = byFile.get(m.file);
    if (page) page.messages.push(m);
    else messages.push(m);
  }
  // Grouped in the order of each file's first message.
  const fileReports = [...Map.groupBy(messages, (m) => m.file)].map(([file, list]) => ({ file, messages: list }));
  for (const p of pages) messages.push(...p.page.messages);
  return {
    pages: pages.map((p) => p.page),
    entries: pages.flatMap((p) => p.entries),
    messages,
    fileReports,
    stats,
    layouts,
  };
}

/** Parsed files in file order as pages: a page file is one; the article files of one printed page are joined into one, where its first file stood. */
function toPages(results: { unit: 'page' | 'article'; parsed: ParsedPage | ParsedArticle }[]): ParsedPage[] {
  const articles = results.flatMap((r) => (r.unit === 'article' ? [r.parsed as ParsedArticle] : []));
  const joined = new Map(joinArticlePages(articles).map((p) => [p.page.files[0]!.file, p]));
  return results.flatMap((r): ParsedPage[] => {
    if (r.unit === 'page') return [r.parsed];
    const page = joined.get(r.parsed.page.file);
    return page ? [page] : [];
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
