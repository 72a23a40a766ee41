// The entries folder and its manifest: what ingest writes, and what the site
// refuses to read (src/site/entries-check.ts, used by the content loaders).
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeEntryData } from '../src/ingest-run/write-output.ts';
import { MANIFEST_VERSION, ManifestSchema } from '../src/schema/manifest.ts';
import { EntrySummarySchema } from '../src/schema/summary.ts';
import { EntriesError } from '../src/site/entries-check.ts';
import { readVerifiedEntries } from './support/read-verified-entries.ts';
import { stateAfter, stateBefore } from './support/entry-states.ts';

const root = mkdtempSync(join(tmpdir(), 'entries-manifest-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let n = 0;

/** A fresh entries folder holding `state`, written as ingest writes it. */
async function written(state = stateBefore()): Promise<string> {
  const dir = join(root, `e${n++}`);
  await writeEntryData(dir, state);
  return dir;
}

/** The message the site refuses `dir` with (the test fails if it reads it). */
async function refusal(dir: string): Promise<string> {
  const error = await readVerifiedEntries(dir).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(EntriesError);
  return (error as EntriesError).message;
}

describe('writing entries', () => {
  it('writes the data files, a shard per paper and month (and per 200 pages of unknown paper or date) and a manifest with their counts, sizes and digests, and no temporary file', async () => {
    const state = stateBefore();
    const dir = await written(state);
    expect(readdirSync(dir, { recursive: true }).map(String).sort()).toEqual([
      'articles.json', 'entry-index.ndjson', 'files.json', 'manifest.json', 'page-index.ndjson', 'pages.json',
      'shards', 'shards/_unfiled', 'shards/_unfiled/0000.json', 'shards/gangdao', 'shards/gangdao/2024-02.json',
      'shards/jiangcheng', 'shards/jiangcheng/2023-12.json', 'shards/jiangcheng/2024-03.json',
    ]);
    const manifest = ManifestSchema.parse(JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')));
    expect(manifest.counts).toEqual({ entries: state.articles.length, pages: state.pages.length, files: Object.keys(state.files).length, shards: 4 });
    expect(manifest.files['articles.json']?.bytes).toBe(readFileSync(join(dir, 'articles.json')).byteLength);
    expect(manifest.shards['jiangcheng/2024-03']?.bytes).toBe(readFileSync(join(dir, 'shards/jiangcheng/2024-03.json')).byteLength);
    const read = await readVerifiedEntries(dir);
    expect(read.articles).toEqual(state.articles);
    expect(read.pages).toEqual(state.pages);
    expect(read.files).toEqual(state.files);
    // Every record is in exactly one shard, with its page, and the summaries name that shard.
    expect(read.shards.flatMap((s) => s.entries)).toEqual(expect.arrayContaining(state.articles as object[]));
    expect(read.shards.flatMap((s) => s.pages)).toHaveLength(state.pages.length);
    for (const s of read.shards) for (const e of s.entries) expect(s.pages.map((p) => p.id)).toContain(e.pageId);
    const summaries = readFileSync(join(dir, 'entry-index.ndjson'), 'utf8').trim().split('\n').map((l) => EntrySummarySchema.loose().parse(JSON.parse(l)));
    expect(summaries.map((e) => e.id)).toEqual(state.articles.map((e) => (e as { id: string }).id));
    for (const e of summaries) {
      expect(read.shards.find((s) => s.entries.some((x) => x.id === e.id))).toBe(read.shards[Object.keys(manifest.shards).indexOf(e.shard)]);
    }
    expect(summaries.some((e) => 'paragraphs' in e)).toBe(false);
  });

  it('writes the whole records as one JSON array each, in pieces that add up to JSON.stringify of them, at any count', async () => {
    const state = stateBefore();
    for (const copies of [0, 31, 32, 100]) {
      // 16 entries a copy: 496 and 512 straddle the 500 records of a piece, 1,600 makes four pieces.
      const articles = Array.from({ length: copies }, (_, i) => state.articles.map((e) => ({ ...(e as object), id: `${(e as { id: string }).id}-c${i}` }))).flat();
      const dir = await written({ ...state, articles });
      expect(readFileSync(join(dir, 'articles.json'), 'utf8'), `${articles.length} entries`).toBe(JSON.stringify(articles) + '\n');
      expect(readFileSync(join(dir, 'entry-index.ndjson'), 'utf8').split('\n').length, `${articles.length} entries`).toBe(articles.length + 1);
    }
  });

  it('removes the shards of an earlier state that the new one does not have', async () => {
    const dir = await written(stateBefore());
    await writeEntryData(dir, stateAfter());
    expect(readdirSync(join(dir, 'shards/_unfiled'))).toEqual([]);
    expect(Object.keys((await readVerifiedEntries(dir)).manifest.shards)).not.toContain('_unfiled/0000');
  });

  it('writes the same bytes for the same entries (the manifest holds no time)', async () => {
    const [a, b] = [await written(), await written()];
    const files = readdirSync(a, { recursive: true, withFileTypes: true }).filter((d) => d.isFile()).map((d) => join(d.parentPath, d.name).slice(a.length));
    expect(files.length).toBeGreaterThan(6);
    for (const f of files) expect(readFileSync(join(b, f)), f).toEqual(readFileSync(join(a, f)));
  });

  it('replaces an earlier state whole', async () => {
    const dir = await written(stateBefore());
    await writeEntryData(dir, stateAfter());
    expect((await readVerifiedEntries(dir)).articles).toEqual(stateAfter().articles);
  });
});

describe('the site refuses entries that do not match their manifest', () => {
  it('names a cut file, its size and the size it should have, and says to run ingest', async () => {
    const dir = await written();
    const file = join(dir, 'articles.json');
    const bytes = readFileSync(file);
    writeFileSync(file, bytes.subarray(0, 1000));
    const message = await refusal(dir);
    expect(message).toContain(`${file} does not match ${join(dir, 'manifest.json')}: it has 1000 bytes, the manifest says ${bytes.byteLength}`);
    expect(message).toContain('Run `npm run ingest` (or `npm run build`) again');
  });

  it('names a file changed in place, by its digest', async () => {
    const dir = await written();
    const file = join(dir, 'pages.json');
    writeFileSync(file, readFileSync(file, 'utf8').replace('要闻', '要問'));
    expect(await refusal(dir)).toMatch(/pages\.json does not match .*manifest\.json: its sha256 digest is [0-9a-f]{12}…, the manifest says [0-9a-f]{12}…/);
  });

  it('refuses a folder without its manifest, and one ingest never wrote to, each with what to do', async () => {
    const dir = await written();
    rmSync(join(dir, 'manifest.json'));
    expect(await refusal(dir)).toMatch(/manifest\.json is missing, so the entries in .* may not be whole: ingest was stopped while writing them[^]*npm run ingest/);
    expect(await refusal(join(root, 'never-written'))).toMatch(/never-written holds no entries \(no manifest\.json, no articles\.json, pages\.json, files\.json, entry-index\.ndjson, page-index\.ndjson\)\.\n {2}Run `npm run ingest`/);
  });

  it('refuses a data file the manifest lists but the folder lacks, and a manifest of another version', async () => {
    const dir = await written();
    rmSync(join(dir, 'files.json'));
    expect(await refusal(dir)).toContain(`${join(dir, 'files.json')} is missing, though manifest.json lists it`);
    const other = await written();
    const file = join(other, 'manifest.json');
    writeFileSync(file, readFileSync(file, 'utf8').replace(`"version": ${MANIFEST_VERSION}`, '"version": 0'));
    expect(await refusal(other)).toContain('manifest.json is not a manifest this site can read (version:');
  });

  it('names a cut shard, and one changed in place', async () => {
    const dir = await written();
    const file = join(dir, 'shards/jiangcheng/2024-03.json');
    const bytes = readFileSync(file);
    writeFileSync(file, bytes.subarray(0, 500));
    expect(await refusal(dir)).toContain(`${file} does not match ${join(dir, 'manifest.json')}: it has 500 bytes, the manifest says ${bytes.byteLength}`);
    writeFileSync(file, bytes.toString('utf8').replace('江城', '江域'));
    expect(await refusal(dir)).toMatch(/2024-03\.json does not match .*manifest\.json: its sha256 digest is/);
  });

  it('refuses records that do not add up to the manifest’s count', async () => {
    const dir = await written();
    const file = join(dir, 'manifest.json');
    // Loose: every field the file has is written back, not only those the schema names.
    const manifest = ManifestSchema.loose().parse(JSON.parse(readFileSync(file, 'utf8')));
    manifest.counts.pages += 1;
    writeFileSync(file, JSON.stringify(manifest));
    expect(await refusal(dir)).toContain(`pages.json does not match ${file}: it holds ${stateBefore().pages.length} records, the manifest says ${stateBefore().pages.length + 1}`);
  });
});

describe('duplicate ids', () => {
  it('are refused, naming the id and the files both records came from', async () => {
    const state = stateBefore();
    const [a, b] = state.articles as { id: string; source: { file: string } }[];
    const twin = { ...b!, id: a!.id, source: { ...b!.source, file: 'jiangcheng/2024-03-01/01 (1).txt' } };
    const dir = await written({ ...state, articles: [...state.articles, twin] });
    const message = await refusal(dir);
    expect(message).toContain(`articles.json: the id ${a!.id} is given to two records, from ${a!.source.file} and from jiangcheng/2024-03-01/01 (1).txt`);
    expect(message).toContain('Only one record of an id gets a page. Run `npm run ingest` again');
  });

  it('among page records too', async () => {
    const state = stateBefore();
    const [p, q] = state.pages as { id: string; file: string }[];
    const dir = await written({ ...state, pages: [p!, { ...q!, id: p!.id }, ...state.pages.slice(2)] });
    expect(await refusal(dir)).toContain(`pages.json: the id ${p!.id} is given to two records, from ${p!.file} and from ${q!.file}`);
  });
});
