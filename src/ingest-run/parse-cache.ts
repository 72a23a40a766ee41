import { createHash, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { RawPage } from '../ingest/index.ts';

/**
 * Parsed pages on disk, by a hash of what the parse depends on: the page's path
 * (ids come from it), its sidecar, its folder's layout and its bytes. Entries live under the parser's
 * version, so any change to the parser's sources starts a fresh cache. Reads are
 * synchronous: a page's entry is small and usually in the OS cache, and a
 * promise-based read cost the main thread about five times as much CPU, taken
 * from the worker threads on a machine with few cores. Writes stay promise-based:
 * done synchronously they held the main thread while the disk was busy.
 */
export interface ParseCache {
  key(raw: RawPage): string;
  /** The cached JSON of a parsed page, or null. */
  get(key: string): string | null;
  set(key: string, json: string): Promise<void>;
}

// Everything a parse result depends on besides its input: the parser, the schema
// it fills, the text helpers it calls, and the libraries they use.
const SOURCE_DIRS = ['../ingest/', '../schema/', '../text/'];
const LIBRARIES = ['opencc-js', 'zod'];

/** Opens (creating) the cache in `dir` for the current parser version, and removes caches of other versions. */
export async function openParseCache(dir: string): Promise<ParseCache> {
  const version = await parserVersion();
  const root = join(dir, version);
  await mkdir(root, { recursive: true });
  for (const d of await readdir(dir)) if (d !== version) await rm(join(dir, d), { recursive: true, force: true });
  const pathOf = (key: string) => join(root, key.slice(0, 2), `${key}.json`);
  const made = new Set<string>();
  return {
    key(raw) {
      return createHash('sha256').update(`${raw.file}\u0000${JSON.stringify(raw.sidecar)}\u0000${JSON.stringify(raw.layout ?? null)}\u0000`).update(raw.bytes).digest('hex');
    },
    get(key) {
      try {
        return readFileSync(pathOf(key), 'utf8');
      } catch {
        return null;
      }
    },
    async set(key, json) {
      // Write aside and rename, so a reader never sees half an entry. A cache that
      // cannot be written (full disk, removed by another run) only costs time.
      const path = pathOf(key);
      const sub = join(root, key.slice(0, 2));
      const tmp = `${path}.${randomBytes(6).toString('hex')}.tmp`;
      try {
        if (!made.has(sub)) await mkdir(sub, { recursive: true });
        made.add(sub);
        await writeFile(tmp, json);
        await rename(tmp, path);
      } catch {
        await rm(tmp, { force: true });
      }
    },
  };
}

/** A short hash of the parser's source files and library versions. */
export async function parserVersion(): Promise<string> {
  const hash = createHash('sha256');
  for (const rel of SOURCE_DIRS) {
    const dir = new URL(rel, import.meta.url);
    const names = (await readdir(dir, { recursive: true })).filter((n) => n.endsWith('.ts')).sort();
    for (const name of names) hash.update(`${rel}${name}\u0000`).update(await readFile(new URL(name, dir)));
  }
  for (const lib of LIBRARIES) {
    const pkg = new URL(`../../node_modules/${lib}/package.json`, import.meta.url);
    hash.update(`${lib}\u0000`).update(await readFile(pkg).catch(() => Buffer.from('missing')));
  }
  return hash.digest('hex').slice(0, 16);
}
