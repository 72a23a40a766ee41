// Merging a site built in parts (scripts/build-parts.ts) into one dist/: the shell's
// output whole, and each paper's year's item-level views. Files are hard links to the
// parts' outputs (a million views copy in minutes, link in seconds), copies where the
// folders are on different file systems; a part is rebuilt into a new folder, never
// over the files a merged site links to.
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, linkSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { VIEW_FOLDERS } from './partition.ts';

/** Folder of the styles and scripts an Astro build bundles, with hashed names. */
const ASSETS = '_astro';

/** Links (or copies) every file under `from` to the same path under `to`; a file already there stops the merge: two parts wrote it. */
export function linkTree(from: string, to: string): number {
  let files = 0;
  mkdirSync(to, { recursive: true });
  for (const d of readdirSync(from, { withFileTypes: true })) {
    const [source, target] = [join(from, d.name), join(to, d.name)];
    if (d.isDirectory()) {
      files += linkTree(source, target);
      continue;
    }
    if (existsSync(target)) throw new Error(`${target} comes from two parts of the site (the second from ${source}): each view belongs to one part.`);
    try {
      linkSync(source, target);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EXDEV') throw e;
      copyFileSync(source, target);
    }
    files++;
  }
  return files;
}

/** Links the views of a paper's year's output `part` into the merged site `to`; how many files. */
export function mergeViews(part: string, to: string): number {
  return VIEW_FOLDERS.filter((f) => existsSync(join(part, f))).reduce((n, f) => n + linkTree(join(part, f), join(to, f)), 0);
}

/**
 * What differs between the bundled styles and scripts of two builds' outputs (names and bytes):
 * a part's views link to its own build's bundles, so they must be the shell's, which the merged site serves.
 */
export function assetsDiffer(shell: string, part: string): string[] {
  const [a, b] = [assetDigests(shell), assetDigests(part)];
  return [...new Set([...a.keys(), ...b.keys()])].filter((f) => a.get(f) !== b.get(f)).sort();
}

function assetDigests(dist: string): Map<string, string> {
  const dir = join(dist, ASSETS);
  if (!existsSync(dir)) return new Map();
  return new Map(readdirSync(dir, { recursive: true, withFileTypes: true }).filter((d) => d.isFile()).map((d) => {
    const path = join(d.parentPath, d.name);
    return [path.slice(dir.length + 1), createHash('sha256').update(readFileSync(path)).digest('hex')];
  }));
}
