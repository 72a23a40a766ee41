// A site built in parts (npm run build:parts: each paper's year, and the shell) and merged
// must be the site one `astro build` writes, file for file, and stay so when a day is added:
// the parts whose views changed are built again, the others reused.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { runIngest } from '../src/ingest-run/run-ingest.ts';
import { writeEntries } from '../src/ingest-run/write-output.ts';
import { astroBuild } from './support/astro-build.ts';
import { cleanEnv, fixtureEntries } from './e2e/support/build-site.ts';

const SAMPLES = fileURLToPath(new URL('../content/raw/', import.meta.url));
const tsx = join(import.meta.dirname, '../node_modules/.bin/tsx');
const script = join(import.meta.dirname, '../scripts/build-parts.ts');
const dir = mkdtempSync(join(tmpdir(), 'build-parts-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
// The sitemap and the feed say when the entries were written: one moment for every build, as a deploy sets it.
const EPOCH = { SOURCE_DATE_EPOCH: '1717718400' };

/** Every file under a folder, by relative path, with a hash of its bytes, and every folder (a merge must leave none empty that a build would not have). */
function tree(root: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const d of readdirSync(root, { recursive: true, withFileTypes: true })) {
    const path = join(d.parentPath, d.name);
    out.set(path.slice(root.length), d.isFile() ? createHash('sha256').update(readFileSync(path)).digest('hex') : 'folder');
  }
  return out;
}

/** Paths whose bytes differ between two trees, or that are in one only. */
const differing = (a: Map<string, string>, b: Map<string, string>) => [...new Set([...a.keys(), ...b.keys()])].filter((f) => a.get(f) !== b.get(f));

/** `npm run build:parts` on the entries in `entries`; what it printed, and the parts it built. */
function buildParts(entries: string, out: string, work: string, ...more: string[]) {
  const r = spawnSync(tsx, [script, '--out', out, '--work', work, ...more], { encoding: 'utf8', env: { ...cleanEnv(), ...EPOCH, ARCHIVE_ENTRIES: entries } });
  expect(r.status, r.stdout + r.stderr).toBe(0);
  return { stdout: r.stdout, built: [...r.stdout.matchAll(/^ {2}(\S+): built/gm)].map((m) => m[1]).sort() };
}

/** One cold `astro build` of the entries in `entries`, into a folder of its own; its files. */
async function coldBuild(entries: string, name: string): Promise<Map<string, string>> {
  const outDir = join(dir, name);
  const r = await astroBuild({ entries, outDir, cacheDir: join(dir, `${name}-cache`) }, EPOCH);
  expect(r.code, r.stderr.slice(-2000)).toBe(0);
  return tree(outDir);
}

describe('npm run build:parts', () => {
  it('merges a paper’s two years, another paper and the shell (with a page of unknown date) into the site one build writes', { timeout: 300_000 }, async () => {
    const list = spawnSync(tsx, [script, '--list'], { encoding: 'utf8', env: { ...cleanEnv(), ARCHIVE_ENTRIES: fixtureEntries } });
    expect(JSON.parse(list.stdout)).toEqual(['shell', 'gangdao/2024', 'jiangcheng/2023', 'jiangcheng/2024']);
    const out = join(dir, 'fixture-merged');
    const work = join(dir, 'fixture-work');
    expect(buildParts(fixtureEntries, out, work).built).toEqual(['gangdao/2024', 'jiangcheng/2023', 'jiangcheng/2024', 'shell']);
    const merged = tree(out);
    // Each part's build rendered only its own views; the unfiled page's view is the shell's.
    const views = (part: string) => [...tree(join(work, part, 'dist')).keys()].filter((f) => /^\/(article|page)\//.test(f));
    expect(views('parts/jiangcheng/2023').length).toBeGreaterThan(0);
    expect(views('shell').length).toBeGreaterThan(0);
    expect(views('parts/jiangcheng/2023').filter((f) => views('parts/jiangcheng/2024').includes(f))).toEqual([]);
    const cold = await coldBuild(fixtureEntries, 'fixture-cold');
    expect([...merged.keys()].filter((f) => f.endsWith('.html')).length).toBeGreaterThan(20);
    expect(differing(merged, cold)).toEqual([]);

    // Nothing changed: nothing is built, and the site merged again is the same.
    expect(buildParts(fixtureEntries, out, work).built).toEqual([]);
    expect(differing(tree(out), cold)).toEqual([]);
  });

  it('after a day added in a new year builds that year, the year whose last issue now links to it, and the shell, and equals a cold build', { timeout: 300_000 }, async () => {
    const raw = join(dir, 'day-raw');
    cpSync(SAMPLES, raw, { recursive: true });
    const before = join(dir, 'day-entries-before');
    await writeEntries(before, await runIngest(raw, { cache: false }));
    const out = join(dir, 'day-merged');
    const work = join(dir, 'day-work');
    expect(buildParts(before, out, work).built).toEqual(['jiangcheng-daily/2024', 'qinghe-evening/2024', 'shell']);

    // The paper's next issue comes in the new year: the pages of its last issue of 2024 get a "next issue" link.
    const day = join(raw, 'qinghe-evening/2025-01-02');
    cpSync(join(raw, 'qinghe-evening/2024-06-06'), day, { recursive: true });
    const page = join(day, '01.txt');
    writeFileSync(page, readFileSync(page, 'utf8').replace('指尖经济', '指尖上的产业'));
    for (const sidecar of ['01.json', '03.json']) writeFileSync(join(day, sidecar), readFileSync(join(day, sidecar), 'utf8').replaceAll('2024-06-06', '2025-01-02'));
    const after = join(dir, 'day-entries-after');
    await writeEntries(after, await runIngest(raw, { cache: false }));

    const added = buildParts(after, out, work);
    expect(added.built).toEqual(['qinghe-evening/2024', 'qinghe-evening/2025', 'shell']);
    // The merged site was changed in place: the files of those three parts replaced, the other's left.
    expect(added.stdout).toContain('3 of 4 parts merged again');
    const merged = tree(out);
    expect([...merged.keys()].some((f) => f.includes('qinghe-evening-20250102-01'))).toBe(true);
    expect(differing(merged, await coldBuild(after, 'day-cold'))).toEqual([]);

    // A page withdrawn: its view and its items' pages leave the merged site, with their folders.
    rmSync(join(raw, 'jiangcheng-daily/2024-03-12/03.txt'));
    rmSync(join(raw, 'jiangcheng-daily/2024-03-12/03.json'));
    const withdrawn = join(dir, 'day-entries-withdrawn');
    await writeEntries(withdrawn, await runIngest(raw, { cache: false }));
    expect(buildParts(withdrawn, out, work).built).toContain('jiangcheng-daily/2024');
    const less = tree(out);
    expect([...merged.keys()].filter((f) => !less.has(f)).some((f) => f.startsWith('/page/jiangcheng-daily-20240312-03'))).toBe(true);
    expect(differing(less, await coldBuild(withdrawn, 'withdrawn-cold'))).toEqual([]);
  });
});
