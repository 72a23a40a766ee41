// Exact search: for many queries, the documents found are exactly the entries
// whose text holds every term, computed here independently of the index.
import fc from 'fast-check';
import * as OpenCC from 'opencc-js';
import { beforeAll, describe, expect, it } from 'vitest';
import { runIngest } from '../src/ingest-run/run-ingest.ts';
import type { Entry } from '../src/schema/entry.ts';
import { syntheticEntries } from '../src/generate/search-entries.ts';
import { NEWS_WORDS } from '../src/generate/search-vocabulary.ts';
import type { SearchParams } from '../src/search/browser/search-params.ts';
import { resultsOf } from '../src/search/browser/answer-query.ts';
import { passageOf, snippet } from '../src/search/browser/highlight.ts';
import { matchTerm } from '../src/search/browser/match-term.ts';
import { verifyInText } from '../src/search/browser/text-verify.ts';
import { Family } from '../src/search/core/layout.ts';
import { Zone } from '../src/search/core/planner.ts';
import { buildFixtureIndex, type FixtureIndex } from './fixtures/search/build-fixture-index.ts';
import { entry, handMadeEntries } from './fixtures/search/entries.ts';
import { referenceFields, referenceFold, referenceSearch } from './fixtures/search/reference.ts';

const toTraditional = OpenCC.Converter({ from: 'cn', to: 'hk' });
const toSimplified = OpenCC.Converter({ from: 'hk', to: 'cn' });

let entries: Entry[];
let folded: { id: string; fields: string[] }[];
let idx: FixtureIndex;
let idOf: Map<number, string>;
let docOf: Map<string, number>;
// Places a folded term starts in folded fields (overlapping ones too).
function occurrences(fields: string[], t: string): number {
  let n = 0;
  for (const f of fields) for (let at = f.indexOf(t); at >= 0; at = f.indexOf(t, at + 1)) n++;
  return n;
}

const params = (q: string, over: Partial<SearchParams> = {}): SearchParams => ({ q, paper: null, kind: null, from: null, to: null, reporter: null, sort: 'relevance', ...over });

async function found(q: string, over: Partial<SearchParams> = {}): Promise<string[]> {
  const out = await idx.engine.search(params(q, over));
  await out.complete?.();
  return Array.from(out.docs, (n) => idOf.get(n)!).sort();
}

beforeAll(async () => {
  const samples = (await runIngest('content/raw', { cache: false, workers: 0 })).entries;
  // Characters that fold to several (㍿ is 株式会社) leave positions whose text cannot be read one to one.
  const odd = [
    entry({ id: 'odd-01', title: '㍿报告', paragraphs: ['东方㍿会社成立，东方株式会社成立。', '１２３ＡＢＣ　ｄｅｆ'] }),
    entry({ id: 'odd-02', paragraphs: ['东方株式会社成立'] }),
    // Zero-width characters inside words, as pasted web text hides them; quotation marks inside a sentence.
    entry({ id: 'odd-03', title: '乡村\u200b振兴\u200d示范', paragraphs: ['他说：“要发展，也要保护”。', '引用「城市更新」一词。'] }),
  ];
  entries = [...handMadeEntries(), ...odd, ...samples, ...syntheticEntries({ count: 300, seed: 7, traditionalShare: 0.3 })];
  folded = entries.map((e) => ({ id: e.id, fields: referenceFields(e) }));
  // Skips into positions of 64 bytes or more, so that the documents' positions are read block by block often.
  idx = buildFixtureIndex(entries, { skipMinBytes: 64 });
  idOf = new Map();
  for (let n = 0; n < entries.length; n++) idOf.set(n, (await idx.engine.header(n))!.id);
  docOf = new Map([...idOf].map(([n, id]) => [id, n]));
}, 120_000);

