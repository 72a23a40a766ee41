import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runIngest } from '../src/ingest-run/run-ingest.ts';
import { createParsePool } from '../src/ingest-run/parse-pool.ts';
import { generateArchive } from '../src/generate/archive.ts';
import { writeGeneratedArchive } from '../src/generate/write-archive.ts';
import { parsePage } from '../src/ingest/index.ts';
import { lighten } from '../src/ingest-run/light-copy.ts';

const dir = mkdtempSync(join(tmpdir(), 'parse-pool-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('parallel parsing', () => {
  it('gives each page the result the parser gives it in this thread, whatever order workers finish in', async () => {
    const pages = [...generateArchive(150, 'pool')].map((p) => ({ file: p.file, bytes: p.bytes, sidecar: null }));
    const pool = createParsePool(2);
    try {
      const results = await Promise.all(pages.map((p) => pool.parse(p)));
      results.forEach(({ json }, i) => expect(json).toBe(JSON.stringify(parsePage(pages[i]!))));
      // The worker's light copy, made from the page it parsed, is the one a page from the
      // parse cache gets from the JSON (run-ingest.ts keeps one or the other).
      results.forEach(({ json, light }) => expect(light).toBe(JSON.stringify(lighten(JSON.parse(json), false))));
    } finally {
      await pool.close();
    }
  });

  it('ingests an archive to the same pages, entries and messages with 0, 1 or 2 workers', async () => {
    writeGeneratedArchive(dir, 600, 'pool');
    const input = join(dir, 'raw');
    const runs = await Promise.all([0, 1, 2].map((workers) => runIngest(input, { workers, cache: false })));
    expect(runs.map((r) => r.stats.workers)).toEqual([0, 1, 2]);
    const [one, ...others] = runs.map(({ pages, entries, messages }) => JSON.stringify({ pages, entries, messages }));
    expect(one!.length).toBeGreaterThan(100_000);
    for (const o of others) expect(o).toBe(one);
  });
});
