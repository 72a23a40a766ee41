import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it, onTestFinished, vi } from 'vitest';
import { runIngest, type IngestResult } from '../src/ingest-run/run-ingest.ts';
import { writeEntries } from '../src/ingest-run/write-output.ts';
import { generateArchive } from '../src/generate/archive.ts';
import { writeGeneratedArchive } from '../src/generate/write-archive.ts';
import { astroBuild } from './support/astro-build.ts';

const SAMPLES = fileURLToPath(new URL('../content/raw/', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'determinism-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Every file under a folder, by relative path, with a hash of its bytes. */
function tree(root: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const name of readdirSync(root, { recursive: true, withFileTypes: true })) {
    if (!name.isFile()) continue;
    const path = join(name.parentPath, name.name);
    out.set(path.slice(root.length), createHash('sha256').update(readFileSync(path)).digest('hex'));
  }
  return out;
}

const tsx = join(import.meta.dirname, '../node_modules/.bin/tsx');
const cli = join(import.meta.dirname, '../scripts/ingest.ts');

/** Paths whose bytes differ between two trees, or that are in one only. */
const differing = (a: Map<string, string>, b: Map<string, string>) => [...new Set([...a.keys(), ...b.keys()])].filter((f) => a.get(f) !== b.get(f));

const idsByFile = (r: IngestResult) => new Map(r.pages.map((p) => [p.file, r.entries.filter((e) => e.pageId === p.id).map((e) => e.id)]));

describe('determinism', () => {
  it('two ingests of the sample pages write byte-identical entries', async () => {
    for (const run of ['a', 'b'] as const) {
      // The second run reads the cache the first one wrote: cached and fresh pages must not differ.
      await writeEntries(join(dir, `entries-${run}`), await runIngest(SAMPLES, { cache: join(dir, 'cache') }));
    }
    const a = tree(join(dir, 'entries-a'));
    const keys = [...a.keys()];
    expect(keys.filter((k) => !k.startsWith('/shards/')).sort()).toEqual(['/articles.json', '/entry-index.ndjson', '/files.json', '/manifest.json', '/page-index.ndjson', '/pages.json']);
    expect(keys.filter((k) => k.startsWith('/shards/')).length).toBeGreaterThan(1);
    expect(tree(join(dir, 'entries-b'))).toEqual(a);
  });

  it('keeps entry ids when unrelated pages are added or removed', async () => {
    const base = join(dir, 'ids');
    writeGeneratedArchive(base, 400, 'ids');
    const input = join(base, 'raw');
    const before = idsByFile(await runIngest(input, { cache: false }));

    // Remove two pages (one of them the page a front-page article continues on), add pages of a
    // later day and of a paper whose folder sorts first, so every remaining page moves in the file order.
    const files = [...before.keys()];
    const removed = [files[3]!, files.find((f) => /\/0[2-8]\.txt$/.test(f) && f !== files[3])!];
    for (const f of removed) rmSync(join(input, f));
    const later = [...generateArchive(900, 'ids')].slice(files.length + 5, files.length + 8);
    for (const p of [...later, { ...later[0]!, file: `0-first-paper/2020-12-31/01.txt` }]) {
      mkdirSync(dirname(join(input, p.file)), { recursive: true });
      writeFileSync(join(input, p.file), p.bytes);
    }
    const after = idsByFile(await runIngest(input, { cache: false }));

    expect(after.size).toBe(before.size - removed.length + later.length + 1);
    let compared = 0;
    for (const [file, ids] of before) {
      if (removed.includes(file)) continue;
      expect(after.get(file), file).toEqual(ids);
      compared += ids.length;
    }
    expect(compared).toBeGreaterThan(300);
    const allIds = [...after.values()].flat();
    expect(new Set(allIds).size).toBe(allIds.length);
  });

  it('two site builds of the sample pages give byte-identical dist folders', { timeout: 600_000 }, async () => {
    const entries = join(dir, 'site-entries');
    await writeEntries(entries, await runIngest(SAMPLES, { cache: false }));
    const outDir = join(dir, 'dist');
    const trees: Map<string, string>[] = [];
    for (const run of ['a', 'b']) {
      // Each build starts cold, with its own content cache, into the same folder.
      rmSync(outDir, { recursive: true, force: true });
      const r = await astroBuild({ entries, outDir, cacheDir: join(dir, `astro-cache-${run}`) });
      expect(r.code, r.stderr.slice(-2000)).toBe(0);
      trees.push(tree(outDir));
    }
    const [a, b] = trees as [Map<string, string>, Map<string, string>];
    expect([...a.keys()].some((f) => f.endsWith('.html'))).toBe(true);
    expect(differing(a, b)).toEqual([]);
  });

  it('an incremental site build after one page changed equals a cold build, and reuses the pages that did not change', { timeout: 600_000 }, async () => {
    // The sample pages with one title reworded: its article, its page, its neighbours'
    // links and its reporters' pages change; most of the site does not.
    const raw = join(dir, 'raw-changed');
    cpSync(SAMPLES, raw, { recursive: true });
    const changed = join(raw, 'qinghe-evening/2024-06-05/02.txt');
    const text = readFileSync(changed, 'utf8');
    expect(text).toContain('进入收获期');
    writeFileSync(changed, text.replace('进入收获期', '开镰收割'));
    const [before, after] = [join(dir, 'inc-entries-a'), join(dir, 'inc-entries-b')];
    await writeEntries(before, await runIngest(SAMPLES, { cache: false }));
    await writeEntries(after, await runIngest(raw, { cache: false }));

    const outDir = join(dir, 'inc-dist');
    const cacheDir = join(dir, 'inc-cache');
    const first = await astroBuild({ entries: before, outDir, cacheDir });
    expect(first.code, first.stderr.slice(-2000)).toBe(0);
    const second = await astroBuild({ entries: after, outDir, cacheDir });
    expect(second.code, second.stderr.slice(-2000)).toBe(0);
    const incremental = tree(outDir);
    const reused = second.stdout.split('\n').filter((l) => /\((cached|restored)\)/.test(l));

    rmSync(outDir, { recursive: true, force: true });
    const cold = await astroBuild({ entries: after, outDir, cacheDir: join(dir, 'inc-cold-cache') });
    expect(cold.code, cold.stderr.slice(-2000)).toBe(0);
    const fresh = tree(outDir);
    expect(differing(incremental, fresh)).toEqual([]);
    // Most article pages came from the cache, the changed one did not.
    expect(reused.filter((l) => l.includes('article/')).length).toBeGreaterThan(20);
    expect(reused.some((l) => l.includes('qinghe-evening-20240605-02-01'))).toBe(false);
  });

  it('a day added (a paper’s new issue, ingested with the parse cache, the site built again) gives the entries and the site of a cold run on the whole', { timeout: 600_000 }, async () => {
    // The sitemap says when the entries were written: the same moment for both, as a deploy sets it.
    vi.stubEnv('SOURCE_DATE_EPOCH', '1717718400');
    onTestFinished(() => void vi.unstubAllEnvs());
    const raw = join(dir, 'day-raw');
    cpSync(SAMPLES, raw, { recursive: true });
    const [entries, outDir, parseCache, astroCache] = ['day-entries', 'day-dist', 'day-parse-cache', 'day-astro-cache'].map((d) => join(dir, d)) as [string, string, string, string];
    // The CLI, as a daily update runs it: the pages already read come from the parse cache.
    const ingest = () => spawnSync(tsx, [cli, '--input', raw, '--out', entries, '--quiet'], { encoding: 'utf8', env: { ...process.env, ARCHIVE_PARSE_CACHE: parseCache } });
    const first = ingest();
    expect(first.status, first.stderr).toBe(0);
    const before = await astroBuild({ entries, outDir, cacheDir: astroCache });
    expect(before.code, before.stderr.slice(-2000)).toBe(0);

    // The next evening's issue of one paper: its pages, one headline reworded so it is no copy of the day before.
    const day = join(raw, 'qinghe-evening/2024-06-07');
    cpSync(join(raw, 'qinghe-evening/2024-06-06'), day, { recursive: true });
    const page = join(day, '01.txt');
    writeFileSync(page, readFileSync(page, 'utf8').replace('指尖经济', '指尖上的产业'));
    const sidecar = join(day, '01.json');
    writeFileSync(sidecar, readFileSync(sidecar, 'utf8').replace('2024-06-06', '2024-06-07'));
    const added = ingest();
    expect(added.status, added.stderr).toBe(0);
    expect(added.stdout).toContain('3 pages parsed, 12 unchanged pages taken from the parse cache');
    const again = await astroBuild({ entries, outDir, cacheDir: astroCache });
    expect(again.code, again.stderr.slice(-2000)).toBe(0);
    const [warmEntries, warmDist] = [tree(entries), tree(outDir)];
    expect([...warmDist.keys()].some((f) => f.includes('qinghe-evening-20240607-01'))).toBe(true);

    // Cold: every page parsed again, the site built with no cache, from an entries folder of its own.
    const coldEntries = join(dir, 'day-cold-entries');
    await writeEntries(coldEntries, await runIngest(raw, { cache: false }));
    expect(differing(tree(coldEntries), warmEntries)).toEqual([]);
    rmSync(outDir, { recursive: true, force: true });
    const cold = await astroBuild({ entries: coldEntries, outDir, cacheDir: join(dir, 'day-cold-astro-cache') });
    expect(cold.code, cold.stderr.slice(-2000)).toBe(0);
    expect(differing(tree(outDir), warmDist)).toEqual([]);
  });
});
