// Builds the site for browser tests into `dist-e2e/<key>/` (gitignored), keyed by
// everything the output depends on (sources, config, entries, base path), so test
// files share builds within a run and across runs. The folder must be inside the
// repository: for an outDir outside the working directory Astro puts its prerender
// chunks in the shared `.astro/.prerender/`, and two builds at once break each other.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ENTRIES_FILE } from '../../../src/schema/archive-files.ts';
import { EntrySchema, type Entry } from '../../../src/schema/entry.ts';

/** Repository root (tests run from it; resolved once so helpers work from any cwd). */
export const repoRoot = resolve(import.meta.dirname, '../../..');

/** Folder of the hand-made entries the site tests use. */
export const fixtureEntries = join(repoRoot, 'tests/fixtures/site');

export interface BuildOptions {
  /** Base path to build for, e.g. `/` or `/archive/`. */
  base: string;
  /** Folder with ready entries (`articles.json`, `pages.json`, `files.json`). */
  entries?: string;
  /** Folder of raw pages to ingest first (ignored when `entries` is given). */
  input?: string;
}

export interface BuiltSite {
  dist: string;
  /** The entries folder the site was built from (the ingest output when `input` was given). */
  entries: string;
  /** Where `ingest --json` wrote the export, when the build ingested raw pages. */
  exportFile: string | null;
  /** What `astro build` printed. */
  log: string;
}

/** Every entry the site was built from, read with the schema. */
export function builtEntries(site: BuiltSite): Entry[] {
  return EntrySchema.array().parse(JSON.parse(readFileSync(join(site.entries, ENTRIES_FILE), 'utf8')));
}

const cacheRoot = join(repoRoot, 'dist-e2e');
/** How many of the most recently used builds to keep when a new one is made. */
const KEEP = 8;

/** Builds (or reuses an identical earlier build of) the site and returns where it is. */
export async function buildSite(opts: BuildOptions): Promise<BuiltSite> {
  await mkdir(cacheRoot, { recursive: true });
  let entries = opts.entries;
  let exportFile: string | null = null;
  // The build reads page scans from the input folder, as `npm run build` does.
  let input: string | null = null;
  if (!entries) {
    input = opts.input ?? join(repoRoot, 'content/raw');
    const work = join(tmpdir(), `archive-ingest-${createHash('sha256').update(input).digest('hex').slice(0, 12)}-${process.pid}`);
    entries = join(work, 'entries');
    exportFile = join(work, 'export.json');
    await run(['node_modules/tsx/dist/cli.mjs', 'scripts/ingest.ts', '--quiet', '--input', input, '--out', entries, '--json', exportFile], {}, true);
  }
  const key = await buildKey(opts.base, entries);
  const dir = join(cacheRoot, key);
  const dist = join(dir, 'dist');
  if (existsSync(join(dir, 'done'))) {
    await utimes(join(dir, 'done'), new Date(), new Date());
    return { dist, entries, exportFile, log: await readFile(join(dir, 'build.log'), 'utf8') };
  }

  const tmp = `${dir}.tmp-${process.pid}`;
  await rm(tmp, { recursive: true, force: true });
  const log = await run(['node_modules/astro/bin/astro.mjs', 'build', '--outDir', join(tmp, 'dist')], {
    ARCHIVE_BASE: opts.base,
    ARCHIVE_ENTRIES: entries,
    ARCHIVE_CACHE_DIR: join(tmp, 'cache'),
    ...(input ? { ARCHIVE_INPUT: input } : {}),
  });
  await writeFile(join(tmp, 'build.log'), log);
  await writeFile(join(tmp, 'done'), new Date().toISOString());
  await rm(dir, { recursive: true, force: true });
  await rename(tmp, dir);
  await pruneOldBuilds();
  return { dist, entries, exportFile, log };
}

// Sources change often while people work, and every change makes a new key.
async function pruneOldBuilds(): Promise<void> {
  const builds: { name: string; used: number }[] = [];
  for (const name of await readdir(cacheRoot)) {
    const done = await stat(join(cacheRoot, name, 'done')).catch(() => null);
    if (done) builds.push({ name, used: done.mtimeMs });
  }
  builds.sort((a, b) => b.used - a.used);
  for (const b of builds.slice(KEEP)) await rm(join(cacheRoot, b.name), { recursive: true, force: true });
}

async function buildKey(base: string, entries: string): Promise<string> {
  const h = createHash('sha256');
  h.update(`base=${base}\0site=${process.env.ARCHIVE_SITE ?? ''}\0`);
  // The manifest holds the size and digest of every data file and shard the site reads.
  h.update(await readFile(join(entries, 'manifest.json')));
  // This file too: what a build keeps (its log) may change with it.
  for (const f of ['astro.config.mjs', 'package.json', 'tsconfig.json', 'tests/e2e/support/build-site.ts']) h.update(f).update(await readFile(join(repoRoot, f)));
  for (const f of await listFiles(join(repoRoot, 'src'))) h.update(f).update(await readFile(f));
  return h.digest('hex').slice(0, 16);
}

async function listFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const d of await readdir(dir, { withFileTypes: true })) {
    const p = join(dir, d.name);
    if (d.isDirectory()) out.push(...(await listFiles(p)));
    else out.push(p);
  }
  return out.sort();
}

// Vitest puts Vite's own variables (BASE_URL, MODE, NODE_ENV=test, …) into process.env;
// a child build would take them for its own and, e.g., ignore the configured base path.
/** This process's environment without Vitest's and Vite's variables, for a child build. */
export function cleanEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const k of Object.keys(env)) {
    if (/^(BASE_URL|MODE|DEV|PROD|SSR|NODE_ENV|TEST|FORCE_COLOR)$|^VITEST|^VITE_/.test(k)) delete env[k];
  }
  // Plain logs: with CI set, Astro colours its output, and a test that reads the log
  // (`[build] Complete!`, no `[WARN]`) would look for text split by escape codes.
  env.NO_COLOR = '1';
  return env;
}

// Runs a Node script with the same Node as the tests (24, via npm), in the repo root; resolves to what it printed.
function run(args: string[], env: Record<string, string>, allowExit1 = false): Promise<string> {
  return new Promise((ok, fail) => {
    const child = spawn(process.execPath, args, { cwd: repoRoot, env: { ...cleanEnv(), ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let log = '';
    child.stdout.on('data', (d) => (log += d));
    child.stderr.on('data', (d) => (log += d));
    child.on('error', fail);
    child.on('close', (code) => {
      // Ingest exits 1 when some page had a problem but still writes everything else.
      if (code === 0 || (allowExit1 && code === 1)) ok(log);
      else fail(new Error(`${args.slice(0, 2).join(' ')} exited with ${code}:\n${log.slice(-4000)}`));
    });
  });
}
