// Search benchmark: builds the index for generated archives (default 10k and
// 50k articles of ~1,800 characters) and prints index size on disk, build time
// and peak memory, bytes fetched by cold and warm queries, and query times in
// Chromium, with where the warm queries' bytes and time went.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { build } from 'esbuild';
import { describeMachine, loadNow } from '../src/bench/machine.ts';
import type { Entry } from '../src/schema/entry.ts';
import { measureInBrowser, type QueryRun } from '../src/search/bench/bench-browser.ts';
import { benchQueries } from '../src/search/bench/bench-queries.ts';
import { serveGzipped } from '../src/search/bench/bench-server.ts';
import { syntheticEntries } from '../src/generate/search-entries.ts';
import type { RequestSpan } from '../src/search/bench/bench-timeline.ts';
import { MANIFEST_FILE } from '../src/search/core/layout.ts';
import { openEntries } from '../src/search/indexer/read-entries.ts';
import { readArgs } from './read-args.ts';

// Entries of an entries folder kept for choosing queries (the folder's whole text is not held).
const SAMPLE_EVERY = 50;

const usage = `Usage: npm run bench:search -- [--sizes <n,n> | --entries <dir>] [--queries <n>] [--cold <n>] [--runs <n>] [--keep-index] [--timeline]

  --sizes <n,n>   archive sizes in articles (default 10000,50000)
  --entries <dir> measure an entries folder (what npm run ingest -- --out <dir> wrote) instead of generated
                  archives: at a million items their JSON array is longer than V8 can read as one string.
                  Queries are cut from one entry in ${SAMPLE_EVERY}.
  --queries <n>   warm queries, 2–6 characters, a fifth of them absent (default 40)
  --cold <n>      cold queries, each in a fresh browser context (default 8)
  --runs <n>      run the warm queries this many times, each in a fresh page (default 1): times on a
                  busy machine vary, so the figures are given per run and as the median of the runs
  --keep-index    measure the index a previous run built (no build figures) instead of building it
  --timeline      print every request of every warm query of the first run (kind, bytes, start, sent, end in ms)
  --http2         serve over HTTP/2 and TLS, as the common static hosts do (default HTTP/1.1: six connections at a time)

Generated archives are kept in ${join(tmpdir(), 'search-bench')} between runs (named by size and generator).`;

const values = readArgs('bench:search', usage, {
  sizes: { type: 'string', default: '10000,50000' },
  entries: { type: 'string' },
  queries: { type: 'string', default: '40' },
  cold: { type: 'string', default: '8' },
  runs: { type: 'string', default: '1' },
  'keep-index': { type: 'boolean', default: false },
  timeline: { type: 'boolean', default: false },
  http2: { type: 'boolean', default: false },
});
const sizes = values.sizes.split(',').map(Number);
const work = join(tmpdir(), 'search-bench');
mkdirSync(work, { recursive: true });
const repo = resolve(import.meta.dirname, '..');
// Generated archives are reused only while the generator is the same.
const generator = createHash('sha256')
  .update(['search-entries.ts', 'search-vocabulary.ts'].map((f) => readFileSync(join(repo, 'src/generate', f), 'utf8')).join('\0'))
  .digest('hex')
  .slice(0, 8);
console.log(describeMachine());

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
const median = (xs: number[]) => quantile(xs, 0.5);
function quantile(xs: number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.max(0, Math.ceil(q * s.length) - 1)] ?? 0;
}

/** Bytes and file counts under the index folder, by part (the build folder's first-level folders). */
function diskUsage(dir: string, parts = new Map<string, { bytes: number; files: number }>(), part = '', depth = 0): Map<string, { bytes: number; files: number }> {
  for (const d of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, d.name);
    const key = part || (d.isDirectory() && depth === 1 ? `${d.name}/` : d.isDirectory() ? '' : 'manifest and tables');
    if (d.isDirectory()) diskUsage(p, parts, key, depth + 1);
    else {
      const u = parts.get(key) ?? { bytes: 0, files: 0 };
      u.bytes += statSync(p).size;
      u.files++;
      parts.set(key, u);
    }
  }
  return parts;
}

/** An archive to measure: where its entries are, the entries queries are chosen from, and its raw text. */
interface Archive {
  label: string;
  entriesPath: string;
  entries: Entry[];
  traditional: number;
  chars: number;
  rawBytes: number;
  count: number;
}

