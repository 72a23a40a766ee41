// The index files and the pieces around exact search: folding, query parsing,
// builds in worker threads, range reads, snippets, pinyin and name suggestions.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { foldText, parseFoldPairs } from '../src/search/core/fold.ts';
import { parseQuery } from '../src/search/core/parse-query.ts';
import { buildFoldPairs } from '../src/search/build/fold-map.ts';
import { syntheticEntries } from '../src/search/bench/synthetic-entries.ts';
import { highlight, snippet } from '../src/search/browser/highlight.ts';
import { joinPieces } from '../src/search/core/units-view.ts';
import { searchFields } from '../src/search/build/search-fields.ts';
import fc from 'fast-check';
import { pinyinReadings } from '../src/search/browser/pinyin-query.ts';
import { ReporterSuggest } from '../src/search/browser/reporter-suggest.ts';
import { resultsOf } from '../src/search/browser/answer-query.ts';
import { IndexClient } from '../src/search/browser/index-client.ts';
import { INDEX_FORMAT } from '../src/search/core/layout.ts';
import { traditionalToSimplified } from '../src/text/script.ts';
import { buildFixtureIndex, type FixtureIndex } from './fixtures/search/build-fixture-index.ts';
import { entry, handMadeEntries } from './fixtures/search/entries.ts';

const folds = parseFoldPairs(buildFoldPairs());
const params = (q: string) => ({ q, paper: null, kind: null, from: null, to: null, reporter: null, sort: 'relevance' as const });

function listFiles(dir: string, base = dir): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? listFiles(join(dir, d.name), base) : [join(dir, d.name).slice(base.length)]));
}

describe('folding', () => {
  it('folds the issue’s examples per character the same as OpenCC does per phrase', () => {
    for (const [a, b] of [['鄉村振興', '乡村振兴'], ['臺灣', '台湾'], ['台灣', '台湾']] as const) {
      expect(foldText(a, folds)).toBe(b);
      expect(traditionalToSimplified(a)).toBe(b);
    }
  });

  it('folds full-width forms, case and white space, and is stable when applied twice', () => {
    expect(foldText('ＡＰＥＣ　Summit\t２０２４', folds)).toBe('apec summit 2024');
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
  beforeAll(async () => {
    sequential = await buildFixtureIndex(syntheticEntries({ count: 120, seed: 3 }));
  }, 60_000);

  it('writes the same files whether partitions are built in this thread or in workers', async () => {
    const { buildSearchIndex } = await import('../src/search/build/build-search-index.ts');
    const { mkdtempSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const [one, two] = [mkdtempSync(join(tmpdir(), 'search-thread-')), mkdtempSync(join(tmpdir(), 'search-workers-'))];
    await buildSearchIndex(syntheticEntries({ count: 120, seed: 3 }), one, { charsPerShard: 2000, maxInlineBytes: 64, partitions: 4, workers: false });
    await buildSearchIndex(syntheticEntries({ count: 120, seed: 3 }), two, { charsPerShard: 2000, maxInlineBytes: 64, partitions: 4, workers: true });
    const a = listFiles(join(one, 'search-index'));
    expect(listFiles(join(two, 'search-index')).sort()).toEqual(a.sort());
    for (const f of a) expect(readFileSync(join(two, 'search-index', f)), f).toEqual(readFileSync(join(one, 'search-index', f)));
  }, 60_000);

  it('reads documents by range, and the same when the server sends whole files', async () => {
    const withRanges = sequential.fresh(true);
    const without = sequential.fresh(false);
    for (const n of [0, 1, 57, 119]) {
      expect(await without.header(n)).toEqual(await withRanges.header(n));
      expect(await without.docs.read(n, 300, 700)).toEqual(await withRanges.docs.read(n, 300, 700));
    }
    expect(await withRanges.header(120)).toBeNull();
  });

  it('says its format in the manifest, and a client reads no index of another format', async () => {
    const manifest = JSON.parse(readFileSync(join(sequential.dir, 'search-index/manifest.json'), 'utf8'));
    expect(manifest.version).toBe(INDEX_FORMAT);
    const older = new IndexClient('/', async () => new Response(JSON.stringify({ ...manifest, version: INDEX_FORMAT - 1 })));
    await expect(older.manifest()).rejects.toThrow(/format/);
  });
});

describe('document chunks', () => {
  let idx: FixtureIndex;
  let entries: ReturnType<typeof handMadeEntries>;
  beforeAll(async () => {
    entries = [
      ...handMadeEntries(),
      // White space runs, characters that fold to several, astral characters, a tab.
      entry({ id: 'odd-01', title: 'Ｔｉｔｌｅ　㈱ 𠀋', paragraphs: ['一  二\t\t三 ﬁle 𠀋𠀋 end', '㍿'.repeat(20)] }),
      ...syntheticEntries({ count: 30, seed: 5, traditionalShare: 0.5 }),
      // More chunks than a pair's first chunk can name (255).
      entry({ id: 'very-long', paragraphs: ['文'.repeat(4200), '末尾才有蓦然二字。'] }),
    ];
    // Small chunks, so that reads cross many of them.
    idx = await buildFixtureIndex(entries, { chunkPositions: 16 });
  }, 60_000);

  it('shows a match past the 255th chunk, which a pair cannot name', async () => {
    const out = await idx.engine.search(params('蓦然'));
    const [r] = await resultsOf(idx.engine, out, 0, 10);
    expect(r!.id).toBe('very-long');
    expect(snippet(r!, out.terms, await idx.engine.folds()).filter((x) => x.hit).map((x) => x.text)).toEqual(['蓦然']);
  });

  const whole = async (d: number) => (await idx.engine.docs.read(d, 0, Infinity))!;

  it('holds every field as printed, in index order, white space runs as their first character', async () => {
    const byId = new Map(entries.map((e) => [e.id, e]));
    for (let d = 0; d < entries.length; d++) {
      const t = await whole(d);
      const fields = searchFields(byId.get(t.header.id)!).filter((f) => f.length > 0).map((f) => f.replace(/\s+/gu, (m) => m[0]!));
      expect(t.pieces.map((p) => p.text), t.header.id).toEqual(fields);
      expect(t.pieces.every((p) => !p.cutBefore && !p.cutAfter)).toBe(true);
    }
  });

  it('reads any window as part of the whole text, saying where fields go on, and two reads join into the whole', async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat(entries.length - 1), fc.nat(), fc.nat(400), async (d, a, length) => {
        const all = await whole(d);
        const from = a % all.room;
        const part = (await idx.engine.docs.read(d, from, from + length + 1))!;
        expect(part.header).toEqual(all.header);
        for (const p of part.pieces) {
          const field = all.pieces.find((w) => w.at <= p.at && p.end <= w.end)!;
          expect(field.text).toContain(p.text);
          expect(p.cutBefore).toBe(p.at > field.at);
          expect(p.cutAfter).toBe(p.end < field.end);
        }
        const rest = (await idx.engine.docs.read(d, from, all.room))!;
        const head = from > 0 ? (await idx.engine.docs.read(d, 0, from))!.pieces : [];
        expect(joinPieces(head, rest.pieces)).toEqual(all.pieces);
      }),
      { numRuns: 200, seed: 11 },
    );
  });
});

