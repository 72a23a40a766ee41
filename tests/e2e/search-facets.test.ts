// Facets on the search page in Chromium: counts over the current results,
// narrowing and clearing, the reporter filter by pinyin, and what the status says.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Entry } from '../../src/schema/entry.ts';
import { builtEntries, fixtureEntries } from './support/build-site.ts';
import { searchAnswered, startSite, type SiteSession } from './support/site-session.ts';

const BASE = '/archive/';
const done = searchAnswered;
const count = (page: Page) => page.locator('#search-results > li').count();
const status = (page: Page) => page.locator('#search-status').innerText();

/** A facet's values as shown: value text → count. */
async function facet(page: Page, title: string): Promise<Record<string, number>> {
  const values = await page.locator(`.search-facet:has(h2:text-is("${title}")) .search-facet__value`).allInnerTexts();
  return Object.fromEntries(values.map((v) => v.split(/\s+(?=[\d,]+$)/)).map(([k, n]) => [k!, Number(n!.replace(/,/g, ''))]));
}

describe('search facets and filters', () => {
  let s: SiteSession;
  let entries: Entry[];
  beforeAll(async () => {
    s = await startSite({ base: BASE, entries: fixtureEntries });
    entries = builtEntries(s.site);
  });
  afterAll(() => s?.close());

  it('counts paper, kind, year and reporter over the results; a value narrows to its count, and each filter and all can be cleared', async () => {
    const { page } = await s.open();
    await page.goto(s.served.url('search/?q=江城'));
    await done(page);
    const total = await count(page);
    const kinds = await facet(page, '类型');
    expect(Object.values(kinds).reduce((a, b) => a + b, 0)).toBe(total);
    const years = await facet(page, '年份');
    expect(Object.keys(years)).toEqual(['2024 年', '2023 年']);
    expect(years['2023 年']).toBe(entries.filter((e) => e.date?.startsWith('2023')).length);
    expect(Object.keys(await facet(page, '记者'))).toContain('王小明');

    await page.locator('.search-facet__value', { hasText: '2023 年' }).click();
    await done(page);
    expect(page.url()).toContain('from=2023-01-01&to=2023-12-31');
    expect(await count(page)).toBe(years['2023 年']);
    await page.locator('.search-facet__value', { hasText: '文章' }).click();
    await done(page);
    expect(page.url()).toContain('kind=article');
    expect(await page.locator('#search-active .search-chip').allInnerTexts()).toEqual(['类型：文章 ✕', '日期：2023-01-01 至 2023-12-31 ✕', '清除全部筛选']);
    await page.locator('#search-active .search-chip', { hasText: '日期' }).click();
    await done(page);
    expect(page.url()).not.toContain('from=');
    expect(await count(page)).toBe(kinds['文章']);
    await page.locator('#search-active .search-chip', { hasText: '清除全部筛选' }).click();
    await done(page);
    expect(await count(page)).toBe(total);
    expect(await page.locator('#search-active .search-chip').count()).toBe(0);
    await page.goBack();
    await done(page);
    expect(page.url()).toContain('kind=article');
  });

  it('finds a reporter typed in pinyin, with or without spaces, as by name', async () => {
    const { page } = await s.open();
    const ids = async (q: string) => {
      await page.goto(s.served.url(`search/?${q}`));
      await done(page);
      return page.locator('#search-results .item-card__title a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));
    };
    const byName = await ids('reporter=王小明');
    expect(byName).toHaveLength(entries.filter((e) => e.authors.some((a) => a.name === '王小明')).length);
    expect(await ids('reporter=wangxiaoming')).toEqual(byName);
    expect(await ids('reporter=Wang+Xiaoming')).toEqual(byName);
    // A Traditional name, by the pinyin of its characters.
    expect(await ids('reporter=chenjiale')).toEqual([`${BASE}article/gangdao-20240215-01-01/`]);
  });

  it('says what a filter-only search found, without speaking of pinyin, and when a date range leaves out every match', async () => {
    const { page } = await s.open();
    await page.goto(s.served.url('search/?reporter=wangxiaoming'));
    await done(page);
    expect(await status(page)).toBe('共 3 条符合筛选条件的条目。');
    await page.goto(s.served.url('search/?q=江滨公园&from=2025-01-01'));
    await done(page);
    expect(await count(page)).toBe(0);
    expect(await status(page)).toBe('所选日期范围内没有包含这些字词的条目；范围之外有 2 条。');
  });
});
