import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { INDEX_DIR } from '../search/core/layout.ts';

/** Size of a built site: HTML pages, all files and bytes, and the search index files among them. */
export interface DistStats {
  htmlPages: number;
  files: number;
  bytes: number;
  searchFiles: number;
  searchBytes: number;
}

/** Counts what a build wrote under `dir`, and the files of the search index among them. */
export function distStats(dir: string): DistStats {
  const s: DistStats = { htmlPages: 0, files: 0, bytes: 0, searchFiles: 0, searchBytes: 0 };
  for (const d of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!d.isFile()) continue;
    const path = join(d.parentPath, d.name);
    const size = statSync(path).size;
    s.files++;
    s.bytes += size;
    if (d.name.endsWith('.html')) s.htmlPages++;
    if (path.slice(dir.length).replace(/^\/+/, '').startsWith(INDEX_DIR)) {
      s.searchFiles++;
      s.searchBytes += size;
    }
  }
  return s;
}
