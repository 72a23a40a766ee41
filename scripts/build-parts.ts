// `npm run build:parts`: builds the site from the entries in parts, each paper's year
// apart from the shell (src/site/partition.ts), and merges them into one dist/ that is
// byte for byte what one `astro build` writes. A part whose digest (src/site/part-digests.ts)
// is the one stored beside its output is reused, so a day added builds that paper's year,
// any part whose views link to it, and the shell. Each part is its own `astro build`, so a
// build's memory holds one part's routes, and parts can be built on several machines
// (--only) and merged on one. Exit codes: 0 built and merged; 1 a part's build or the
// merge failed; 2 bad usage.
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runMeasured } from '../src/bench/run-measured.ts';
import { readArchive } from '../src/site/archive.ts';
import { astroBuildCommand } from '../src/site/astro-build.ts';
import { checkDist } from '../src/site/check-dist.ts';
import { checkAllFiles, EntriesError, readIndex, readManifest } from '../src/site/entries-check.ts';
import { hostReport } from '../src/site/host-integration.ts';
import { hostNamed, type HostId } from '../src/site/hosts.ts';
import { assetsDiffer, updateSite, type PartOutput } from '../src/site/merge-parts.ts';
import { codeVersion, partDigests } from '../src/site/part-digests.ts';
import { SHELL } from '../src/site/partition.ts';
import { inputDir } from '../src/site/paths.ts';
import { entriesDir } from '../src/schema/archive-files.ts';
import type { PageSummary, EntrySummary } from '../src/schema/summary.ts';
import { readArgs } from './read-args.ts';

const usage = `Usage: npm run build:parts -- [--out dist] [--work .cache/site-parts] [--jobs 1] [--only <parts>] [--list]

  Builds the site from the entries (ARCHIVE_ENTRIES, as astro build) one part at a time, each
  paper's year and the shell (lists, feed, sitemaps, search index, data export), and merges them
  into --out. A part whose digest is unchanged since it was last built is reused.
  --out <dir>     the merged site (default dist)
  --work <dir>    where each part's output, Astro cache and digest are kept (default .cache/site-parts)
  --jobs <n>      parts built at once (default 1; each is an astro build of its own)
  --only <parts>  build only these parts (comma-separated names from --list), and do not merge:
                  for building parts on several machines; a run without --only then merges
  --list          print the names of the parts as a JSON array, and build nothing`;

const args = readArgs('build:parts', usage, {
  out: { type: 'string', default: 'dist' },
  work: { type: 'string', default: '.cache/site-parts' },
  jobs: { type: 'string', default: '1' },
  only: { type: 'string' },
  list: { type: 'boolean', default: false },
});
const jobs = Number(args.jobs);
const host = process.env.ARCHIVE_HOST;
const named = host ? hostNamed(host) : null;
if (!Number.isInteger(jobs) || jobs < 1 || (named && 'error' in named)) {
  console.error(`build:parts: ${named && 'error' in named ? named.error : '--jobs must be a whole number from 1.'}\n\n${usage}`);
  process.exit(2);
}

const root = fileURLToPath(new URL('..', import.meta.url));
const [out, work, entries] = [resolve(args.out), resolve(args.work), resolve(entriesDir)];
const started = performance.now();
const seconds = () => ((performance.now() - started) / 1000).toFixed(1);

