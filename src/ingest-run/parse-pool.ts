import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { parseFile, type RawPage } from '../ingest/index.ts';
import { lighten } from './light-copy.ts';

/**
 * Parses pages, in worker threads or in this thread; results come back per page,
 * so callers keep input order. A result is the JSON text of the ParsedPage: cheap
 * to pass between threads, ready for the parse cache, and the same whichever
 * thread made it.
 */
export interface ParsePool {
  /** Worker threads in use; 0 means pages are parsed in this thread. */
  readonly size: number;
  parse(raw: RawPage): Promise<Parsed>;
  close(): Promise<void>;
}

/** A page parsed: the JSON of the ParsedPage, and of its light copy (light-copy.ts). */
export interface Parsed {
  json: string;
  light: string;
}

/**
 * Parses a page into both texts. The light copy is made where the page was parsed:
 * made in the ingest's thread, it cost a parse of every page's JSON there, and
 * at a million items the garbage of those parses, promoted while pages waited
 * their turn, grew that thread's heap to three times what it keeps.
 */
export function parseToJson(raw: RawPage): Parsed {
  const parsed = parseFile(raw);
  return { json: JSON.stringify(parsed), light: JSON.stringify(lighten(parsed, raw.layout?.unit === 'article')) };
}

/** One worker per core, the default pool size. */
export function defaultPoolSize(): number {
  return availableParallelism();
}

/** A pool of `size` worker threads running `parseFile`; with size 0, parses in this thread. */
export function createParsePool(size: number): ParsePool {
  if (size <= 0) {
    // A promise as the workers give, its executor turning a throw into a rejection as theirs do.
    return { size: 0, parse: (raw) => new Promise((resolve) => resolve(parseToJson(raw))), close: () => Promise.resolve() };
  }
  // Workers load TypeScript sources through tsx, whether or not this thread was started by it.
  const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
  const pending = new Map<number, { resolve: (parsed: Parsed) => void; reject: (e: Error) => void; worker: number }>();
  const load = new Array<number>(size).fill(0);
  let nextId = 0;
  const workers = Array.from({ length: size }, (_, w) => {
    const worker = new Worker(new URL('./parse-worker.ts', import.meta.url), { execArgv: ['--import', tsx] });
    worker.on('message', (m: { id: number; parsed?: Parsed; error?: string }) => {
      const task = pending.get(m.id)!;
      pending.delete(m.id);
      load[w]!--;
      if (m.parsed !== undefined) task.resolve(m.parsed);
      else task.reject(new Error(`parser failed: ${m.error}`));
    });
    worker.on('error', (e: Error) => {
      for (const [id, task] of pending) {
        if (task.worker !== w) continue;
        pending.delete(id);
        task.reject(e);
      }
    });
    return worker;
  });
  return {
    size,
    parse(raw) {
      // The least busy worker takes the page; a page's bytes are copied, not
      // transferred, because callers may still hold them (e.g. for a cache key).
      let w = 0;
      for (let i = 1; i < size; i++) if (load[i]! < load[w]!) w = i;
      load[w]!++;
      const id = nextId++;
      return new Promise<Parsed>((resolve, reject) => {
        pending.set(id, { resolve, reject, worker: w });
        workers[w]!.postMessage({ id, raw });
      });
    },
    async close() {
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}
