// Merging a site built in parts (scripts/build-parts.ts) into one dist/: the shell's
// output whole, and each paper's year's item-level views. Files are hard links to the
// parts' outputs (a million views copy in many minutes, link in far less), copies where
// the folders are on different file systems. A part is rebuilt into a new folder, never
// over the files a merged site links to, so a merge can replace in the site just the
// files of the parts that changed.
import { createHash } from 'node:crypto';
import { constants, copyFileSync, existsSync, linkSync, mkdirSync, readdirSync, readFileSync, renameSync, rmdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { VIEW_FOLDERS } from './partition.ts';

/** Folder of the styles and scripts an Astro build bundles, with hashed names. */
const ASSETS = '_astro';

/** One part's output folder, and whether it is the shell's (all of it goes into the site) or a paper's year's (its views do). */
export interface PartOutput {
  dist: string;
  shell: boolean;
}

/** The files of a part's output that go into the merged site, by path relative to it. */
function partFiles({ dist, shell }: PartOutput): string[] {
  const folders = shell ? [''] : VIEW_FOLDERS.filter((f) => existsSync(join(dist, f)));
  return folders.flatMap((folder) =>
    readdirSync(join(dist, folder), { recursive: true, withFileTypes: true })
      .filter((d) => d.isFile())
      .map((d) => join(d.parentPath, d.name).slice(dist.length + 1)),
  );
}

/**
 * Puts the files of the parts `changed` into the merged site `out`, in place of those the same
 * parts' `previous` outputs put there (none for a new site), and removes what only those had.
 * A file that replaces another is linked under a temporary name and renamed over it, so a reader
 * of the site never misses it. A file another part put there stops the merge: each view belongs to one part.
 * How many files were placed.
 */
export function updateSite(out: string, changed: readonly PartOutput[], previous: readonly PartOutput[]): number {
  const old = new Set(previous.flatMap(partFiles));
  const placed = new Set<string>();
  for (const part of changed) {
    for (const file of partFiles(part)) {
      const target = join(out, file);
      const twice = () => new Error(`${target} comes from two parts of the site (one of them ${part.dist}): each view belongs to one part.`);
      if (placed.has(file)) throw twice();
      mkdirSync(dirname(target), { recursive: true });
      // A file no previous output had is new to the site: linked straight to its name, which must be free.
      if (old.has(file)) replace(join(part.dist, file), target);
      else if (!link(join(part.dist, file), target)) throw twice();
      placed.add(file);
    }
  }
  for (const file of old) {
    if (placed.has(file)) continue;
    rmSync(join(out, file), { force: true });
    removeEmptyFolders(out, dirname(file));
  }
  return placed.size;
}

// A hard link, or a copy across file systems; false when the target is taken.
function link(source: string, target: string): boolean {
  const code = (e: unknown) => (e as NodeJS.ErrnoException).code;
  try {
    try {
      linkSync(source, target);
    } catch (e) {
      if (code(e) !== 'EXDEV') throw e;
      copyFileSync(source, target, constants.COPYFILE_EXCL);
    }
    return true;
  } catch (e) {
    if (code(e) === 'EEXIST') return false;
    throw e;
  }
}

function replace(source: string, target: string): void {
  const temporary = `${target}.${process.pid}.tmp`;
  rmSync(temporary, { force: true });
  link(source, temporary);
  renameSync(temporary, target);
}

// A view that is gone leaves its folder (article/<id>/) empty, which a build from scratch would not have.
function removeEmptyFolders(out: string, folder: string): void {
  for (let f = folder; f !== '.' && f !== ''; f = dirname(f)) {
    try {
      rmdirSync(join(out, f));
    } catch {
      return; // not empty (or already gone with a folder above)
    }
  }
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
  return new Map(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((d) => d.isFile())
      .map((d) => [join(d.parentPath, d.name).slice(dir.length + 1), createHash('sha256').update(readFileSync(join(d.parentPath, d.name))).digest('hex')]),
  );
}
