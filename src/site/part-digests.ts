// When a part of a site built in parts (scripts/build-parts.ts) must be built again: a
// part's digest covers everything its files show, so a part whose digest is the one
// stored beside its output would render the same bytes and is reused. The views' share
// is their render keys (src/site/render-key.ts), which already take what each view
// shows of its neighbours: a new issue changes the "next issue" links of the issue
// before it, which may be another year's part, and so that part's digest.
import { createHash, type Hash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Archive } from './build-archive.ts';
import { partOf, SHELL } from './partition.ts';
import { articleKey, pageKey } from './render-key.ts';

/** Files besides src/ that change what the site renders: its config and the locked packages. */
const CODE_FILES = ['astro.config.mjs', 'package.json', 'package-lock.json', 'tsconfig.json'];
/** Settings a view's bytes depend on; ARCHIVE_INPUT is not one, as the keys hold what a scan is (its size and time). */
const VIEW_ENV = ['ARCHIVE_BASE', 'ARCHIVE_SITE'];

/**
 * A digest of the project's code and the settings its views depend on, as a text: every file
 * of src/ and CODE_FILES (by path relative to `root` and bytes), the Node version, VIEW_ENV.
 */
export function codeVersion(root: string, env: NodeJS.ProcessEnv = process.env): string {
  const hash = createHash('sha256').update(`node ${process.version}\0`);
  for (const name of VIEW_ENV) hash.update(`${name}=${env[name] ?? ''}\0`);
  const src = readdirSync(join(root, 'src'), { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => join(d.parentPath, d.name));
  for (const file of [...CODE_FILES.map((f) => join(root, f)), ...src.sort()]) hash.update(`${relative(root, file)}\0`).update(readFileSync(file)).update('\0');
  return hash.digest('hex');
}

/**
 * Every part of the site by name (the shell first, then each paper's year) with its digest,
 * from `version` (codeVersion) and the keys of the views it holds. The shell shows the whole
 * archive (lists, feed, sitemaps, search index, data export), so its digest takes the entries'
 * `manifest` text too: any ingest that wrote other entries builds it again.
 */
export function partDigests(archive: Archive, version: string, manifest: string): Map<string, string> {
  const hashes = new Map<string, Hash>([[SHELL, createHash('sha256').update(`${version}\0${manifest}\0`)]]);
  const add = (part: string, view: string) => {
    let hash = hashes.get(part);
    if (!hash) {
      hash = createHash('sha256').update(`${version}\0`);
      hashes.set(part, hash);
    }
    hash.update(`${view}\n`);
  };
  for (const e of archive.entries) add(partOf(e), `article ${e.id} ${articleKey(e, archive)}`);
  for (const p of archive.pages) add(partOf(p), `page ${p.id} ${pageKey(p, archive)}`);
  const parts = [...hashes.keys()].filter((p) => p !== SHELL).sort();
  return new Map([SHELL, ...parts].map((p) => [p, hashes.get(p)!.digest('hex')]));
}
