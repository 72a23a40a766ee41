import { describe, expect, it } from 'vitest';
import { citationMeta } from '../../src/text/citation-meta.ts';
import { bibtexRecord, dataUrl, risRecord } from '../../src/text/reference-files.ts';
import { entryLike } from './fixture.ts';

const url = 'https://example.org/article/x/';

describe('citationMeta', () => {
  it('names title with subtitle, each author, date, paper, page and type for reference managers', () => {
    const e = entryLike('jiangcheng-20240301-01-01');
    expect(citationMeta(e, e.title!, url).map((t) => `${t.name}=${t.content}`)).toEqual([
      'citation_title=江城春季植树活动全面启动——全市三百余个单位参与 新增绿地逾千亩',
      'citation_author=王小明',
      'citation_author=李华',
      'citation_publication_date=2024/03/01',
      'prism.publicationName=江城日报',
      'citation_firstpage=1',
      'citation_language=zh-CN',
      `citation_public_url=${url}`,
      'DC.type=newspaperArticle',
    ]);
  });

  it('leaves out what the page does not tell', () => {
    const e = entryLike('misc-scan-017-01');
    const names = citationMeta(e, '〔残文〕', url).map((t) => t.name);
    expect(names).not.toContain('citation_author');
    expect(names).not.toContain('citation_publication_date');
    expect(names).not.toContain('prism.publicationName');
    expect(names).not.toContain('citation_firstpage');
  });
});

describe('risRecord', () => {
  it('is a NEWS record with each author, the paper, date and page, lines ended by CRLF', () => {
    const e = entryLike('jiangcheng-20240301-01-01', { subtitle: null });
    expect(risRecord(e, e.title!, url, { pageName: '要闻' })).toBe(
      ['TY  - NEWS', 'TI  - 江城春季植树活动全面启动', 'AU  - 王小明', 'AU  - 李华', 'T2  - 江城日报', 'PY  - 2024', 'DA  - 2024/03/01/', 'SP  - 1', 'SE  - 要闻', 'LA  - zh-CN', `UR  - ${url}`, 'ER  - ', ''].join('\r\n'),
    );
  });

  it('keeps a value on its line', () => {
    const e = entryLike('jiangcheng-20240301-01-01', { subtitle: null, authors: [] });
    expect(risRecord(e, '上行\n下行', url, { pageName: null }).split('\r\n')[1]).toBe('TI  - 上行 下行');
  });
});

describe('bibtexRecord', () => {
  it('braces each name and escapes what TeX would read as markup', () => {
    const e = entryLike('jiangcheng-20240301-01-01', { subtitle: null });
    const bib = bibtexRecord(e, '50% & {more} #1_a', url);
    expect(bib).toContain('@article{jiangcheng-20240301-01-01,\n');
    expect(bib).toContain('  author = {{王小明} and {李华}},\n');
    expect(bib).toContain('  title = {50\\% \\& \\{more\\} \\#1\\_a},\n');
    expect(bib).toContain('  journal = {江城日报},\n  entrysubtype = {newspaper},\n  date = {2024-03-01},\n  year = {2024},\n  pages = {1},\n');
    expect(bib.trimEnd().endsWith('}')).toBe(true);
    // Braces stay balanced whatever the title holds.
    const depth = [...bib.replace(/\\[{}]/g, '')].reduce((d, c) => d + (c === '{' ? 1 : c === '}' ? -1 : 0), 0);
    expect(depth).toBe(0);
  });
});

describe('dataUrl', () => {
  it('holds the text as UTF-8', () => {
    const u = dataUrl('江城 & 1', 'application/x-bibtex');
    expect(u.startsWith('data:application/x-bibtex;charset=utf-8;base64,')).toBe(true);
    expect(Buffer.from(u.split(',')[1]!, 'base64').toString('utf8')).toBe('江城 & 1');
  });
});
