// The index files and the pieces around exact search: folding, query parsing,
// what a build writes, range reads, snippets, pinyin and name suggestions.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { foldText, parseFoldPairs } from '../src/search/core/fold.ts';
import { parseQuery } from '../src/search/core/parse-query.ts';
import { buildFoldPairs } from '../src/search/indexer/fold-map.ts';
import { syntheticEntries } from '../src/generate/search-entries.ts';
import { highlight, passageOf, snippet } from '../src/search/browser/highlight.ts';
import { searchFields } from '../src/search/indexer/search-fields.ts';
import { pinyinReadings } from '../src/search/browser/pinyin-query.ts';
import { ReporterSuggest } from '../src/search/browser/reporter-suggest.ts';
import { resultsOf } from '../src/search/browser/answer-query.ts';
import { matchTerm } from '../src/search/browser/match-term.ts';
import { IndexClient, type Fetcher } from '../src/search/browser/index-client.ts';
import { Family, INDEX_FORMAT, keyOf } from '../src/search/core/layout.ts';
import { traditionalToSimplified } from '../src/text/script.ts';
import { buildFixtureIndex, type FixtureIndex } from './fixtures/search/build-fixture-index.ts';
import { entry, handMadeEntries } from './fixtures/search/entries.ts';

const folds = parseFoldPairs(buildFoldPairs());
const params = (q: string) => ({ q, paper: null, kind: null, from: null, to: null, reporter: null, sort: 'relevance' as const });

function listFiles(dir: string, base = dir): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((d) => (d.isDirectory() ? listFiles(join(dir, d.name), base) : [join(dir, d.name).slice(base.length)]));
}

describe('folding', () => {
  it('folds the issue’s examples per character the same as OpenCC does per phrase', () => {
    for (const [a, b] of [['鄉村振興', '乡村振兴'], ['臺灣', '台湾'], ['台灣', '台湾']] as const) {
      expect(foldText(a, folds)).toBe(b);
      expect(traditionalToSimplified(a)).toBe(b);
    }
  });

  it('folds full-width forms, case, white space and zero-width characters, and is stable when applied twice', () => {
    expect(foldText('ＡＰＥＣ　Summit\t２０２４', folds)).toBe('apec summit 2024');
    expect(foldText('乡\u200b村\u200c振\u200d兴\u2060\ufeff', folds)).toBe('乡村振兴');
    for (const [t, s] of folds) expect(foldText(foldText(String.fromCodePoint(t), folds), folds)).toBe(String.fromCodePoint(s));
  });

  it('documents where per-character folding differs from phrase-aware conversion', () => {
    // 乾隆 keeps 乾 as a phrase but folds to 干 per character: both sides of a search fold alike, so it still finds itself.
    expect(traditionalToSimplified('乾隆')).toBe('乾隆');
    expect(foldText('乾隆', folds)).toBe('干隆');
  });
});

describe('query parsing', () => {
  it('splits words on spaces (full-width too), keeps quoted phrases whole and folds every term', () => {
    expect(parseQuery('乡村振兴　臺灣 ', folds)).toEqual(['乡村振兴', '台湾']);
    expect(parseQuery('"经济 发展" 党建', folds)).toEqual(['经济 发展', '党建']);
    expect(parseQuery('“鄉村 振興”', folds)).toEqual(['乡村 振兴']);
    expect(parseQuery('ＡＰＥＣ apec', folds)).toEqual(['apec']);
    expect(parseQuery('   ', folds)).toEqual([]);
  });

  it('reads quotation marks as syntax only around a whole term, and as text anywhere else', () => {
    expect(parseQuery('他说“要发展”。', folds)).toEqual(['他说“要发展”。']);
    expect(parseQuery('“党建”工作 会议', folds)).toEqual(['“党建”工作', '会议']);
    expect(parseQuery('「城市更新」 进行时', folds)).toEqual(['城市更新', '进行时']);
    expect(parseQuery('"a"b" c', folds)).toEqual(['a"b', 'c']);
    expect(parseQuery('＂经济 发展＂', folds)).toEqual(['经济 发展']);
    // An unclosed quotation mark opens no phrase.
    expect(parseQuery('"经济 发展', folds)).toEqual(['"经济', '发展']);
  });
});

describe('pinyin readings', () => {
  const syllables = ['dang', 'jian', 'xi', 'an', 'xian', 'zhang'];
  it('splits Latin letters into known syllables, every way, fewest first', () => {
    expect(pinyinReadings('dangjian', syllables)).toEqual([[0, 1].map((i) => 0xe000 + i)]);
    expect(pinyinReadings('xian', syllables).map((r) => r.length)).toEqual([1, 2]);
    expect(pinyinReadings("xi'an", syllables)).toEqual([[2, 3].map((i) => 0xe000 + i)]);
    expect(pinyinReadings('qqq', syllables)).toEqual([]);
    expect(pinyinReadings('党建', syllables)).toEqual([]);
  });
});