describe('exact search', () => {
  it('indexes every entry, sample pages included', () => {
    expect(idx.report.docs).toBe(entries.length);
    expect(entries.length).toBeGreaterThan(310);
  });

  it('finds exactly the entries holding a substring of any entry (1–9 characters, both scripts)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat(), fc.nat(), fc.nat(), fc.integer({ min: 1, max: 9 }), fc.constantFrom('as is', 'traditional', 'simplified'), async (e, f, at, len, script) => {
        const fields = [entries[e % entries.length]!].flatMap((x) => [x.title, ...x.paragraphs, x.caption].filter((s): s is string => !!s));
        const field = Array.from(fields[f % fields.length] ?? '');
        let q = field.slice(at % Math.max(1, field.length), (at % Math.max(1, field.length)) + len).join('').replace(/\s+/g, '');
        // A quotation mark opening the query may be phrase syntax; anywhere else it is text to find.
        if (!q || /^["“「『＂]/u.test(q)) return;
        if (script === 'traditional') q = toTraditional(q);
        if (script === 'simplified') q = toSimplified(q);
        expect(await found(q), q).toEqual(referenceSearch(folded, [q]));
      }),
      { numRuns: 300, seed: 42 },
    );
  });

  it('requires every space-separated word, and matches a quoted phrase as one', async () => {
    for (const q of ['党建 会议', '乡村振兴 臺灣', '发展 不存在之词']) expect(await found(q), q).toEqual(referenceSearch(folded, q.split(' ')));
    expect(await found('"经济 发展"')).toEqual(referenceSearch(folded, ['经济 发展']));
    expect(await found('"经济 发展"')).toEqual(['hand-07']);
    expect(await found('“党建工作”')).toEqual(referenceSearch(folded, ['党建工作']));
  });

  it('finds Simplified and Traditional forms of each other', async () => {
    const both = ['hand-01', 'hand-02'];
    expect((await found('乡村振兴')).filter((id) => id.startsWith('hand'))).toEqual(both);
    expect((await found('鄉村振興')).filter((id) => id.startsWith('hand'))).toEqual(both);
    expect(await found('臺灣')).toEqual(await found('台湾'));
    expect(await found('台湾')).toEqual(expect.arrayContaining(['hand-02', 'hand-03']));
  });

  it('folds full-width forms and letter case', async () => {
    for (const q of ['APEC', 'apec', 'ＡＰＥＣ', 'Apec']) expect(await found(q), q).toEqual(['hand-03', 'hand-04']);
  });

  it('finds terms across characters that fold to several', async () => {
    for (const q of ['东方株式会社', '式会社会社成立', '东方㍿', '株式会社成立', '123abc def']) expect(await found(q), q).toEqual(referenceSearch(folded, [q]));
    expect(await found('式会社会社成立')).toEqual(['odd-01']);
  });

  it('counts every occurrence of a term, overlapping ones too, from positions or from the text', async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat(), fc.nat(), fc.nat(), fc.integer({ min: 1, max: 9 }), async (e, f, at, len) => {
        const fields = referenceFields(entries[e % entries.length]!);
        const field = Array.from(fields[f % fields.length] ?? '');
        const term = field.slice(at % Math.max(1, field.length), (at % Math.max(1, field.length)) + len).map((c) => c.codePointAt(0)!);
        if (term.length === 0 || term.includes(0x20)) return;
        const q = String.fromCodePoint(...term);
        const m = await matchTerm(idx.engine.keys, Family.text, term);
        expect(Array.from(m.docs, (d) => idOf.get(d)!).sort(), q).toEqual(referenceSearch(folded, [q]));
        m.docs.forEach((d, i) => expect(m.counts[i], q).toBe(occurrences(folded.find((x) => x.id === idOf.get(d))!.fields, q)));
        // Decided in the text of candidates (here every document holding its first pair): the same documents, counts and zones.
        const candidates = await idx.engine.keys.docs([Family.text, ...term.slice(0, 2)]);
        expect({ q, ...(await verifyInText(idx.engine.docs, candidates, q, await idx.engine.folds())) }).toEqual({ q, ...m });
      }),
      { numRuns: 300, seed: 5 },
    );
  });

  it('answers from frequent phrases’ keys exactly as from pairs (their positions read by blocks), counts and zones too', async () => {
    // Phrases in two documents or more get keys here; in the main index of this test almost none does.
    const phrased = buildFixtureIndex(entries, { phraseDocs: 2 });
    expect(phrased.report.keys - idx.report.keys).toBeGreaterThan(500);
    const keys = phrased.engine.keys;
    let whole = 0;
    const words = NEWS_WORDS.split(/\s+/).filter(Boolean);
    const phrases = [...words.filter((w) => w.length >= 3), ...words.slice(0, 24).flatMap((a) => words.slice(0, 12).map((b) => a + b))];
    const substring = fc.tuple(fc.nat(), fc.nat(), fc.nat(), fc.integer({ min: 3, max: 12 })).map(([e, f, at, len]) => {
      const field = Array.from(referenceFields(entries[e % entries.length]!)[f] ?? '');
      return field.slice(at % Math.max(1, field.length), (at % Math.max(1, field.length)) + len).join('');
    });
    await fc.assert(
      fc.asyncProperty(fc.oneof(substring, fc.constantFrom(...phrases)), async (q) => {
        const term = Array.from(q, (c) => c.codePointAt(0)!);
        if (term.length < 3 || term.includes(0x20)) return;
        if (await keys.entry([Family.text, ...term])) whole++;
        const [a, b] = await Promise.all([
          matchTerm(keys, Family.text, term, { phraseDocs: 2, skipBytes: Infinity }),
          matchTerm(idx.engine.keys, Family.text, term, { phraseDocs: null, skipBytes: 64 }),
        ]);
        expect({ q, docs: Array.from(a.docs, (d) => idOf.get(d)).sort() }).toEqual({ q, docs: referenceSearch(folded, [q]) });
        expect({ q, counts: Array.from(a.counts), zones: Array.from(a.zones) }).toEqual({ q, counts: Array.from(b.counts), zones: Array.from(b.zones) });
      }),
      { numRuns: 400, seed: 9 },
    );
    expect(whole).toBeGreaterThan(100);
  }, 120_000);

  it('answers a common word from its top list: the same count and first pages as the whole ranking', async () => {
    // Every key in more than a few documents has a top list here.
    const topped = buildFixtureIndex(entries, { topMinBytes: 16 });
    let fromTop = 0;
    for (const q of [...NEWS_WORDS.split(/\s+/).slice(0, 40), '台湾', '的', '发展']) {
      const engine = topped.fresh();
      const out = await engine.search(params(q));
      const all = await idx.engine.search(params(q));
      await all.complete?.();
      expect(out.total, q).toBe(all.total);
      if (out.complete) fromTop++;
      expect(Array.from(out.docs.subarray(0, 20)), q).toEqual(Array.from(all.docs.subarray(0, 20)));
      // Asking for the third page reads the rest, ranked as a search without a top list ranks it.
      const third = await resultsOf(engine, out, 20, 10);
      expect(out.complete).toBeNull();
      expect(Array.from(out.docs), q).toEqual(Array.from(all.docs));
      expect(third.map((r) => r.id)).toEqual(Array.from(all.docs.subarray(20, 30), (d) => idOf.get(d)));
    }
    expect(fromTop).toBeGreaterThan(30);
  }, 120_000);

  it('folds zero-width characters away, in the text and in the query', async () => {
    for (const q of ['乡村振兴示范', '乡\u200b村振兴', '振兴\ufeff示范']) expect(await found(q), q).toEqual(referenceSearch(folded, [q]));
    expect(await found('乡村振兴示范')).toContain('odd-03');
  });

  it('searches quotation marks inside a pasted phrase as text, and around a whole term as a phrase', async () => {
    for (const q of ['说：“要发展，', '也要保护”。', '引用「城市更新」一词']) expect(await found(q), q).toEqual(['odd-03']);
    expect(await found('“要发展，也要保护”')).toEqual(referenceSearch(folded, ['要发展，也要保护']));
    expect(await found('「城市更新」')).toEqual(referenceSearch(folded, ['城市更新']));
    expect((await found('「城市更新」')).length).toBeGreaterThan(1);
  });

  it('finds nothing for absent words, of any length', async () => {
    for (const q of ['鑫', '鬱鬱', '犇骉', '一二三四五六七八九十', 'zzqxj', '党建党建党建党建']) expect(await found(q), q).toEqual(referenceSearch(folded, [q]));
    expect(await found('犇骉')).toEqual([]);
  });
});