/** A generated archive of `n` articles, made once and kept as one JSON array. */
function generated(n: number): Archive {
  const entriesFile = join(work, `entries-${n}-${generator}.json`);
  let entries: Entry[];
  if (existsSync(entriesFile)) entries = JSON.parse(readFileSync(entriesFile, 'utf8')) as Entry[];
  else {
    entries = syntheticEntries({ count: n });
    writeFileSync(entriesFile, JSON.stringify(entries));
  }
  const a: Archive = { label: String(n), entriesPath: entriesFile, entries, traditional: 0, chars: 0, rawBytes: 0, count: 0 };
  for (const e of entries) countText(a, e);
  return a;
}

/** An entries folder, read shard by shard: its text counted, one entry in `SAMPLE_EVERY` kept. */
function folder(dir: string): Archive {
  const a: Archive = { label: basename(resolve(dir)), entriesPath: dir, entries: [], traditional: 0, chars: 0, rawBytes: 0, count: 0 };
  openEntries(dir).scan((e) => {
    if (a.count % SAMPLE_EVERY === 0) a.entries.push(e);
    countText(a, e);
  });
  return a;
}

function countText(a: Archive, e: Entry): void {
  const t = [e.title, e.subtitle, ...e.paragraphs, e.caption].join('');
  a.count++;
  a.chars += t.length;
  a.rawBytes += Buffer.byteLength(t);
  if (e.lang === 'zh-Hant') a.traditional++;
}

for (const next of values.entries ? [() => folder(values.entries!)] : sizes.map((n) => () => generated(n))) {
  const archive = next();
  const { label, entriesPath, rawBytes, count: n } = archive;
  console.log(`\n== ${n.toLocaleString('en')} articles${values.entries ? ` (${entriesPath})` : ''} ==`);
  console.log(`archive: ${archive.traditional} of them Traditional, ${Math.round(archive.chars / n)} characters an article on average, raw text ${mb(rawBytes)} (UTF-8)`);

  const site = join(work, `site-${label}`);
  const manifestFile = join(site, 'search-index', MANIFEST_FILE);
  if (values['keep-index'] && existsSync(manifestFile)) console.log(`index build: skipped, measuring the index built ${statSync(manifestFile).mtime.toISOString()} (--keep-index)`);
  else buildIndex(entriesPath, site);
  const usage = diskUsage(join(site, 'search-index'));
  const total = [...usage.values()].reduce((s, u) => s + u.bytes, 0);
  console.log(`index on disk: ${mb(total)} in ${[...usage.values()].reduce((s, u) => s + u.files, 0).toLocaleString('en')} files, ${(total / rawBytes).toFixed(2)} × the raw text`);
  for (const [part, u] of [...usage].sort((a, b) => b[1].bytes - a[1].bytes)) console.log(`  ${part.padEnd(22)} ${mb(u.bytes).padStart(10)} ${u.files.toLocaleString('en').padStart(8)} files`);

  const benchDir = join(site, 'bench');
  const bundle = await build({ entryPoints: [join(repo, 'src/search/bench/bench-page.ts')], bundle: true, splitting: true, format: 'esm', minify: true, outdir: benchDir, write: true, metafile: true, logLevel: 'silent' });
  writeFileSync(join(benchDir, 'index.html'), '<!doctype html><meta charset="utf-8"><title>search bench</title><script type="module" src="./bench-page.js"></script>');
  const js = Object.entries(bundle.metafile.outputs).map(([f, o]) => `${f.split('/').pop()} ${kb(o.bytes)}`);
  console.log(`code (minified): ${js.join(', ')}`);

  const queries = benchQueries(archive.entries, Number(values.queries));
  // The browser runs are measured without the entries held.
  archive.entries = [];
  const server = await serveGzipped(site, values.http2);
  console.log(`load average ${loadNow()} before the browser runs`);
  const figures = await measureInBrowser(`${server.origin}/bench/index.html`, queries, Number(values.cold), Number(values.runs));
  await server.close();
  console.log(`load average ${loadNow()} after them`);

  const line = (label: string, runs: QueryRun[], key: 'bytes' | 'ms', fmt: (x: number) => string) =>
    console.log(`${label.padEnd(28)} median ${fmt(median(runs.map((r) => r[key])))}, p95 ${fmt(quantile(runs.map((r) => r[key]), 0.95))}, max ${fmt(Math.max(...runs.map((r) => r[key])))}`);
  const ms = (x: number) => `${x.toFixed(1)} ms`;
  const [first] = figures.warm;
  line('cold query, bytes (gzip)', figures.cold, 'bytes', kb);
  console.log(`${''.padEnd(28)} of which code ${kb(median(figures.cold.map((r) => r.codeBytes)))}, ${median(figures.cold.map((r) => r.requests))} requests`);
  line('warm query, bytes (gzip)', first!, 'bytes', kb);
  line('cold query, time', figures.cold, 'ms', ms);
  figures.warm.forEach((runs, k) => line(`warm query, time, run ${k + 1}`, runs, 'ms', ms));
  if (figures.warm.length > 1) {
    const of = (q: number) => median(figures.warm.map((runs) => quantile(runs.map((r) => r.ms), q)));
    console.log(`${'warm query, time, all runs'.padEnd(28)} median ${ms(of(0.5))}, p95 ${ms(of(0.95))} (medians of the ${figures.warm.length} runs' figures)`);
  }
  console.log(`queries: ${first!.length} (${['word', 'phrase', 'traditional', 'absent'].map((k) => `${first!.filter((r) => r.kind === k).length} ${k}`).join(', ')})`);
  printWhereItWent(first!);
  first!.forEach((r, i) => {
    const t = median(figures.warm.map((runs) => runs[i]!.ms));
    console.log(`  ${r.kind.padEnd(11)} ${r.q.padEnd(8, '　')} ${String(r.found).padStart(6)} found ${kb(r.bytes).padStart(10)} ${String(r.requests).padStart(3)} req ${String(waves(r.spans)).padStart(2)} waves ${t.toFixed(1).padStart(7)} ms`);
    if (values.timeline) for (const s of r.spans) console.log(`      ${s.kind.padEnd(16)} ${kb(s.bytes).padStart(9)} ${s.start.toFixed(1).padStart(6)} ${s.sent.toFixed(1).padStart(6)} ${s.end.toFixed(1).padStart(6)} ms  ${s.path.replace(/^.*search-index\/[0-9a-f]+\//, '')}${s.range ? ` ${s.range}` : ''}`);
  });
}

