// Search benchmark: builds the index for generated archives (default 10k and
// 50k articles of ~1,800 characters) and prints index size on disk, build time
// and peak memory, bytes fetched by cold and warm queries, and query times in
// Chromium. Usage: npm run bench:search [-- --sizes 10000,50000 --queries 40]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';
import type { Entry } from '../src/schema/entry.ts';
import { measureInBrowser, type QueryRun } from '../src/search/bench/bench-browser.ts';
import { benchQueries } from '../src/search/bench/bench-queries.ts';
import { serveGzipped } from '../src/search/bench/bench-server.ts';
import { syntheticEntries } from '../src/search/bench/synthetic-entries.ts';

const { values } = parseArgs({ options: { sizes: { type: 'string', default: '10000,50000' }, queries: { type: 'string', default: '40' }, cold: { type: 'string', default: '8' } } });
const sizes = values.sizes.split(',').map(Number);
const work = join(tmpdir(), 'search-bench');
mkdirSync(work, { recursive: true });
const repo = resolve(import.meta.dirname, '..');

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
const median = (xs: number[]) => quantile(xs, 0.5);
function quantile(xs: number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.max(0, Math.ceil(q * s.length) - 1)] ?? 0;
}

/** Bytes and file counts under a folder, by its first-level parts. */
function diskUsage(dir: string, parts = new Map<string, { bytes: number; files: number }>(), part = ''): Map<string, { bytes: number; files: number }> {
  for (const d of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, d.name);
    const key = part || (d.isDirectory() ? d.name : 'manifest and tables');
    if (d.isDirectory()) diskUsage(p, parts, key);
    else {
      const u = parts.get(key) ?? { bytes: 0, files: 0 };
      u.bytes += statSync(p).size;
      u.files++;
      parts.set(key, u);
    }
  }
  return parts;
}

for (const n of sizes) {
  console.log(`\n== ${n.toLocaleString('en')} articles ==`);
  const entriesFile = join(work, `entries-${n}.json`);
  let entries: Entry[];
  if (existsSync(entriesFile)) entries = JSON.parse(readFileSync(entriesFile, 'utf8')) as Entry[];
  else {
    entries = syntheticEntries({ count: n });
    writeFileSync(entriesFile, JSON.stringify(entries));
  }
  const chars = entries.reduce((s, e) => s + [e.title, e.subtitle, ...e.paragraphs, e.caption].join('').length, 0);
  console.log(`archive: ${entries.filter((e) => e.lang === 'zh-Hant').length} of them Traditional, ${Math.round(chars / n)} characters an article on average`);

  const site = join(work, `site-${n}`);
  rmSync(site, { recursive: true, force: true });
  const started = performance.now();
  const child = spawnSync(process.execPath, ['--import', 'tsx', 'src/search/build/cli.ts', '--entries', entriesFile, '--out', site], { cwd: repo, encoding: 'utf8', maxBuffer: 1 << 24 });
  if (child.status !== 0) throw new Error(`index build failed:\n${child.stderr}`);
  const wall = (performance.now() - started) / 1000;
  const report = JSON.parse(child.stdout.trim().split('\n').pop()!) as { totalSeconds: number; peakMB: number; files: number; bytes: number };
  console.log(child.stderr.trim().split('\n').map((l) => `  ${l}`).join('\n'));
  console.log(`index build: ${wall.toFixed(1)} s wall (${report.totalSeconds.toFixed(1)} s in the builder, reading entries included), peak memory ${report.peakMB.toFixed(0)} MB`);
  const usage = diskUsage(join(site, 'search-index'));
  const total = [...usage.values()].reduce((s, u) => s + u.bytes, 0);
  console.log(`index on disk: ${mb(total)} in ${report.files.toLocaleString('en')} files`);
  for (const [part, u] of [...usage].sort((a, b) => b[1].bytes - a[1].bytes)) console.log(`  ${part.padEnd(22)} ${mb(u.bytes).padStart(10)} ${u.files.toLocaleString('en').padStart(8)} files`);

  const benchDir = join(site, 'bench');
  const bundle = await build({ entryPoints: [join(repo, 'src/search/bench/bench-page.ts')], bundle: true, splitting: true, format: 'esm', minify: true, outdir: benchDir, write: true, metafile: true, logLevel: 'silent' });
  writeFileSync(join(benchDir, 'index.html'), '<!doctype html><meta charset="utf-8"><title>search bench</title><script type="module" src="./bench-page.js"></script>');
  const js = Object.entries(bundle.metafile.outputs).map(([f, o]) => `${f.split('/').pop()} ${kb(o.bytes)}`);
  console.log(`code (minified): ${js.join(', ')}`);

  const queries = benchQueries(entries, Number(values.queries));
  entries = [];
  const server = await serveGzipped(site);
  const figures = await measureInBrowser(`${server.origin}/bench/index.html`, queries, Number(values.cold));
  await server.close();

  const line = (label: string, runs: QueryRun[], key: 'bytes' | 'ms', fmt: (x: number) => string) =>
    console.log(`${label.padEnd(28)} median ${fmt(median(runs.map((r) => r[key])))}, p95 ${fmt(quantile(runs.map((r) => r[key]), 0.95))}, max ${fmt(Math.max(...runs.map((r) => r[key])))}`);
  line('cold query, bytes (gzip)', figures.cold, 'bytes', kb);
  console.log(`${''.padEnd(28)} of which code ${kb(median(figures.cold.map((r) => r.codeBytes)))}, ${median(figures.cold.map((r) => r.requests))} requests`);
  line('warm query, bytes (gzip)', figures.warm, 'bytes', kb);
  line('cold query, time', figures.cold, 'ms', (x) => `${x.toFixed(1)} ms`);
  line('warm query, time', figures.warm, 'ms', (x) => `${x.toFixed(1)} ms`);
  console.log(`queries: ${figures.warm.length} (${['word', 'phrase', 'traditional', 'absent'].map((k) => `${figures.warm.filter((r) => r.kind === k).length} ${k}`).join(', ')})`);
  for (const r of figures.warm) console.log(`  ${r.kind.padEnd(11)} ${r.q.padEnd(8, '　')} ${String(r.found).padStart(6)} found ${kb(r.bytes).padStart(10)} ${String(r.requests).padStart(3)} req ${r.ms.toFixed(1).padStart(7)} ms`);
}
