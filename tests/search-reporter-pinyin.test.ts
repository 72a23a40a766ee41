// The reporter filter by pinyin (issue 15's example): the sample pages in content/raw/
// are ingested and indexed, and `gechanghe` (as `ge chang he`, in capitals, or the name
// itself) selects exactly the items that name 葛长河, a reporter of a GB18030 page.
import { beforeAll, describe, expect, it } from 'vitest';
import { runIngest } from '../src/ingest-run/run-ingest.ts';
import type { Entry } from '../src/schema/entry.ts';
import type { SearchParams } from '../src/search/browser/search-params.ts';
import { buildFixtureIndex, type FixtureIndex } from './fixtures/search/build-fixture-index.ts';

const reporter = (spelt: string): SearchParams => ({ q: '', paper: null, kind: null, from: null, to: null, reporter: spelt, sort: 'relevance' });

let entries: Entry[];
let idx: FixtureIndex;

/** Ids of the documents a reporter filter alone selects. */
async function byReporter(spelt: string): Promise<string[]> {
  const out = await idx.engine.search(reporter(spelt));
  await out.complete?.();
  const ids: string[] = [];
  for (const n of out.docs) ids.push((await idx.engine.header(n))!.id);
  return ids.sort();
}

beforeAll(async () => {
  entries = (await runIngest('content/raw', { cache: false, workers: 0 })).entries;
  idx = buildFixtureIndex(entries);
}, 60_000);

describe('the reporter filter over the sample pages', () => {
  it('finds 葛长河 by pinyin, with or without spaces or capitals, exactly as by the name', async () => {
    const named = entries.filter((e) => e.authors.some((a) => a.name === '葛长河')).map((e) => e.id).sort();
    expect(named.length).toBeGreaterThan(0);
    expect(await byReporter('葛长河')).toEqual(named);
    expect(await byReporter('gechanghe')).toEqual(named);
    expect(await byReporter('ge chang he')).toEqual(named);
    expect(await byReporter('GeChangHe')).toEqual(named);
  });

  it('finds nobody for a spelling no reporter reads as', async () => {
    expect(await byReporter('gechanghai')).toEqual([]);
  });
});