/** Builds the index of an entries file or folder into a site folder in a process of its own, and prints its steps, time and memory. */
function buildIndex(entriesPath: string, site: string): void {
  rmSync(site, { recursive: true, force: true });
  const started = performance.now();
  const child = spawnSync(process.execPath, ['--import', 'tsx', 'src/search/indexer/cli.ts', '--entries', entriesPath, '--out', site], { cwd: repo, encoding: 'utf8', maxBuffer: 1 << 24 });
  if (child.status !== 0) throw new Error(`index build failed:\n${child.stderr}`);
  const wall = (performance.now() - started) / 1000;
  const report = JSON.parse(child.stdout.trim().split('\n').pop()!) as { totalSeconds: number; peakMB: number };
  console.log(child.stderr.trim().split('\n').map((l) => `  ${l}`).join('\n'));
  console.log(`index build: ${wall.toFixed(1)} s wall (${report.totalSeconds.toFixed(1)} s in the builder, reading entries included), peak memory ${report.peakMB.toFixed(0)} MB; load average ${loadNow()} after it`);
}

/** Requests, bytes and connection waits of the warm queries by part of the index. */
function printWhereItWent(runs: QueryRun[]): void {
  const parts = new Map<string, { requests: number; bytes: number; waited: number }>();
  for (const s of runs.flatMap((r) => r.spans)) {
    const p = parts.get(s.kind) ?? { requests: 0, bytes: 0, waited: 0 };
    p.requests++;
    p.bytes += s.bytes;
    p.waited += s.sent - s.start;
    parts.set(s.kind, p);
  }
  console.log(`warm queries by part (per query): requests, bytes, ms waiting for a connection`);
  for (const [kind, p] of [...parts].sort((a, b) => b[1].bytes - a[1].bytes)) {
    console.log(`  ${kind.padEnd(16)} ${(p.requests / runs.length).toFixed(1).padStart(5)} req ${kb(p.bytes / runs.length).padStart(10)} ${(p.waited / p.requests).toFixed(1).padStart(6)} ms waiting each`);
  }
}

/** The longest chain of requests each asked for after the one before it was answered: the round trips a query waited for. */
function waves(spans: RequestSpan[]): number {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const chain = sorted.map(() => 1);
  sorted.forEach((b, j) => sorted.slice(0, j).forEach((a, i) => {
    if (a.end <= b.start) chain[j] = Math.max(chain[j]!, chain[i]! + 1);
  }));
  return Math.max(0, ...chain);
}
