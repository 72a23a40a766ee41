// Small pages written for these tests: what the lines printed after a body
// (credit lists, place credits, author notes, signatures, notes) become in the
// item they close, and that no text is lost on the way.
import { describe, expect, it } from 'vitest';
import { parsePage } from '../src/ingest/index.ts';
import { compareCoverage } from '../src/ingest/text-coverage.ts';

function parse(lines: string[]) {
  const r = parsePage({ file: 'test/2024-05-01/01.txt', bytes: new TextEncoder().encode(lines.join('\n\n') + '\n'), sidecar: null });
  expect(compareCoverage(r.page, r.entries)).toEqual({ lost: '', extra: '' });
  return r;
}
const names = (e: { authors: { name: string }[] }) => e.authors.map((a) => a.name).join(' ');

describe('lines after a body', () => {
  it('takes the names of a trailing credit list as the authors of the item above it', () => {
    const { entries } = parse([
      '各地群众欢度佳节',
      '节日期间，西河市举办了灯会，吸引了大批市民前来观赏，街头巷尾一片喜庆。',
      '苍梧县的乡村舞台连演七天，村民们自编自演的节目赢得阵阵掌声。',
      '（综合本报记者郑立远、方志成、罗敏报道）',
      '山区学校办起食堂',
      '记者 许文',
      '今年春季学期起，全县山区学校都办起了食堂，学生每天能吃上热饭。',
    ]);
    expect(entries.map((e) => [e.title, names(e)])).toEqual([
      ['各地群众欢度佳节', '郑立远 方志成 罗敏'],
      ['山区学校办起食堂', '许文'],
    ]);
    expect(entries[0]!.bylines).toEqual(['（综合本报记者郑立远、方志成、罗敏报道）']);
    expect(entries[0]!.paragraphs.at(-1)).toMatch(/^苍梧县/u);
  });

  it("makes a trailing place credit the dateline of an item that has none", () => {
    const { entries } = parse([
      '港口吞吐量创新高',
      '今年前三季度，苍梧港货物吞吐量同比增长一成，集装箱航线新增五条。',
      '港务局负责人表示，将继续扩大对外合作，提升服务水平。',
      '（本报苍梧10月27日电）',
    ]);
    expect(entries).toHaveLength(1);
    expect(entries[0]!.dateline).toBe('（本报苍梧10月27日电）');
    expect(entries[0]!.datelineParts).toEqual({ source: '本报', place: '苍梧', date: '10月27日' });
  });

  it("keeps an author note as the item's authorNote, not a paragraph", () => {
    const { entries } = parse([
      '让阅读成为习惯',
      '作者：何青',
      '读书是一件需要坚持的事，每天抽出半小时，一年就能读完二十本书。',
      '（作者为西河大学教授）',
    ]);
    expect(entries).toHaveLength(1);
    expect(entries[0]!.authorNote).toBe('（作者为西河大学教授）');
    expect(names(entries[0]!)).toBe('何青');
    expect(entries[0]!.paragraphs).toHaveLength(1);
  });

  it("reads letters' signatures as their authors, not the next letter's byline", () => {
    const { entries } = parse([
      '保护好水源',
      '近年来，不少村庄建起了自来水厂，但水源保护仍有不足，应当加强巡查。',
      '江西临川市  罗  敏',
      '提倡分餐',
      '分餐既卫生又文明，建议餐馆主动提供公筷公勺，引导顾客养成好习惯。',
      '湖南岳阳县  方志成',
    ]);
    expect(entries.map((e) => [e.title, names(e)])).toEqual([
      ['保护好水源', '罗敏'],
      ['提倡分餐', '方志成'],
    ]);
  });

  it('keeps a chart note inside its item instead of opening a new one', () => {
    const { entries } = parse([
      '全市用电量稳步增长',
      '上半年全市用电量同比增长百分之八，其中工业用电增长最快。',
      '数据来源：西河市统计局',
      '制图：郑立远',
    ]);
    expect(entries).toHaveLength(1);
    // Lines without a full stop are joined as a paragraph cut by the column (reading-order's rule).
    expect(entries[0]!.paragraphs.join('')).toMatch(/数据来源：西河市统计局制图：郑立远$/u);
    expect(entries[0]!.authors).toEqual([]);
  });

  it('makes a titled item of a few short paragraphs and a credit one titled photo', () => {
    const { entries } = parse(['湖上影展', '10月4日，游客坐着小船，欣赏浮在湖面的摄影作品。', '影展为期一个月。', '方志成摄（影像中国）']);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ kind: 'photo', title: '湖上影展', paragraphs: [], credit: '方志成摄（影像中国）', authors: [{ name: '方志成', role: '摄影' }] });
    expect(entries[0]!.caption).toBe('10月4日，游客坐着小船，欣赏浮在湖面的摄影作品。\n影展为期一个月。');
  });

  it('reads a Taiwan byline in 【】 on its own line as a byline, not a section label', () => {
    const { entries, page } = parse(['縣府推動長照', '【記者方志誠／西河報導】', '縣府今年擴大長照服務據點，新增日照中心三處，服務長者逾千人。']);
    expect(entries[0]).toMatchObject({ title: '縣府推動長照', bylines: ['【記者方志誠／西河報導】'], authors: [{ name: '方志誠', role: '记者' }] });
    expect(page.labels).toEqual([]);
  });

  it('reads a Taiwan byline at the start of the text as its dateline', () => {
    const { entries } = parse(['國道車流回堵', '記者方志誠/西河報導  適逢連假收假日，國道北上車流增加，多處路段回堵。']);
    expect(entries[0]).toMatchObject({ title: '國道車流回堵', dateline: '記者方志誠/西河報導', authors: [{ name: '方志誠', role: '记者' }] });
    expect(entries[0]!.paragraphs[0]).toMatch(/^適逢/u);
  });
});