describe('kicker, author note and column', () => {
  const term = (q: string) => Array.from(q, (c) => c.codePointAt(0)!);

  it('finds a kicker as it finds a title, and ranks a match there as a title match', async () => {
    for (const q of ['城市更新', '更新进行时', '城市更新进行时——旧厂房']) expect(await found(q), q).toEqual(referenceSearch(folded, [q]));
    expect(await found('城市更新进行时')).toEqual(['hand-08']);
    // A kicker and its title are two fields: no word is found across them.
    expect(await found('进行时——旧厂房')).toEqual([]);
    for (const q of ['更新', '更新进行', '城市更新进行时']) {
      const m = await matchTerm(idx.engine.keys, Family.text, term(q));
      expect(m.zones[Array.from(m.docs).indexOf(docOf.get('hand-08')!)], q).toBe(Zone.title);
    }
    const rel = await idx.engine.search(params('更新进行'));
    expect(idOf.get(rel.docs[0]!)).toBe('hand-08');
    // And by its pinyin, as a title is.
    expect(await found('gengxinjinxingshi')).toEqual(['hand-08']);
  });

  it('finds words of an author note, a series line and a column named in the title', async () => {
    for (const q of ['建筑学院教授', '作者为江城', '城市观察之三', '江城短评', '城市观察']) expect(await found(q), q).toEqual(referenceSearch(folded, [q]));
    expect(await found('建筑学院教授')).toEqual(['hand-08']);
    expect(await found('城市观察之三')).toEqual(['hand-08']);
    expect(await found('江城短评')).toEqual(['hand-09']);
  });

  it('gives a result its kicker and column line, and keeps the kicker out of the passage', async () => {
    const folds = await idx.engine.folds();
    const out = await idx.engine.search(params('城市更新进行时'));
    const [r] = await resultsOf(idx.engine, out, 0, 10);
    expect(r).toMatchObject({ id: 'hand-08', title: '旧厂房变身文创园', kicker: '城市更新进行时——', column: '系列：城市观察之三' });
    // A match in the headline shows the lead of the body: not the dateline printed before it.
    expect(snippet(passageOf(r!, out.terms, folds)).map((x) => x.text).join('')).toBe('纺织厂旧址改造完成，迎来首批入驻团队。');
    // The title prints its column's tag: no column line to add, and no kicker.
    const [short] = await resultsOf(idx.engine, await idx.engine.search(params('小巷微改造')), 0, 10);
    expect(short).toMatchObject({ id: 'hand-09' });
    expect(short!.column).toBeUndefined();
    expect(short!.kicker).toBeUndefined();
  });
});