describe('long terms', () => {
  it('decides from first positions where they line up, and reads every position where they do not', async () => {
    const idx = await buildFixtureIndex([
      entry({ id: 'late-match', paragraphs: ['甲乙丙戊。乙丙丁己。甲乙丙丁。'] }),
      entry({ id: 'never-meets', paragraphs: ['甲乙丙戊。乙丙丁己。甲乙丙庚。乙丙丁辛。'] }),
      entry({ id: 'once-apart', paragraphs: ['乙丙丁。甲乙丙。'] }),
      entry({ id: 'at-once', paragraphs: ['甲乙丙丁'] }),
    ]);
    const out = await idx.engine.search(params('甲乙丙丁'));
    const ids = await Promise.all(Array.from(out.docs, async (n) => (await idx.engine.header(n))!.id));
    expect([...ids].sort()).toEqual(['at-once', 'late-match']);
    const late = out.docs[ids.indexOf('late-match')]!;
    // Position in the indexed text: the empty title and its separator come first.
    expect(out.firstMatch(late)).toEqual({ at: 11, within: 0 });
  });
});

describe('long terms with a rare triple', () => {
  it('are checked in the text where the rare triple occurs, without reading the common triple’s positions', async () => {
    const common = Array.from({ length: 600 }, (_, i) => entry({ id: `common-${i}`, paragraphs: ['丁戊己。'.repeat(3 + (i % 4)) + '其他文字。'] }));
    const rare = [
      entry({ id: 'twice', paragraphs: ['前文甲乙丙丁戊己，后文。', '又见甲乙丙丁戊己。'] }),
      entry({ id: 'apart', paragraphs: ['甲乙丙。丁戊己。'] }),
      entry({ id: 'once', title: '甲乙丙丁戊己', paragraphs: ['正文。'] }),
    ];
    const idx = await buildFixtureIndex([...common, ...rare], { maxInlineBytes: 1024 });
    const engine = idx.fresh();
    const before = idx.fetcher.requests.length;
    const out = await engine.search(params('甲乙丙丁戊己'));
    const asked = idx.fetcher.requests.slice(before);
    expect(asked.filter((u) => u.includes('/text/x/'))).toEqual([]);
    // The phrase's record and its first triple's share a shard, read once.
    expect(new Set(asked).size).toBe(asked.length);
    const ids = await Promise.all(Array.from(out.docs, async (n) => (await engine.header(n))!.id));
    expect(ids).toEqual(['once', 'twice']);
    const [once, twice] = await resultsOf(engine, out, 0, 10);
    expect(snippet(twice!, out.terms, await engine.folds()).filter((x) => x.hit).map((x) => x.text)).toEqual(['甲乙丙丁戊己']);
    expect(once!.title).toBe('甲乙丙丁戊己');
  }, 60_000);
});

