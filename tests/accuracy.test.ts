import { describe, expect, it } from 'vitest';
import { scoreAccuracy } from '../src/ingest-run/accuracy.ts';
import { formatStyleTable } from '../src/ingest-run/accuracy-format.ts';
import type { Truth, TruthItem } from '../src/generate/truth.ts';
import type { Entry } from '../src/schema/entry.ts';
import type { Page } from '../src/schema/page.ts';
import { emptyItem } from './support/empty-item.ts';

const FILE = 'p/2024-01-02/01.txt';
const LINES = ['# 河湾村修通新路', '', '■ 记者 王芳', '', '今年以来，河湾村修通了三条新路，村民出行方便多了。', '', '◎ 修路之后', '', '村里的果子卖得更快了，收入也多了。', '', '林海摄', '林海摄'];

// The credit printed twice (lines 11 and 12) is recorded as ingest records it.
function page(lines = LINES): Page {
  const duplicates = lines === LINES ? [{ lines: [12, 12] as [number, number], of: [11, 11] as [number, number] }] : [];
  return { id: 'p', file: FILE, paper: null, paperId: null, date: null, page: 1, pageName: null, encoding: 'utf-8', lang: 'zh-CN', labels: [], duplicates, lines, files: [], items: [], messages: [] };
}

function entry(over: Partial<Entry>): Entry {
  return {
    ...emptyItem(), id: 'p-01', pageId: 'p', order: 1, paper: null, paperId: null, date: null,
    page: 1, lang: 'zh-CN', source: { file: FILE, lines: [[1, 1]] }, ...over,
  };
}

const item: TruthItem = {
  kind: 'article', title: '河湾村修通新路', subtitle: null, authors: [{ name: '王芳', role: '记者' }], dateline: null,
  first: '今年以来，河湾村修通了三', last: '果子卖得更快了，收入也多了。'.slice(-12), subheads: ['◎ 修路之后'], continuedOn: null, continuedFrom: null,
};
const truth: Truth = { [FILE]: { encoding: 'utf-8', lineEnds: 'lf', lang: 'zh-CN', labels: [], items: [item] } };
const right = entry({
  title: '河湾村修通新路', authors: [{ name: '王芳', role: '记者' }], bylines: ['记者 王芳'], subheads: [1],
  paragraphs: ['今年以来，河湾村修通了三条新路，村民出行方便多了。', '◎ 修路之后', '村里的果子卖得更快了，收入也多了。'],
});
const credit = entry({ id: 'p-02', credit: '林海摄' });

