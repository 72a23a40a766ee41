import { describe, expect, it } from 'vitest';
import { entriesWrittenAt } from '../../src/site/entries-written.ts';
import { atomFeed, feedAuthors, feedUpdated, type FeedMeta } from '../../src/site/feed.ts';
import { xmlText } from '../../src/site/xml.ts';
import { entryLike } from './fixture.ts';

const meta: FeedMeta = {
  title: '档案 & <测试>',
  subtitle: 's',
  home: 'https://x.org/a/',
  self: 'https://x.org/a/feed.xml',
  articleUrl: (id) => `https://x.org/a/article/${id}/`,
  titleOf: (e) => e.title ?? '无题',
  updated: '2024-03-02T00:00:00+08:00',
};

describe('atomFeed', () => {
  it('escapes every text from the pages and keeps the given order', () => {
    const hostile = entryLike('jiangcheng-20240302-01-02');
    const other = entryLike('jiangcheng-20240301-01-01');
    const xml = atomFeed(meta, [hostile, other]);
    expect(xml).not.toMatch(/<script|<img|<b>/);
    expect(xml).toContain('<title>档案 &amp; &lt;测试&gt;</title>');
    expect(xml).toContain('<author><name>&lt;b&gt;钱多多&lt;/b&gt;</name></author>');
    expect(xml.indexOf(hostile.id)).toBeLessThan(xml.indexOf(other.id));
    expect(xml).toContain('<updated>2024-03-02T00:00:00+08:00</updated>');
    expect(xml).toContain('<summary>江城日报 2024年3月2日 第1版　&lt;b&gt;紧急&lt;/b&gt;提醒　有市民反映');
  });

  it('titles an entry by its title and starts the summary with its kicker, after where it was printed', () => {
    const xml = atomFeed(meta, [entryLike('jiangcheng-20240302-02-01')]);
    expect(xml).toContain('<title>旧车间里开出“新课堂”</title>');
    expect(xml).toContain('<summary>江城日报 2024年3月2日 第2版　老厂房焕发新活力　推开锈迹斑斑的铁门');
  });
});

describe('feedAuthors', () => {
  it('gives every entry an author, as RFC 4287 wants of a feed without one: its people, its byline, else its paper', () => {
    expect(feedAuthors(entryLike('jiangcheng-20240301-01-01'))).toEqual(['王小明', '李华']);
    expect(feedAuthors(entryLike('jiangcheng-20240302-02-03'))).toEqual(['本报评论员']);
    expect(feedAuthors(entryLike('gangdao-20240215-01-02'))).toEqual(['港島時報']);
    expect(feedAuthors(entryLike('misc-scan-017-01'))).toEqual(['佚名']);
  });

  it('puts an <author> in every <entry> of the feed', () => {
    const ids = ['jiangcheng-20240301-01-01', 'jiangcheng-20240302-02-03', 'gangdao-20240215-01-02', 'misc-scan-017-01'];
    const xml = atomFeed(meta, ids.map((id) => entryLike(id)));
    const entries = xml.match(/<entry[\s>][\s\S]*?<\/entry>/g)!;
    expect(entries).toHaveLength(4);
    for (const entry of entries) expect(entry).toMatch(/<author><name>[^<]+<\/name><\/author>/);
  });
});

describe('feedUpdated', () => {
  const written = new Date('2026-12-03T05:06:07.890Z');

  it('is the newest print date of the archive, whatever order the dates come in', () => {
    expect(feedUpdated(['2024-03-01', null, '2024-03-02', '2023-12-30'], written)).toBe('2024-03-02T00:00:00+08:00');
  });

  it('is when the entries were written when no page is dated', () => {
    expect(feedUpdated([null, null], written)).toBe('2026-12-03T05:06:07Z');
    expect(feedUpdated([], written)).toBe('2026-12-03T05:06:07Z');
  });

  it('takes when the entries were written from SOURCE_DATE_EPOCH when it is set', () => {
    expect(entriesWrittenAt({ SOURCE_DATE_EPOCH: '1764739567' }).toISOString()).toBe('2025-12-03T05:26:07.000Z');
  });

  it('dates an undated entry by the feed, not 1970', () => {
    const undated = entryLike('jiangcheng-20240301-01-01', { date: null });
    const xml = atomFeed({ ...meta, updated: '2026-12-03T05:06:07Z' }, [undated]);
    expect(xml.match(/<updated>[^<]*<\/updated>/g)).toEqual(['<updated>2026-12-03T05:06:07Z</updated>', '<updated>2026-12-03T05:06:07Z</updated>']);
    expect(xml).not.toContain('1970');
  });
});

describe('xmlText', () => {
  it('drops characters XML 1.0 cannot hold, even escaped', () => {
    expect(xmlText('a\u0000b\u0008c\u000bd\te\nf')).toBe('abcd\te\nf');
  });
});