describe('results', () => {
  let idx: FixtureIndex;
  const paragraphs = ['开头一段文字。'.repeat(40), '第二段文字。'.repeat(30), '这里才提到罕见词组甲乙丙。'.repeat(3), '结尾。'];
  beforeAll(async () => {
    idx = await buildFixtureIndex([...handMadeEntries(), entry({ id: 'long-01', title: '长文', paragraphs })]);
  }, 60_000);

  // Range reads of the document packs (the chunk counts are one file, read once).
  const docReads = (requests: string[]) => requests.filter((u) => /\/d\/\d+\.bin /.test(u)).length;

  it('shows the passage around a match deep in the text in one read when the search knows where it is', async () => {
    const folds = await idx.engine.folds();
    // Three characters and more have positions: one read brings the header and the passage
    // (for a longer term, the read that checked the match in the text).
    for (const q of ['甲乙丙', '罕见词组甲乙丙']) {
      const engine = idx.fresh();
      const before = docReads(idx.fetcher.requests);
      const out = await engine.search(params(q));
      const [one] = await resultsOf(engine, out, 0, 10);
      expect(docReads(idx.fetcher.requests) - before, q).toBe(1);
      expect(one!.title).toBe('长文');
      const passage = snippet(one!, out.terms, folds);
      expect(passage.filter((s) => s.hit).map((s) => s.text).join(''), q).toContain('甲乙丙');
      expect(passage.map((s) => s.text).join(''), q).toContain('这里才提到罕见词组甲乙丙。');
    }
  });

  it('reads the opening first where the position is unknown, and the rest only when it shows no match', async () => {
    const folds = await idx.engine.folds();
    const engine = idx.fresh();
    // A title match: the opening is enough.
    let before = docReads(idx.fetcher.requests);
    const [titled] = await resultsOf(engine, await engine.search(params('长文')), 0, 10);
    expect(docReads(idx.fetcher.requests) - before).toBe(1);
    expect(titled!.pieces.map((p) => p.text).join('')).not.toContain('甲乙');
    // A single character has no position at all: the opening, then the rest of the text.
    const other = idx.fresh();
    const single = await other.search(params('罕'));
    before = docReads(idx.fetcher.requests);
    const [all] = await resultsOf(other, single, 0, 10);
    expect(docReads(idx.fetcher.requests) - before).toBe(2);
    expect(all!.pieces.map((p) => p.text)).toEqual(['长文', ...paragraphs]);
    const passage = snippet(all!, single.terms, folds);
    expect(passage.filter((s) => s.hit).map((s) => s.text)).toEqual(['罕', '罕', '罕']);
    expect(passage[0]).toEqual({ text: '这里才提到', hit: false });
  });

  it('reads the chunk holding a pair’s first match in one read', async () => {
    const engine = idx.fresh();
    const short = await engine.search(params('甲乙'));
    const before = docReads(idx.fetcher.requests);
    const [one] = await resultsOf(engine, short, 0, 10);
    expect(docReads(idx.fetcher.requests) - before).toBe(1);
    const passage = snippet(one!, short.terms, await engine.folds());
    expect(passage.filter((s) => s.hit).map((s) => s.text)).toEqual(['甲乙', '甲乙', '甲乙']);
    expect(passage.map((s) => s.text).join('')).toContain('这里才提到罕见词组甲乙丙。');
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