describe('filters and order', () => {
  it('filters by paper, kind, reporter and date range', async () => {
    expect(await found('乡村振兴', { paper: '山河晚报' })).toEqual(referenceSearch(folded.filter((_, i) => entries[i]!.paper === '山河晚报'), ['乡村振兴']));
    expect(await found('台湾', { kind: 'brief' })).toEqual(referenceSearch(folded.filter((_, i) => entries[i]!.kind === 'brief'), ['台湾']));
    expect(await found('台湾', { kind: 'brief' })).toContain('hand-03');
    expect(await found('乡村振兴', { reporter: '张崇周' })).toEqual(['hand-01', 'hand-02']);
    expect(await found('', { from: '2024-03-02', to: '2024-03-04' })).toEqual(entries.filter((e) => e.date && e.date >= '2024-03-02' && e.date <= '2024-03-04').map((e) => e.id).sort());
  });

  it('sorts by date either way, and by relevance with title matches first', async () => {
    const dates = async (sort: SearchParams['sort']) => {
      const out = await idx.engine.search(params('发展', { sort }));
      return Promise.all(Array.from(out.docs.slice(0, 40), async (n) => (await idx.engine.header(n))!.date ?? ''));
    };
    const newest = await dates('newest');
    expect(newest).toEqual([...newest].sort().reverse());
    const oldest = await dates('oldest');
    expect(oldest).toEqual([...oldest].sort());
    const rel = await idx.engine.search(params('党建工作'));
    const first = await idx.engine.header(rel.docs[0]!);
    expect(referenceFold(first!.title)).toContain('党建工作');
  });
});

describe('pinyin', () => {
  it('finds titles and reporters by the pinyin of their characters', async () => {
    expect(await found('dangjian')).toEqual(expect.arrayContaining(['hand-06', 'hand-07']));
    expect(await found('zhang chong zhou')).toEqual(expect.arrayContaining(['hand-01', 'hand-02']));
    const out = await idx.engine.search(params('dangjian'));
    expect(out.total).toBeGreaterThan(out.textTotal);
  });
});