try {
  const { manifest, text } = await readManifest(entries);
  // Once for every part: a part's build checks only the files it reads.
  await checkAllFiles(entries, manifest);
  // Not kept: the summaries of a million items would hold memory the parts' builds need.
  const digests = partDigests(await readArchive(entries, manifest), codeVersion(root), text);
  if (args.list) {
    console.log(JSON.stringify([...digests.keys()]));
    process.exit(0);
  }
  console.log(`build:parts: entries checked and every view's digest taken in ${seconds()} s`);
  const only = args.only?.split(',').filter(Boolean);
  const unknown = only?.filter((p) => !digests.has(p)) ?? [];
  if (unknown.length > 0) {
    console.error(`build:parts: ${unknown.join(', ')} ${unknown.length === 1 ? 'is' : 'are'} not a part of this archive; its parts are ${[...digests.keys()].join(', ')} (--list prints them).`);
    process.exit(2);
  }
  linkPackages();
  const stale = [...digests].filter(([part, digest]) => (!only || only.includes(part)) && storedDigest(part) !== digest);
  console.log(`build:parts: ${digests.size} parts, ${stale.length} to build (${digests.size - stale.length} unchanged), ${jobs} at a time`);
  const failed = await buildAll(stale, jobs);
  if (failed.length > 0) {
    console.error(`build:parts: ${failed.length} ${failed.length === 1 ? 'part' : 'parts'} failed: ${failed.join(', ')}; each part's log is ${relative(process.cwd(), partDir('<part>'))}/build.log. The merged site was not changed.`);
    process.exit(1);
  }
  if (only) {
    console.log(`build:parts: built ${stale.length} of the parts asked for in ${seconds()} s; a run without --only merges them.`);
    process.exit(0);
  }
  const missing = [...digests].filter(([part, digest]) => storedDigest(part) !== digest).map(([part]) => part);
  if (missing.length > 0) throw new EntriesError(`these parts are not built from the current entries: ${missing.join(', ')}. Build them again.`);
  const merging = performance.now();
  const files = merge(digests);
  const checking = performance.now();
  const views = checkDist(out, (await readIndex(entries, 'entry-index.ndjson', manifest)) as EntrySummary[], (await readIndex(entries, 'page-index.ndjson', manifest)) as PageSummary[], { contents: false });
  if (views.length > 0) {
    throw new EntriesError(
      `the merged site does not hold the views of the entries (${views.length} ${views.length === 1 ? 'problem' : 'problems'}):\n  ${views.slice(0, 20).join('\n  ')}\n` +
        `  Delete ${relative(process.cwd(), work)} and build again; if this stays, report it with these lines.`,
    );
  }
  const took = (from: number, to = performance.now()) => ((to - from) / 1000).toFixed(1);
  console.log(`build:parts: ${files} in ${relative(process.cwd(), out) || '.'} in ${took(merging, checking)} s, every view there (${took(checking)} s); ${seconds()} s in all`);
  if (host) {
    const { misfit, fits } = await hostReport(out, entries, host as HostId);
    console.log(misfit ? `[WARN] [archive-host-check] ${misfit}` : `[archive-host-check] ${fits}`);
  }
} catch (e) {
  if (!(e instanceof EntriesError)) throw e;
  console.error(`build:parts: ${e.message}`);
  process.exit(1);
}

/** Where a part's output (`dist/`), Astro cache (`cache/`), digest and log are kept. */
function partDir(part: string): string {
  return part === SHELL ? join(work, SHELL) : join(work, 'parts', part);
}

function storedDigest(part: string): string | null {
  const file = join(partDir(part), 'digest');
  return existsSync(file) && existsSync(join(partDir(part), 'dist')) ? readFileSync(file, 'utf8') : null;
}

/**
 * Astro imports the chunks it prerenders with from a folder inside the output (buildPart runs each
 * build in its part's folder), and they import the project's packages: outside the project, the
 * work folder gets a link to them.
 */
function linkPackages(): void {
  const link = join(work, 'node_modules');
  mkdirSync(work, { recursive: true });
  if (!relative(root, work).startsWith('..') || existsSync(link)) return;
  symlinkSync(join(root, 'node_modules'), link);
}

/** Builds the parts, `jobs` at a time; the names of those that failed. */
async function buildAll(parts: [string, string][], jobs: number): Promise<string[]> {
  const queue = [...parts];
  const failed: string[] = [];
  const worker = async () => {
    for (let next = queue.shift(); next; next = queue.shift()) if (!(await buildPart(...next))) failed.push(next[0]);
  };
  await Promise.all(Array.from({ length: Math.min(jobs, parts.length) }, worker));
  return failed.sort();
}

/**
 * One part's `astro build`, into a new folder that replaces its output only once it succeeded (the
 * merged site links to the old files), with its digest written last. Run in the part's folder so
 * that Astro's temporary prerender folder, which it puts in the working folder when the output is
 * outside it, is the part's own when several build at once.
 */
