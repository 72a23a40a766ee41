// The wiring, proved once with real Astro runs: with the content cache holding
// the last good entries, a site build from a cut articles.json (an ingest killed
// mid-write) or from entries with a duplicate id fails with the message, instead
// of building from the cache and exiting 0.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { astroBuild } from '../src/bench/astro-build.ts';
import { runMeasured } from '../src/bench/run-measured.ts';
import { writeEntryData } from '../src/build/write-output.ts';
import { stateBefore } from './support/entry-states.ts';

const repo = join(import.meta.dirname, '..');
const dir = mkdtempSync(join(tmpdir(), 'entries-build-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('astro build on entries that do not match their manifest', () => {
  it('fails, naming the file and what to do, though the content cache holds the last good entries', { timeout: 300_000 }, async () => {
    const entries = join(dir, 'entries');
    const cacheDir = join(dir, 'cache');
    const env = { ASTRO_TELEMETRY_DISABLED: '1', ARCHIVE_ENTRIES: entries, ARCHIVE_CACHE_DIR: cacheDir };
    await writeEntryData(entries, stateBefore());
    // `astro sync` loads the collections into the content cache, as a build would.
    const sync = await runMeasured(process.execPath, [join(repo, 'node_modules/astro/bin/astro.mjs'), 'sync'], { cwd: repo, env });
    expect(sync.code, sync.stderr).toBe(0);
    expect(existsSync(join(cacheDir, 'data-store.json'))).toBe(true);

    const file = join(entries, 'articles.json');
    writeFileSync(file, readFileSync(file).subarray(0, 2000));
    const cut = await astroBuild({ entries, outDir: join(dir, 'dist'), cacheDir });
    expect(cut.code).not.toBe(0);
    expect(cut.stdout + cut.stderr).toContain(`${file} does not match ${join(entries, 'manifest.json')}: it has 2000 bytes`);
    expect(cut.stdout + cut.stderr).toContain('Run `npm run ingest` (or `npm run build`) again');
    expect(existsSync(join(dir, 'dist'))).toBe(false);

    const state = stateBefore();
    const [a, b] = state.pages as { id: string; file: string }[];
    await writeEntryData(entries, { ...state, pages: [a!, { ...b!, id: a!.id }, ...state.pages.slice(2)] });
    const twice = await astroBuild({ entries, outDir: join(dir, 'dist'), cacheDir });
    expect(twice.code).not.toBe(0);
    expect(twice.stdout + twice.stderr).toContain(`pages.json: the id ${a!.id} is given to two records, from ${a!.file} and from ${b!.file}`);
  });
});
