import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { INDEX_DIR } from '../search/core/layout.ts';

/** Size of a built site: HTML pages, all files, folders and bytes, the largest files, the search index files among them, and bytes by top folder. */
export interface DistStats {
  htmlPages: number;
  files: number;
  /** Folders under the site's folder (a host that counts the entries of an archive counts these too). */
  folders: number;
  bytes: number;
  /** The LARGEST biggest files, biggest first, by path relative to the site's folder. */
  largest: { path: string; bytes: number }[];
  searchFiles: number;
  searchBytes: number;
  /** Files and bytes under each top-level folder of dist (`article`, `page`, `reporters`, …; `.` for files at the top). */
  byFolder: Record<string, { files: number; bytes: number }>;
}

const LARGEST = 10;

/** Counts what a build wrote under `dir`, and the files of the search index among them. */
export function distStats(dir: string): DistStats {
  const s: DistStats = { htmlPages: 0, files: 0, folders: 0, bytes: 0, largest: [], searchFiles: 0, searchBytes: 0, byFolder: {} };
  for (const d of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (d.isDirectory()) s.folders++;
    if (!d.isFile()) continue;
    const path = join(d.parentPath, d.name);
    const size = statSync(path).size;
    s.files++;
    s.bytes += size;
    if (d.name.endsWith('.html')) s.htmlPages++;
    const rel = path.slice(dir.length).replace(/^\/+/, '');
    if (s.largest.length < LARGEST || size > s.largest.at(-1)!.bytes) {
      s.largest.push({ path: rel, bytes: size });
      s.largest.sort((a, b) => b.bytes - a.bytes);
      s.largest.length = Math.min(s.largest.length, LARGEST);
    }
    if (rel.startsWith(INDEX_DIR)) {
      s.searchFiles++;
      s.searchBytes += size;
    }
    const top = rel.includes('/') ? rel.slice(0, rel.indexOf('/')) : '.';
    const f = (s.byFolder[top] ??= { files: 0, bytes: 0 });
    f.files++;
    f.bytes += size;
  }
  return s;
}

/** Bytes of Astro's content data store in a build's cache folder (what the collections hold, serialized), or null when there is none. */
export function dataStoreBytes(cacheDir: string): number | null {
  const file = join(cacheDir, 'data-store.json');
  return existsSync(file) ? statSync(file).size : null;
}
