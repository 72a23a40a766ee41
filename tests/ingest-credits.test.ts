// Photo credits and the lines printed after a body (credit lists, author notes,
// notes on sources), with made-up names and places.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readCredit, readTrailer, splitTrailingCredit } from '../src/ingest/credits.ts';

const creditNames = (t: string) => readCredit(t)?.authors.map((a) => `${a.role}:${a.name}`).join(' ') ?? null;
const listNames = (t: string) => {
  const r = readTrailer(t);
  return r?.kind === 'credit-list' ? r.authors.map((a) => a.name).join(' ') : null;
};

describe('readCredit', () => {
  it('reads photo credits with roles, padded names and agency tags', () => {
    expect(creditNames('新华社记者  郑立远摄')).toBe('新华社记者:郑立远');
    expect(creditNames('新华社记者 罗 敏摄')).toBe('新华社记者:罗敏');
    expect(creditNames('方志成摄（影像中国）')).toBe('摄影:方志成');
    expect(creditNames('韩  冬摄（人民视觉）')).toBe('摄影:韩冬');
    expect(creditNames('白雪梅 摄')).toBe('摄影:白雪梅');
    expect(creditNames('摄影 记者 郑立远')).toBe('摄影:郑立远');
    expect(creditNames('新华社发 方志成摄')).toBe('摄影:方志成');
    expect(creditNames('（記者方志誠攝）')).toBe('摄影:方志誠');
    expect(creditNames('（記者罗敏／攝）')).toBe('摄影:罗敏');
    expect(creditNames('摄影/韩冬')).toBe('摄影:韩冬');
    expect(creditNames('新华社发（方志成摄）')).toBe('摄影:方志成');
    expect(readCredit('新华社发')).toEqual({ text: '新华社发', authors: [] });
  });

  it('reads credits that name no person', () => {
    expect(readCredit('新华社记者摄RW:某某;\\\\')).toEqual({ text: '新华社记者摄RW:某某;\\\\', authors: [] });
    expect(readCredit('西河市博物馆藏')).toEqual({ text: '西河市博物馆藏', authors: [] });
    expect(readCredit('苍梧县文化馆供图')).toEqual({ text: '苍梧县文化馆供图', authors: [] });
    expect(creditNames('方志成供图')).toBe('null:方志成');
  });

  it('does not read sentences or place names as credits', () => {
    for (const t of ['游客纷纷拍摄', '这幅画由他收藏', '雪域西藏', '摄影展今天开幕，为期一个月。', '摄影作品', '摄影比赛']) expect(readCredit(t), t).toBeNull();
  });
});

describe('splitTrailingCredit', () => {
  it('splits a credit, with its agency tag, from the end of a caption', () => {
    expect(splitTrailingCredit('工人们忙着装盐。方志成摄（影像中国）')).toEqual({ caption: '工人们忙着装盐。', credit: { text: '方志成摄（影像中国）', authors: [{ name: '方志成', role: '摄影' }] } });
    expect(splitTrailingCredit('会见来宾（左一）。新华社记者 郑立远摄')?.caption).toBe('会见来宾（左一）。');
    expect(splitTrailingCredit('縣長視察工地。（記者罗敏攝）')).toEqual({ caption: '縣長視察工地。', credit: { text: '（記者罗敏攝）', authors: [{ name: '罗敏', role: '摄影' }] } });
  });

  it('leaves paragraphs that end otherwise', () => {
    expect(splitTrailingCredit('村民们在田间劳作。')).toBeNull();
    expect(splitTrailingCredit('他说，这是最好的一次拍摄')).toBeNull();
    expect(splitTrailingCredit('会议在西河举行（下转第2版）')).toBeNull();
  });
});

describe('readTrailer', () => {
  it('reads credit lists after a body into authors', () => {
    expect(listNames('（本报记者郑立远、方志成、罗敏）')).toBe('郑立远 方志成 罗敏');
    expect(listNames('（综合本报记者郑立远、方志成、罗敏、韩冬、白雪梅、何青、许文、龙飞、石磊、贺兰、江河报道）')).toBe('郑立远 方志成 罗敏 韩冬 白雪梅 何青 许文 龙飞 石磊 贺兰 江河');
    expect(listNames('(许文)')).toBe('许文');
    expect(listNames('参与采写：罗敏、韩冬')).toBe('罗敏 韩冬');
  });

  it('reads a trailing dateline with its reporters, or a place credit alone', () => {
    const agency = readTrailer('（据新华社苍梧9月24日电  记者郑立远）');
    expect(agency).toMatchObject({ kind: 'credit-list', authors: [{ name: '郑立远', role: '记者' }], dateline: { parts: { source: '新华社', place: '苍梧', date: '9月24日' } } });
    expect(listNames('（新华社西河10月4日电  记者郑立远、方志成，参与采写：罗敏、韩冬）')).toBe('郑立远 方志成 罗敏 韩冬');
    expect(readTrailer('（本报苍梧10月27日电）')).toMatchObject({ kind: 'credit-list', authors: [], dateline: { parts: { source: '本报', place: '苍梧', date: '10月27日' } } });
  });

  it('reads a letter signature as a credit list', () => {
    expect(listNames('江西临川市  罗  敏')).toBe('罗敏');
  });

  it('reads author notes and notes on sources and charts', () => {
    expect(readTrailer('（作者为西河大学教授）')).toEqual({ kind: 'author-note' });
    expect(readTrailer('（作者系苍梧市社科院研究员）')).toEqual({ kind: 'author-note' });
    for (const t of ['（摘编自《西河日报》）', '数据来源：苍梧市统计局', '本版制图：郑立远', '制图：方志成', '资料来源：西河市气象台', '图片来源：西河日报', '本版统筹：罗敏']) expect(readTrailer(t), t).toEqual({ kind: 'note' });
  });

  it('leaves bracketed text that names nobody, and ordinary lines', () => {
    for (const t of ['（記者罗敏攝）', '（完）', '（上）', '（记者手记）', '（图文无关）', '作者为此走访了多个村庄。', '今年粮食丰收。']) expect(readTrailer(t), t).toBeNull();
  });

  it('reads a trailing credit that names no person as a credit list without authors', () => {
    for (const t of ['（本报记者）', '（本报综合报道）', '（新华社）', '（据中新社）']) expect(readTrailer(t), t).toEqual({ kind: 'credit-list', authors: [], dateline: null });
  });
});

describe('credits, property', () => {
  it('never throws, and names come from the line', () => {
    const piece = fc.constantFrom('（', '）', '本报记者', '郑立远', '、', '方志成', '摄', '（影像中国）', '综合', '报道', '作者为', '据新华社', '苍梧9月24日电', ' ', '罗', '敏');
    fc.assert(
      fc.property(fc.oneof(fc.array(piece, { maxLength: 10 }).map((p) => p.join('')), fc.string({ maxLength: 50 })), (t) => {
        const squeezed = t.replace(/\s+/gu, '');
        const read = [readCredit(t)?.authors, splitTrailingCredit(t)?.credit.authors, (() => { const r = readTrailer(t); return r?.kind === 'credit-list' ? r.authors : undefined; })()];
        for (const a of read.flatMap((x) => x ?? [])) expect(squeezed).toContain(a.name);
      }),
      { numRuns: 3000 },
    );
  });
});
