import { describe, expect, it } from 'vitest';
import { citeGbt7714 } from '../../src/site/citation.ts';
import { entryLike } from './fixture.ts';

describe('citeGbt7714', () => {
  const e = entryLike('jiangcheng-20240301-01-01');

  it('cites authors, title with subtitle, paper, date and page', () => {
    expect(citeGbt7714(e, e.title!)).toBe('王小明, 李华. 江城春季植树活动全面启动: 全市三百余个单位参与 新增绿地逾千亩[N]. 江城日报, 2024-03-01(1).');
  });

  it('marks an online citation [N/OL] and ends with the URL', () => {
    expect(citeGbt7714({ ...e, subtitle: null }, e.title!, 'https://example.org/a/')).toBe('王小明, 李华. 江城春季植树活动全面启动[N/OL]. 江城日报, 2024-03-01(1). https://example.org/a/.');
  });

  it('dates the online copy by the day it was consulted, [引用日期] after where it was printed', () => {
    expect(citeGbt7714({ ...e, subtitle: null }, e.title!, 'https://example.org/a/', '2026-12-04')).toBe('王小明, 李华. 江城春季植树活动全面启动[N/OL]. 江城日报, 2024-03-01(1)[2026-12-04]. https://example.org/a/.');
    const bare = { ...e, authors: [], subtitle: null, paper: null, date: null, page: null };
    expect(citeGbt7714(bare, 'T', 'https://example.org/a/', '2026-12-04')).toBe('T[N/OL][2026-12-04]. https://example.org/a/.');
    // A printed copy has no 引用日期.
    expect(citeGbt7714(bare, 'T', undefined, '2026-12-04')).toBe('T[N].');
  });

  it('lists three authors, then 等, and each name once', () => {
    const authors = ['甲', '乙', '乙', '丙', '丁'].map((name) => ({ name, role: '记者' as const }));
    expect(citeGbt7714({ ...e, authors, subtitle: null }, 'T')).toBe('甲, 乙, 丙, 等. T[N]. 江城日报, 2024-03-01(1).');
  });

  it('drops the dashes a subtitle is printed with', () => {
    expect(citeGbt7714({ ...e, subtitle: '——副题' }, 'T')).toBe('王小明, 李华. T: 副题[N]. 江城日报, 2024-03-01(1).');
  });

  it('leaves out what the page does not tell', () => {
    const bare = { ...e, authors: [], subtitle: null, paper: null, date: null, page: null };
    expect(citeGbt7714(bare, '〔残文〕')).toBe('〔残文〕[N].');
    expect(citeGbt7714({ ...bare, paper: '江城日报' }, 'T')).toBe('T[N]. 江城日报.');
  });

  it('prints a page number only as the date’s (版次): without a date it locates nothing', () => {
    const bare = { ...e, authors: [], subtitle: null, paper: null, date: null, page: 3 };
    expect(citeGbt7714(bare, 'T')).toBe('T[N].');
    expect(citeGbt7714(bare, 'T', 'https://example.org/a/')).toBe('T[N/OL]. https://example.org/a/.');
    expect(citeGbt7714({ ...bare, paper: '江城日报' }, 'T')).toBe('T[N]. 江城日报.');
    expect(citeGbt7714({ ...bare, date: '2024-03-01' }, 'T')).toBe('T[N]. 2024-03-01(3).');
  });

  it('cites the main title, not the kicker printed above it', () => {
    const k = entryLike('jiangcheng-20240302-02-01');
    expect(citeGbt7714(k, k.title!)).toBe('林晓雨, 方小禾. 旧车间里开出“新课堂”: 江城工业遗存改造利用见闻[N]. 江城日报, 2024-03-02(2).');
  });
});
