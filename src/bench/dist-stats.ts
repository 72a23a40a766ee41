import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Size of a built site: HTML pages, all files and bytes, and the search index files among them. */
export interface DistStats {
  htmlPages: number;
  files: number;
  bytes: number;
  searchFiles: number;
  searchBytes: number;
}

/** Counts what a build wrote under `dir`; a file is part of the search index when a folder of its path is named like `search`. */
export function distStats(dir: string): DistStats {
  const s: DistStats = { htmlPages: 0, files: 0, bytes: 0, searchFiles: 0, searchBytes: 0 };
  for (const d of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!d.isFile()) continue;
    const path = join(d.parentPath, d.name);
    const size = statSync(path).size;
    s.files++;
    s.bytes += size;
    if (d.name.endsWith('.html')) s.htmlPages++;
    if (/(^|\/)[^/]*search[^/]*\//i.test(path.slice(dir.length))) {
      s.searchFiles++;
      s.searchBytes += size;
    }
  }
  return s;
}
