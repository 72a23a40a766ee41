// The site's data export at scale: one gzip-compressed NDJSON file per paper and
// year, with an index; together the parts hold exactly the entries.
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { writeEntryData } from '../../src/ingest-run/write-output.ts';
import type { Entry } from '../../src/schema/entry.ts';
import type { Manifest } from '../../src/schema/manifest.ts';
import { planExportParts } from '../../src/site/export-parts.ts';
import { writeDataExport, type ExportIndex } from '../../src/site/write-export.ts';
import { stateBefore } from '../support/entry-states.ts';

const root = mkdtempSync(join(tmpdir(), 'data-export-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

async function exported(perPart?: number): Promise<{ dist: string; index: ExportIndex; articles: Entry[] }> {
  const state = stateBefore();
  const dir = mkdtempSync(join(root, 'e-'));
  await writeEntryData(join(dir, 'entries'), state);
  const dist = join(dir, 'dist');
  const index = await writeDataExport(join(dir, 'entries'), dist, '/archive/', perPart);
  return { dist, index, articles: state.articles as Entry[] };
}

const lines = (dist: string, url: string) => gunzipSync(readFileSync(join(dist, url.replace(/^\/archive\//, '')))).toString('utf8').split('\n').slice(0, -1);

describe('data export', () => {
  it('splits the entries by paper and year into gzip NDJSON parts that together hold exactly the entries', async () => {
    const { dist, index, articles } = await exported();
    const papers = new Set(articles.map((e) => e.paperId));
    expect(index.parts.length).toBeGreaterThan(1);
    const seen: Entry[] = [];
    for (const part of index.parts) {
      const records = lines(dist, part.url).map((l) => JSON.parse(l) as Entry);
      expect(records.length, part.url).toBe(part.items);
      for (const e of records) {
        expect(e.paperId, part.url).toBe(part.paperId);
        expect(e.date?.slice(0, 4) ?? null, part.url).toBe(part.year === null ? null : String(part.year));
        if (part.paperId !== null) expect(e.paper, part.url).toBe(part.paper);
      }
      seen.push(...records);
    }
    expect(new Set(index.parts.map((p) => p.paperId))).toEqual(papers);
    expect(seen).toHaveLength(articles.length);
    expect(index.items).toBe(articles.length);
    const byId = new Map(seen.map((e) => [e.id, e]));
    expect(byId.size).toBe(articles.length);
    for (const e of articles) expect(byId.get(e.id), e.id).toEqual(e);
  });

  it('lists each part with its size, digest and URL under the base path, and writes nothing else', async () => {
    const { dist, index } = await exported();
    expect(JSON.parse(readFileSync(join(dist, 'data/articles/index.json'), 'utf8'))).toEqual(index);
    for (const part of index.parts) {
      expect(part.url).toMatch(/^\/archive\/data\/articles\/[a-z0-9-]+\.ndjson\.gz$/);
      const bytes = readFileSync(join(dist, part.url.replace(/^\/archive\//, '')));
      expect(bytes.length, part.url).toBe(part.bytes);
      expect(createHash('sha256').update(bytes).digest('hex'), part.url).toBe(part.sha256);
    }
    expect(readdirSync(join(dist, 'data/articles')).sort()).toEqual(['index.json', ...index.parts.map((p) => p.url.split('/').pop()!)].sort());
  });

  it('escapes control characters as the one-array export does, one record a line', async () => {
    const { dist, index } = await exported();
    for (const part of index.parts) for (const l of lines(dist, part.url)) expect(l).not.toMatch(/\p{Cc}/u);
  });

  it('cuts a paper-year that holds more than a part may at a month, into -2, -3 …, papers and years in order, the unfiled last', () => {
    const shard = (entries: number) => ({ bytes: 1, sha256: '0'.repeat(64), pages: 1, entries });
    const shards = { 'b-paper/2021-02': shard(7), '_unfiled/0000': shard(2), 'b-paper/2021-01': shard(5), 'b-paper/2021-03': shard(4), 'a/2022-01': shard(3), 'a/2021-12': shard(1), 'a/2021-11': shard(0) };
    const manifest = { shards } as unknown as Manifest;
    expect(planExportParts(manifest, 10)).toEqual([
      { file: 'a-2021.ndjson.gz', paperId: 'a', year: 2021, shards: ['a/2021-12'], entries: 1 },
      { file: 'a-2022.ndjson.gz', paperId: 'a', year: 2022, shards: ['a/2022-01'], entries: 3 },
      { file: 'b-paper-2021.ndjson.gz', paperId: 'b-paper', year: 2021, shards: ['b-paper/2021-01'], entries: 5 },
      { file: 'b-paper-2021-2.ndjson.gz', paperId: 'b-paper', year: 2021, shards: ['b-paper/2021-02'], entries: 7 },
      { file: 'b-paper-2021-3.ndjson.gz', paperId: 'b-paper', year: 2021, shards: ['b-paper/2021-03'], entries: 4 },
      { file: 'unfiled.ndjson.gz', paperId: null, year: null, shards: ['_unfiled/0000'], entries: 2 },
    ]);
    expect(planExportParts(manifest, 20).map((p) => p.file)).toEqual(['a-2021.ndjson.gz', 'a-2022.ndjson.gz', 'b-paper-2021.ndjson.gz', 'unfiled.ndjson.gz']);
  });

  it('writes the cut parts of a paper-year, which together still hold every entry once', async () => {
    const { dist, index, articles } = await exported(1);
    expect(index.parts.length).toBe(new Set(articles.map((e) => (e.date ? `${e.paperId}/${e.date.slice(0, 7)}` : 'unfiled'))).size);
    expect(index.parts.flatMap((p) => lines(dist, p.url)).map((l) => (JSON.parse(l) as Entry).id).sort()).toEqual(articles.map((e) => e.id).sort());
  });
});
