import { appendFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runIngest, type IngestResult } from '../src/ingest-run/run-ingest.ts';
import { writeGeneratedArchive } from '../src/generate/write-archive.ts';

const dir = mkdtempSync(join(tmpdir(), 'parse-cache-'));
const input = join(dir, 'raw');
const cache = join(dir, 'cache');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const output = (r: IngestResult) => JSON.stringify({ pages: r.pages, entries: r.entries, messages: r.messages });

describe('parse cache', () => {
  let files = 0;
  beforeAll(() => {
    files = writeGeneratedArchive(dir, 300, 'cache').files;
  });

  it('parses every page once, then none, with the same output as parsing without a cache', async () => {
    const cold = await runIngest(input, { cache, workers: 0 });
    expect(cold.stats).toMatchObject({ files, parsed: files, fromCache: 0 });
    const warm = await runIngest(input, { cache, workers: 0 });
    expect(warm.stats).toMatchObject({ files, parsed: 0, fromCache: files });
    expect(output(warm)).toBe(output(cold));
    expect(output(await runIngest(input, { cache: false, workers: 0 }))).toBe(output(cold));
  });

  it('re-parses only the page whose bytes changed, without starting worker threads for it', async () => {
    const changed = join(input, '清禾日报', '2021-01-04', '02.txt');
    appendFileSync(changed, '\n本报讯（记者 测试）这是一段为缓存测试追加的文字。\n');
    const r = await runIngest(input, { cache });
    expect(r.stats).toEqual({ files, parsed: 1, fromCache: files - 1, workers: 0 });
    expect(output(r)).toBe(output(await runIngest(input, { cache: false, workers: 0 })));
  });

  it('re-parses the pages a changed sidecar applies to', async () => {
    writeFileSync(join(input, 'yunze-evening', 'paper.json'), JSON.stringify({ paper: '云泽晚报（新）' }));
    const r = await runIngest(input, { cache, workers: 0 });
    const paperPages = r.pages.filter((p) => p.file.startsWith('yunze-evening/')).length;
    expect(paperPages).toBeGreaterThan(0);
    expect(r.stats).toMatchObject({ parsed: paperPages, fromCache: files - paperPages });
    expect(r.pages.find((p) => p.file.startsWith('yunze-evening/'))!.paper).toBe('云泽晚报（新）');
  });
});