describe('index build', () => {
  let sequential: FixtureIndex;
  const entries = () => syntheticEntries({ count: 120, seed: 3 });
  beforeAll(() => {
    sequential = buildFixtureIndex(entries());
  }, 60_000);

  it('writes the same files whatever the partition size, and no empty one', () => {
    const other = buildFixtureIndex(entries(), { partitionOccurrences: 1 << 30 });
    const a = listFiles(join(sequential.dir, 'search-index'));
    expect(listFiles(join(other.dir, 'search-index')).sort()).toEqual(a.sort());
    for (const f of a) {
      expect(readFileSync(join(other.dir, 'search-index', f)), f).toEqual(readFileSync(join(sequential.dir, 'search-index', f)));
      expect(readFileSync(join(sequential.dir, 'search-index', f)).length, f).toBeGreaterThan(0);
    }
    // Small packs and blocks in the fixture: several of each.
    expect(a.filter((f) => /\/p\/\d+\.bin$/.test(f)).length).toBeGreaterThan(1);
  }, 60_000);

  it('keeps every postings and dictionary file within the pack size (a host’s limit on one file)', () => {
    const packBytes = 16 << 10;
    const small = buildFixtureIndex(entries(), { packBytes });
    const files = listFiles(join(small.dir, 'search-index')).filter((f) => /\/[pk]\/\d+\.bin$/.test(f));
    expect(files.filter((f) => /\/p\//.test(f)).length).toBeGreaterThan(3);
    // A dictionary file may pass it by its last block, of at most 256 bytes here.
    for (const f of files) expect(readFileSync(join(small.dir, 'search-index', f)).length, f).toBeLessThanOrEqual(packBytes + 256);
    for (const f of files.filter((f) => /\/p\//.test(f))) expect(readFileSync(join(small.dir, 'search-index', f)).length, f).toBeLessThanOrEqual(packBytes);
  }, 60_000);

  it('reads documents and keys by range, and the same when the server sends whole files', async () => {
    const withRanges = sequential.fresh(true);
    const without = sequential.fresh(false);
    for (const n of [0, 1, 57, 119]) expect(await without.docs.read(n)).toEqual(await withRanges.docs.read(n));
    for (const q of ['发展', '高质量发展', '乡村振兴']) expect(Array.from((await without.search(params(q))).docs)).toEqual(Array.from((await withRanges.search(params(q))).docs));
    expect(await withRanges.header(120)).toBeNull();
  });

  it('fetches a file once when the server ignores ranges, stopping the range requests of it still in flight', async () => {
    const file = Uint8Array.from({ length: 4096 }, (_, i) => i % 251);
    let sent = 0;
    let asked = 0;
    const ignoresRanges: Fetcher = async (url, init) => {
      if (url.endsWith('manifest.json')) return new Response(JSON.stringify({ version: INDEX_FORMAT, build: 'b' }));
      asked++;
      // A server that answers a moment later: the requests below are all in flight at once.
      await new Promise((r) => setTimeout(r, 5));
      if (init?.signal?.aborted) throw new DOMException('The operation was aborted.', 'AbortError');
      sent++;
      return new Response(file.slice());
    };
    const client = new IndexClient('/', ignoresRanges);
    const starts = [0, 100, 1000, 2000, 4000];
    const got = await Promise.all(starts.map((start) => client.range('d/0.bin', start, 50)));
    expect(got).toEqual(starts.map((start) => file.subarray(start, start + 50)));
    expect(asked).toBe(starts.length);
    expect(sent).toBe(1);
    // Later ranges come from the file kept.
    expect(await client.range('d/0.bin', 10, 5)).toEqual(file.subarray(10, 15));
    expect(asked).toBe(starts.length);
  });

  it('says its format in the manifest, and a client reads no index of another format', async () => {
    const manifest = JSON.parse(readFileSync(join(sequential.dir, 'search-index/manifest.json'), 'utf8')) as Record<string, unknown>;
    expect(manifest.version).toBe(INDEX_FORMAT);
    const older = new IndexClient('/', () => Promise.resolve(new Response(JSON.stringify({ ...manifest, version: INDEX_FORMAT - 1 }))));
    await expect(older.manifest()).rejects.toThrow(/format/);
  });
});

describe('document records', () => {
  let idx: FixtureIndex;
  let entries: ReturnType<typeof handMadeEntries>;
  beforeAll(() => {
    entries = [
      ...handMadeEntries(),
      // White space runs, characters that fold to several, astral characters, a tab.
      entry({ id: 'odd-01', title: 'Ｔｉｔｌｅ　㈱ 𠀋', paragraphs: ['一  二\t\t三 ﬁle 𠀋𠀋 end', '㍿'.repeat(20)] }),
      ...syntheticEntries({ count: 30, seed: 5, traditionalShare: 0.5 }),
      entry({ id: 'very-long', paragraphs: ['文'.repeat(4200), '末尾才有蓦然二字。'] }),
    ];
    idx = buildFixtureIndex(entries);
  }, 60_000);

  it('hold every field as printed, in index order, the headline first', async () => {
    const byId = new Map(entries.map((e) => [e.id, e]));
    for (let d = 0; d < entries.length; d++) {
      const r = (await idx.engine.docs.read(d))!;
      const e = byId.get(r.header.id)!;
      expect(r.fields, r.header.id).toEqual(searchFields(e));
      expect(r.head).toBe(e.kicker ? 2 : 1);
    }
  });

  it('show a match deep in a long text', async () => {
    const out = await idx.engine.search(params('蓦然'));
    const [r] = await resultsOf(idx.engine, out, 0, 10);
    expect(r!.id).toBe('very-long');
    expect(snippet(passageOf(r!, out.terms, await idx.engine.folds())).filter((x) => x.hit).map((x) => x.text)).toEqual(['蓦然']);
  });
});

describe('long terms', () => {
  it('match where every pair of a cover lines up, however their other occurrences fall', async () => {
    const idx = buildFixtureIndex([
      entry({ id: 'late-match', paragraphs: ['甲乙丙戊。乙丙丁己。甲乙丙丁。'] }),
      entry({ id: 'never-meets', paragraphs: ['甲乙丙戊。乙丙丁己。甲乙丙庚。乙丙丁辛。'] }),
      entry({ id: 'once-apart', paragraphs: ['乙丙丁。甲乙丙。'] }),
      entry({ id: 'at-once', paragraphs: ['甲乙丙丁甲乙丙丁'] }),
    ]);
    const out = await idx.engine.search(params('甲乙丙丁'));
    const ids = await Promise.all(Array.from(out.docs, async (n) => (await idx.engine.header(n))!.id));
    // More occurrences rank first.
    expect(ids).toEqual(['at-once', 'late-match']);
  });

  it('read a common pair’s positions for the few documents the rare pair leaves, block by block', async () => {
    // 丁戊 in 800 documents, 40 times each: over 16 KB of positions, with skips.
    const common = Array.from({ length: 800 }, (_, i) => entry({ id: `c-${i}`, paragraphs: [(i % 200 === 7 ? '丙丁戊。' : '') + '丁戊己。'.repeat(40)] }));
    const decoy = entry({ id: 'apart', paragraphs: ['丙丁。丁戊。'] });
    const idx = buildFixtureIndex([...common, decoy]);
    const engine = idx.fresh();
    const m = await engine.client.manifest();
    const cp = (s: string) => Array.from(s, (c) => c.codePointAt(0)!);
    const pair = (await engine.keys.entry(keyOf(Family.text, cp('丁戊'))))!;
    expect(pair.positionsLength).toBeGreaterThanOrEqual(m.skipBytes);
    const before = idx.fetcher.requests.length;
    // Without the text to decide candidates, the positions decide.
    const found = await matchTerm(engine.keys, Family.text, cp('丙丁戊'), m);
    const ids = await Promise.all(Array.from(found.docs, async (n) => (await engine.header(n))!.id));
    expect(ids.sort()).toEqual(['c-207', 'c-407', 'c-607', 'c-7']);
    expect(Array.from(found.counts)).toEqual([1, 1, 1, 1]);
    const positionsStart = pair.offset + pair.topLength + pair.docsLength;
    const read = idx.fetcher.requests.slice(before).filter((u) => u.includes(`/p/${pair.pack}.bin `)).map((u) => /bytes=(\d+)-(\d+)$/.exec(u)!).map((r) => [Number(r[1]), Number(r[2]) + 1]);
    const inPositions = read.filter(([from]) => from! >= positionsStart && from! < positionsStart + pair.positionsLength);
    expect(inPositions.length).toBeGreaterThan(0);
    expect(inPositions.reduce((s, [from, to]) => s + to! - from!, 0)).toBeLessThan(pair.positionsLength / 4);
  });

  it('read the cheapest cover of their pairs: a common pair the others cover is not read', async () => {
    const common = Array.from({ length: 300 }, (_, i) => entry({ id: `common-${i}`, paragraphs: ['丁戊己。'.repeat(3 + (i % 4)) + '其他文字。'] }));
    const rare = [entry({ id: 'twice', paragraphs: ['前文甲乙丙丁戊己，后文。', '又见甲乙丙丁戊己。'] }), entry({ id: 'apart', paragraphs: ['甲乙丙。丁戊己。'] }), entry({ id: 'once', title: '甲乙丙丁戊己', paragraphs: ['正文。'] })];
    const idx = buildFixtureIndex([...common, ...rare]);
    const engine = idx.fresh();
    const cp = (s: string) => Array.from(s, (c) => c.codePointAt(0)!);
    const pair = (await engine.keys.entry(keyOf(Family.text, cp('丁戊'))))!;
    expect(pair.inline).toBeNull();
    const before = idx.fetcher.requests.length;
    const out = await engine.search(params('甲乙丙丁戊己'));
    const asked = idx.fetcher.requests.slice(before).filter((u) => u.includes(`/p/${pair.pack}.bin `));
    expect(asked.filter((u) => u.endsWith(`bytes=${pair.offset}-${pair.offset + pair.docsLength + pair.positionsLength - 1}`))).toEqual([]);
    const ids = await Promise.all(Array.from(out.docs, async (n) => (await engine.header(n))!.id));
    // The title match first, then by occurrences.
    expect(ids).toEqual(['once', 'twice']);
    const [, twice] = await resultsOf(engine, out, 0, 10);
    expect(snippet(passageOf(twice!, out.terms, await engine.folds())).filter((x) => x.hit).map((x) => x.text)).toEqual(['甲乙丙丁戊己']);
  }, 60_000);
});

describe('results', () => {
  let idx: FixtureIndex;
  const paragraphs = ['开头一段文字。'.repeat(40), '第二段文字。'.repeat(30), '这里才提到罕见词组甲乙丙。'.repeat(3), '结尾。'];
  beforeAll(() => {
    idx = buildFixtureIndex([...handMadeEntries(), entry({ id: 'long-01', title: '长文', paragraphs })]);
  }, 60_000);

  const docReads = (requests: string[]) => requests.filter((u) => /\/d\/\d+\.bin /.test(u)).length;

  it('cost two reads each for a match deep in the body (the slot, then the rest), and show the passage around the first match there', async () => {
    const folds = await idx.engine.folds();
    for (const q of ['罕', '甲乙', '甲乙丙', '罕见词组甲乙丙']) {
      const engine = idx.fresh();
      const out = await engine.search(params(q));
      const before = docReads(idx.fetcher.requests);
      const [one] = await resultsOf(engine, out, 0, 10);
      expect(docReads(idx.fetcher.requests) - before, q).toBe(2);
      expect(one!.title).toBe('长文');
      const passage = snippet(passageOf(one!, out.terms, folds));
      expect(passage.filter((s) => s.hit).map((s) => s.text).join(''), q).toContain(q);
      expect(passage[0]!.text, q).toMatch(/^这里才提到/);
    }
  });

  it('show the opening of the body for a title match, read alone in one read', async () => {
    const engine = idx.fresh();
    const out = await engine.search(params('长文'));
    const before = docReads(idx.fetcher.requests);
    const [titled] = await resultsOf(engine, out, 0, 10);
    expect(docReads(idx.fetcher.requests) - before).toBe(1);
    expect(snippet(passageOf(titled!, ['长文'], await engine.folds())).map((s) => s.text).join('')).toMatch(/^开头一段文字。/);
    // Only the opening was read: the end of the text is not there.
    expect(titled!.fields.join('')).not.toContain('结尾');
  });

  it('marks matches in the original script and keeps markup as plain text', async () => {
    expect(highlight('鄉村振興見實效', ['乡村振兴'], folds)).toEqual([
      { text: '鄉村振興', hit: true },
      { text: '見實效', hit: false },
    ]);
    const out = await idx.engine.search(params('alert'));
    const [r] = await resultsOf(idx.engine, out, 0, 10);
    expect(highlight(r!.title, out.terms, folds).map((s) => s.text).join('')).toBe('<script>alert(1)</script>标题');
  });

  it('suggests reporters despite a wrong character or by pinyin, and nobody for an unrelated name', async () => {
    const names = new ReporterSuggest(idx.engine.client, () => idx.engine.folds());
    expect((await names.suggest('张崇州')).map((n) => n.name)).toContain('张崇周');
    expect((await names.suggest('zhangchongzou')).map((n) => n.name)).toContain('张崇周');
    expect((await names.suggest('liu yang'))[0]?.name).toBe('刘洋');
    expect(await names.suggest('欧阳修')).toEqual([]);
  });
});
