import { readFile } from 'node:fs/promises';
import type { Entry } from '../schema/entry.ts';
import type { Message } from '../schema/message.ts';
import type { Page } from '../schema/page.ts';
import { linkContinuations, type ParsedPage } from '../ingest/index.ts';
import { openParseCache, type ParseCache } from './parse-cache.ts';
import { createParsePool, defaultPoolSize } from './parse-pool.ts';
import { validateParsed } from './validate.ts';
import { listInput } from './read-input.ts';

export interface IngestResult {
  pages: Page[];
  entries: Entry[];
  /** Every message, input-level ones first, then per page in file order. */
  messages: Message[];
  stats: IngestStats;
}

/** How the pages were got: parsed now, or taken from the parse cache; and by how many worker threads. */
export interface IngestStats {
  files: number;
  parsed: number;
  fromCache: number;
  workers: number;
}

export interface IngestOptions {
  /** Called after each page with (done, total), for a progress bar. */
  onProgress?: (done: number, total: number) => void;
  /** Worker threads that parse pages; default one per core, or none (this thread) for small inputs. */
  workers?: number;
  /** Folder of the parse cache, or false to parse every page; default $ARCHIVE_PARSE_CACHE or `.cache/parse`. */
  cache?: string | false;
}

// Below this many pages, starting worker threads costs more than it saves.
const POOL_MIN_FILES = 64;
// Pages read and parsing at once: enough to keep every worker busy while
// memory stays bounded by a few dozen pages of raw bytes.
const WINDOW = 64;

/**
 * Reads every page under `input`, parses (in parallel, skipping pages the cache
 * already holds), links continuations across pages and validates against the
 * schema. The result is the same whatever the worker count or the cache holds.
 */
export async function runIngest(input: string, options: IngestOptions = {}): Promise<IngestResult> {
  const { files, messages } = await listInput(input);
  const cacheDir = options.cache ?? process.env.ARCHIVE_PARSE_CACHE ?? '.cache/parse';
  const cache = cacheDir === false ? null : await openParseCache(cacheDir);
  const workers = options.workers ?? (files.length >= POOL_MIN_FILES ? defaultPoolSize() : 0);
  const pool = createParsePool(workers);
  const stats: IngestStats = { files: files.length, parsed: 0, fromCache: 0, workers: pool.size };
  const parsed = new Array<ParsedPage>(files.length);
  let done = 0;

  const one = async (i: number, c: ParseCache | null) => {
    const f = files[i]!;
    const raw = { file: f.file, bytes: new Uint8Array(await readFile(f.absolute)), sidecar: f.sidecar };
    const key = c?.key(raw);
    let json = key ? await c!.get(key) : null;
    if (json === null) {
      json = await pool.parse(raw);
      stats.parsed++;
      if (key) await c!.set(key, json);
    } else {
      stats.fromCache++;
    }
    // Fresh or cached, every page goes through the same JSON, so both give identical output.
    parsed[i] = JSON.parse(json) as ParsedPage;
    options.onProgress?.(++done, files.length);
  };

  const running = new Set<Promise<void>>();
  try {
    for (let i = 0; i < files.length; i++) {
      const task = one(i, cache).finally(() => running.delete(task));
      running.add(task);
      if (running.size >= WINDOW) await Promise.race(running);
    }
    await Promise.all(running);
  } catch (e) {
    // Let the pages still in flight settle, so none fails later unobserved.
    await Promise.allSettled(running);
    throw e;
  } finally {
    await pool.close();
  }

  messages.push(...linkContinuations(parsed));
  for (const p of parsed) messages.push(...validateParsed(p), ...p.messages);
  return {
    pages: parsed.map((p) => p.page),
    entries: parsed.flatMap((p) => p.entries),
    messages,
    stats,
  };
}
