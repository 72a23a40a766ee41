// The indexer reads an entries folder shard by shard (src/search/indexer/read-entries.ts),
// not its one-array articles.json, which outgrows V8's longest string near a million items;
// it reads the shards twice, the second time in document order, holding a few at once.
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runIngest, type IngestResult } from '../src/ingest-run/run-ingest.ts';
import { writeEntries } from '../src/ingest-run/write-output.ts';
import { shardFile } from '../src/schema/archive-files.ts';
import { ManifestSchema } from '../src/schema/manifest.ts';
import { buildSearchIndex } from '../src/search/indexer/build-search-index.ts';
import { EntriesError, openEntries } from '../src/search/indexer/read-entries.ts';

const root = mkdtempSync(join(tmpdir(), 'search-read-entries-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

async function sampleEntries(): Promise<{ dir: string; result: IngestResult }> {
  const result = await runIngest('content/raw', { cache: false });
  const dir = join(root, 'entries');
  await writeEntries(dir, result);
  return { dir, result };
}

/** Every file a build wrote under `dir`, with its bytes, by path. */
async function indexFiles(dir: string): Promise<Record<string, string>> {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((d) => d.isFile());
  const out: Record<string, string> = {};
  for (const path of files.map((d) => join(d.parentPath, d.name)).sort()) out[path.slice(dir.length + 1)] = (await readFile(path)).toString('base64');
  return out;
}

describe('reading entries for the index', () => {
  it('reads every entry of a folder from its shards, and the index built from them is the one built from articles.json', async () => {
    const { dir, result } = await sampleEntries();
    const fromShards = openEntries(dir);
    const scanned: { id: string; paperId: string | null }[] = [];
    fromShards.scan((e) => scanned.push(e));
    expect(scanned.map((e) => e.id).sort()).toEqual(result.entries.map((e) => e.id).sort());
    // The shards hold more than one paper's month here, so their order differs from ingest order.
    expect(new Set(scanned.map((e) => e.paperId)).size).toBeGreaterThan(1);

    const a = join(root, 'site-a');
    const b = join(root, 'site-b');
    const built = buildSearchIndex(openEntries(join(dir, 'articles.json')), a);
    buildSearchIndex(fromShards, b);
    expect(built.files).toBeGreaterThan(3);
    expect(await indexFiles(b)).toEqual(await indexFiles(a));
  });

  it('names the shard whose records are not entries', async () => {
    const { dir } = await sampleEntries();
    const manifest = ManifestSchema.parse(JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8')));
    const name = Object.keys(manifest.shards)[0]!;
    writeFileSync(join(dir, shardFile(name)), JSON.stringify({ pages: [], entries: [{ id: 'x' }] }));
    const build = () => buildSearchIndex(openEntries(dir), join(root, 'site-c'));
    expect(build).toThrow(EntriesError);
    expect(build).toThrow(new RegExp(`${shardFile(name).replace(/[/.]/g, '\\$&')} is not a list of entries`));
  });
});