async function buildPart(part: string, digest: string): Promise<boolean> {
  const dir = partDir(part);
  const fresh = join(dir, 'dist.new');
  rmSync(join(dir, 'digest'), { force: true });
  rmSync(fresh, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const { command, args: argv, env } = astroBuildCommand(
    { entries, outDir: fresh, cacheDir: join(dir, 'cache') },
    // Absolute, as the build runs in the part's folder.
    { ARCHIVE_PART: part, ARCHIVE_INPUT: resolve(inputDir) },
  );
  const run = await runMeasured(command, [...argv, '--root', root], { cwd: dir, env });
  writeFileSync(join(dir, 'build.log'), run.stdout + run.stderr);
  const ok = run.code === 0;
  if (ok) {
    // The output merged last is kept (as dist.old) until the next merge has replaced its files.
    const [dist, merged] = [join(dir, 'dist'), join(dir, 'dist.old')];
    if (!existsSync(merged) && existsSync(dist)) renameSync(dist, merged);
    rmSync(dist, { recursive: true, force: true });
    renameSync(fresh, dist);
    writeFileSync(join(dir, 'digest'), digest);
  }
  const figures = `${run.seconds.toFixed(1)} s (CPU ${run.cpuSeconds.toFixed(1)} s, peak ${(run.peakRss / 1e6).toFixed(0)} MB)`;
  console.log(`  ${part}: ${ok ? 'built' : `FAILED (exit ${run.code})`} in ${figures}`);
  return ok;
}

/** The record of what the merged site holds: the folder, and the digest of each part merged into it. */
function mergedRecord(): string {
  return join(work, 'merged.json');
}

/**
 * Merges the parts into `out`. When `out` holds a merge recorded by this work folder, only the
 * parts whose digest changed since replace their files in it; otherwise the shell's output and
 * every paper's year's views are linked into a new folder, which then replaces `out`. What it did.
 */
function merge(digests: ReadonlyMap<string, string>): string {
  const output = (part: string, name = 'dist'): PartOutput => ({ dist: join(partDir(part), name), shell: part === SHELL });
  const shell = join(partDir(SHELL), 'dist');
  for (const part of [...digests.keys()].filter((p) => p !== SHELL)) {
    const differ = assetsDiffer(shell, output(part).dist);
    if (differ.length > 0) {
      throw new EntriesError(
        `the part ${part} was built with other styles or scripts than the shell (_astro/${differ[0]}${differ.length > 1 ? ` and ${differ.length - 1} more` : ''}), so its pages would link to files the site does not hold. Delete ${relative(process.cwd(), work)} and build again.`,
      );
    }
  }
  const record = existsSync(mergedRecord()) ? (JSON.parse(readFileSync(mergedRecord(), 'utf8')) as { out: string; parts: Record<string, string> }) : null;
  const changed = [...digests].filter(([part, digest]) => record?.parts[part] !== digest).map(([part]) => part);
  const gone = Object.keys(record?.parts ?? {}).filter((p) => !digests.has(p));
  // What a changed part put in the site is its previous output, kept as dist.old when it was rebuilt.
  const previous = [...changed.filter((p) => record?.parts[p]), ...gone].map((p) => (existsSync(join(partDir(p), 'dist.old')) ? output(p, 'dist.old') : output(p)));
  const inPlace = record?.out === out && existsSync(out) && changed.every((p) => !record.parts[p] || existsSync(join(partDir(p), 'dist.old')));
  // Gone while the site is changed: a merge stopped half-way leaves no record, and the next one starts anew.
  rmSync(mergedRecord(), { force: true });
  let placed: number;
  if (inPlace) {
    placed = updateSite(out, changed.map((p) => output(p)), previous);
  } else {
    const next = `${out}.merging`;
    rmSync(next, { recursive: true, force: true });
    placed = updateSite(next, [...digests.keys()].map((p) => output(p)), []);
    rmSync(out, { recursive: true, force: true });
    renameSync(next, out);
  }
  writeFileSync(mergedRecord(), JSON.stringify({ out, parts: Object.fromEntries(digests) }));
  for (const part of digests.keys()) rmSync(join(partDir(part), 'dist.old'), { recursive: true, force: true });
  for (const part of gone) rmSync(partDir(part), { recursive: true, force: true });
  return inPlace
    ? `${changed.length} of ${digests.size} parts merged again (${changed.join(', ') || 'none'}): ${placed} files placed`
    : `${digests.size} parts merged: ${placed} files`;
}
