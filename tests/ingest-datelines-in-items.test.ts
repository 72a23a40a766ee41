// Two reports printed under one headline, each with its dateline, are one item;
// an untitled run of datelined briefs (a 简讯 column) stays one item a brief.
// And a page's header with a page number no paper prints fills nothing.
import { describe, expect, it } from 'vitest';
import { parsePage } from '../src/ingest/index.ts';
import { compareCoverage } from '../src/ingest/text-coverage.ts';
import { PageSchema } from '../src/schema/page.ts';

const parse = (file: string, text: string) => parsePage({ file, bytes: new TextEncoder().encode(text), sidecar: null });

describe('datelines inside an item', () => {
  it('keeps a second dateline under one headline in the same item, with both reporters', () => {
    const r = parse(
      'tests/2023-02-02/04.txt',
      [
        '春运返程客流平稳有序',
        '',
        '本报南川2月1日电  （记者罗晓东）1日是春运返程高峰的第三天，全市各车站客流平稳，未发生旅客滞留。',
        '',
        '车站方面表示，将继续加开夜间班次，方便旅客出行。',
        '',
        '本报南川2月1日电  （记者孟佳琪）记者从市交通运输局获悉：当日全市公路客运量比去年同期增长一成。',
        '',
      ].join('\n'),
    );
    expect(r.entries.map((e) => [e.kind, e.title, e.authors.map((a) => a.name)])).toEqual([['brief', '春运返程客流平稳有序', ['罗晓东', '孟佳琪']]]);
    expect(r.entries[0]!.paragraphs.at(-1)).toBe('本报南川2月1日电  （记者孟佳琪）记者从市交通运输局获悉：当日全市公路客运量比去年同期增长一成。');
    expect(compareCoverage(r.page, r.entries)).toEqual({ lost: '', extra: '' });
  });

  it('keeps untitled datelined briefs apart, one item each', () => {
    const r = parse(
      'tests/2023-02-02/05.txt',
      ['本报讯（记者罗晓东）南川市图书馆开设春节阅读角，吸引不少市民。', '', '本报讯（通讯员孟佳琪）西溪镇组织志愿者为独居老人送去年货。', ''].join('\n'),
    );
    expect(r.entries.map((e) => [e.kind, e.authors.map((a) => a.name)])).toEqual([
      ['brief', ['罗晓东']],
      ['brief', ['孟佳琪']],
    ]);
  });
});

describe('what a page says of itself', () => {
  it('fills nothing from a page number no paper prints, and the page stays valid', () => {
    const r = parse('flat-pages/017_ab12cd.txt', ['1962年4月9日南川日报 第0版', '', '第0版()', '专栏:', '', '春耕备耕忙', '本报讯 各公社抓紧春耕备耕。', ''].join('\n'));
    expect(r.page.page).toBeNull();
    expect(r.page.date).toBe('1962-04-09');
    expect(PageSchema.safeParse(r.page).success).toBe(true);
  });
});
