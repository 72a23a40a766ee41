// The wiring, proved once with real Astro runs: after a good build (its cache
// holding the last good site), a site build from a cut summary file or shard (an
// ingest killed mid-write, or a file changed since) or from entries with a
// duplicate id fails with the message, instead of building and exiting 0.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { astroBuild } from './support/astro-build.ts';
import { writeEntryData } from '../src/ingest-run/write-output.ts';
import { stateBefore } from './support/entry-states.ts';

const dir = mkdtempSync(join(tmpdir(), 'entries-build-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('astro build on entries that do not match their manifest', () => {
  it('fails, naming the file and what to do, though an earlier build of good entries left its cache', { timeout: 300_000 }, async () => {
    const entries = join(dir, 'entries');
    const cacheDir = join(dir, 'cache');
    await writeEntryData(entries, stateBefore());
    const good = await astroBuild({ entries, outDir: join(dir, 'good'), cacheDir });
    expect(good.code, good.stderr).toBe(0);

    for (const name of ['entry-index.ndjson', 'shards/jiangcheng/2024-03.json']) {
      await writeEntryData(entries, stateBefore());
      const file = join(entries, name);
      writeFileSync(file, readFileSync(file).subarray(0, 2000));
      const cut = await astroBuild({ entries, outDir: join(dir, 'dist'), cacheDir });
      expect(cut.code, name).not.toBe(0);
      expect(cut.stdout + cut.stderr).toContain(`${file} does not match ${join(entries, 'manifest.json')}: it has 2000 bytes`);
      expect(cut.stdout + cut.stderr).toContain('Run `npm run ingest` (or `npm run build`) again');
      expect(existsSync(join(dir, 'dist')), name).toBe(false);
    }

    const state = stateBefore();
    const [a, b] = state.pages as { id: string; file: string }[];
    await writeEntryData(entries, { ...state, pages: [a!, { ...b!, id: a!.id }, ...state.pages.slice(2)] });
    const twice = await astroBuild({ entries, outDir: join(dir, 'dist'), cacheDir });
    expect(twice.code).not.toBe(0);
    expect(twice.stdout + twice.stderr).toContain(`page-index.ndjson: the id ${a!.id} is given to two records, from ${a!.file} and from ${b!.file}`);
  });
});