describe('accuracy scorer', () => {
  it('counts an item read right as found, complete, with title, authors and subheads right, and no text lost', () => {
    const r = scoreAccuracy(truth, [page()], [right, credit]);
    expect(r).toMatchObject({ items: 1, found: 1, complete: 1, titleAndAuthorsRight: 1, subheadsRight: 1, charsLost: 0 });
    // The credit printed twice is one text; the stray entry holding it is extra.
    expect(r.extraEntries).toBe(1);
  });

  it('reports a wrong title, a wrong role and an item whose body starts elsewhere', () => {
    const wrong = scoreAccuracy(truth, [page()], [{ ...right, title: '河湾村', authors: [{ name: '王芳', role: null }] }]);
    expect(wrong).toMatchObject({ found: 1, titleRight: 0, authorsRight: 0, authorNamesRight: 1, titleAndAuthorsRight: 0 });
    expect(wrong.mistakeCounts).toMatchObject({ title: 1, authors: 1 });
    const shifted = scoreAccuracy(truth, [page()], [{ ...right, paragraphs: ['记者 王芳', ...right.paragraphs] }]);
    expect(shifted).toMatchObject({ found: 0, titleAndAuthorsRight: 0 });
    expect(shifted.mistakes[0]!.got).toMatch(/^inside entry p-01/);
  });

  it('counts characters of the page that no entry holds as lost', () => {
    const r = scoreAccuracy(truth, [page()], [{ ...right, paragraphs: right.paragraphs.slice(0, 2) }]);
    expect(r.complete).toBe(0);
    expect(r.charsLost).toBe([...'村里的果子卖得更快了，收入也多了。林海摄'].length);
  });

  it('tells apart two items whose bodies start alike by how they end', () => {
    const a = { ...item, title: '甲', first: '“我们将继续做好这项工作', last: '甲村的路修好了。'.slice(-12) };
    const b = { ...item, title: '乙', first: '“我们将继续做好这项工作', last: '乙村的桥建成了。'.slice(-12) };
    const two: Truth = { [FILE]: { ...truth[FILE]!, items: [a, b] } };
    const lines = ['“我们将继续做好这项工作。”甲村的路修好了。', '“我们将继续做好这项工作。”乙村的桥建成了。'];
    const entries = [
      entry({ id: 'p-01', title: '乙', authors: item.authors, paragraphs: [lines[1]!] }),
      entry({ id: 'p-02', title: '甲', authors: item.authors, paragraphs: [lines[0]!] }),
    ];
    expect(scoreAccuracy(two, [page(lines)], entries)).toMatchObject({ found: 2, complete: 2, titleRight: 2 });
  });

  it('reports a page with no record', () => {
    expect(scoreAccuracy(truth, [], []).mistakeCounts).toEqual({ 'no-page': 1 });
  });

  it('scores the kicker, column, author note and dateline parts where the truth states them, and the paper, date and page', () => {
    const stated: TruthItem = {
      ...item, kicker: '河湾村——', column: { name: '乡村日记', line: null }, authorNote: null,
      datelineParts: { source: '本报', place: '河湾', date: '1日' },
    };
    const meta = { paper: '河湾日报', date: '2024-01-02', page: 1, pageName: null };
    const t: Truth = { [FILE]: { ...truth[FILE]!, style: 'P', ...meta, items: [stated] } };
    const good = { ...right, kicker: '河湾村——', column: { name: '乡村日记', line: null }, datelineParts: { source: '本报', place: '河湾', date: '1日' } };
    const r = scoreAccuracy(t, [{ ...page(), paper: '河湾日报', date: '2024-01-02' }], [good, credit]);
    expect(r).toMatchObject({ kickerItems: 1, withKicker: 1, kickerRight: 1, fieldsStated: 3, fieldsRight: 3, metaFiles: 1, metaRight: 1 });
    expect(r.byStyle.P).toMatchObject({ items: 1, found: 1, titleAndAuthorsRight: 1, kickerRight: 1, metaRight: 1, charsLost: 0 });
    const bad = scoreAccuracy(t, [page()], [{ ...good, kicker: null, datelineParts: null }, credit]);
    expect(bad).toMatchObject({ kickerRight: 0, fieldsRight: 2, metaRight: 0 });
    expect(bad.mistakeCounts).toMatchObject({ kicker: 1, 'dateline-parts': 1, meta: 1 });
    // A truth that predates these fields (the hand-made samples) is not scored on them.
    expect(scoreAccuracy(truth, [page()], [right, credit])).toMatchObject({ kickerItems: 0, fieldsStated: 0, metaFiles: 0 });
    expect(Object.keys(scoreAccuracy(truth, [page()], [right, credit]).byStyle)).toEqual(['seed']);
  });

  it('scores article files read into one page against that page, once', () => {
    const lines = ['河湾村修通新路', '今年以来，河湾村修通了三条新路，村民出行方便多了。', '石桥村建成新桥', '石桥村的新桥建成了，两岸来往方便多了。'];
    const one = (title: string, body: string): TruthItem =>
      ({ ...item, title, authors: [], first: body.slice(0, 12), last: body.slice(-12), subheads: [], kicker: null });
    const t: Truth = {
      'tree/2024/01-01.txt': { ...truth[FILE]!, style: 'txt', items: [one(lines[0]!, lines[1]!)] },
      'tree/2024/01-02.txt': { ...truth[FILE]!, style: 'txt', items: [one(lines[2]!, lines[3]!)] },
    };
    const read = Object.assign(page(lines), { file: 'tree/2024/01-01.txt', files: [{ file: 'tree/2024/01-01.txt' }, { file: 'tree/2024/01-02.txt' }] });
    const entries = [
      entry({ id: 'p-01', title: lines[0]!, paragraphs: [lines[1]!] }),
      entry({ id: 'p-02', title: lines[2]!, paragraphs: [lines[3]!] }),
    ];
    const r = scoreAccuracy(t, [read], entries);
    expect(r).toMatchObject({ files: 2, items: 2, found: 2, titleAndAuthorsRight: 2, kickerRight: 2, extraEntries: 0, charsLost: 0 });
    expect(r.byStyle.txt).toMatchObject({ files: 2, items: 2, found: 2 });
    expect(r.chars).toBe(lines.join('').length);
    // Not read at all: no page record, counted for the style.
    expect(scoreAccuracy(t, [], []).byStyle.txt).toMatchObject({ items: 2, found: 0, chars: 0 });
  });

  it('prints a row per style, and one for all when there are several', () => {
    const t: Truth = { [FILE]: { ...truth[FILE]!, style: 'K' }, 'md/2024/a.md': { ...truth[FILE]!, style: 'md' } };
    const rows = formatStyleTable(scoreAccuracy(t, [page()], [right, credit]));
    expect(rows.slice(2).map((r) => r.split(' | ')[0])).toEqual(['| K', '| md', '| all']);
    expect(rows[2]).toContain('| 1 | 1 | 100.0% | 100.0% |');
    // A file of a style the ingest does not read yet: no page, no characters.
    expect(rows[3]).toMatch(/\| not read \|$/);
  });

  it("reads a photo's body as its caption and any paragraphs after it", () => {
    const lines = ['图片报道', '3月1日，河湾村的新桥通车了。', '村民们在桥上合影留念，笑声不断。', '林海摄'];
    const body = lines[1]! + lines[2]!;
    const photo: TruthItem = { ...item, kind: 'photo', title: '图片报道', authors: [{ name: '林海', role: '摄影' }], first: body.slice(0, 12), last: body.slice(-12), chars: body.length, subheads: [] };
    const t: Truth = { [FILE]: { ...truth[FILE]!, items: [photo] } };
    const e = entry({ kind: 'photo', title: '图片报道', caption: lines[1]!, paragraphs: [lines[2]!], credit: '林海摄', authors: photo.authors });
    expect(scoreAccuracy(t, [page(lines)], [e])).toMatchObject({ found: 1, complete: 1, titleAndAuthorsRight: 1, charsLost: 0 });
  });
});
