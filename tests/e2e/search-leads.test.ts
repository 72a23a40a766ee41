// Search results that lead somewhere, in Chromium: the link opens the article
// with the hits highlighted (a text fragment), snippets from the body, leads
// for a filter-only search.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Entry } from '../../src/schema/entry.ts';
import { builtEntries, fixtureEntries } from './support/build-site.ts';
import { follow, searchAnswered, startSite, type SiteSession } from './support/site-session.ts';

const BASE = '/archive/';

/** Opens the search page at a URL query and waits until its answer is shown. */
async function searchAt(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await searchAnswered(page);
}

describe('search results that lead somewhere', () => {
  let s: SiteSession;
  let entries: Entry[];
  beforeAll(async () => {
    s = await startSite({ base: BASE, entries: fixtureEntries });
    entries = builtEntries(s.site);
  });
  afterAll(() => s?.close());

  it('links to the article with a text fragment of the clause around the hit, which Chromium finds and scrolls to', async () => {
    const { page } = await s.open(360);
    await page.setViewportSize({ width: 360, height: 320 });
    await searchAt(page, s.served.url('search/?q=江滨公园&kind=article'));
    const link = page.locator('#search-results .item-card__title a').first();
    const href = (await link.getAttribute('href'))!;
    // `江滨公园` alone is not found: Chromium's dictionary reads `在江` as a word. The clause is bounded by punctuation.
    const clause = '全市春季义务植树活动在江滨公园拉开帷幕';
    expect(href).toBe(`${BASE}article/jiangcheng-20240301-01-01/#:~:text=${encodeURIComponent(clause)}`);
    const article = entries.find((e) => e.id === 'jiangcheng-20240301-01-01')!;
    expect(article.paragraphs.some((p) => p.includes(clause))).toBe(true);
    await follow(page, link);
    // The clause is below the fold: the page moved only because the browser found the fragment.
    await page.waitForFunction(() => window.scrollY > 0, null, { timeout: 5000 });
    const inView = await page.evaluate((c) => {
      const p = [...document.querySelectorAll('.article__body p')].find((x) => x.textContent.includes(c))!;
      const r = p.getBoundingClientRect();
      return r.bottom > 0 && r.top < innerHeight;
    }, clause);
    expect(inView).toBe(true);
  });

  it('gives no fragment where the passage shows no hit (a pinyin title match)', async () => {
    const { page } = await s.open();
    await searchAt(page, s.served.url('search/?q=xiangjianshuwu'));
    expect(await page.locator('#search-results .item-card__title a').first().getAttribute('href')).toBe(`${BASE}article/jiangcheng-20240301-02-03/`);
  });

  const snippetOf = (page: Page, id: string) => page.locator(`#search-results > li:has(a[href*="/${id}/"]) .item-card__lead`).innerText();

  it('shows a passage of the body, not the byline or dateline, for a title or byline match', async () => {
    const { page } = await s.open();
    await searchAt(page, s.served.url('search/?q=新课堂'));
    // The dateline stands first after the headline; the passage starts with the body.
    expect(await snippetOf(page, 'jiangcheng-20240302-02-01')).toMatch(/^推开锈迹斑斑的铁门，昔日的纺机车间如今摆满了书架和木工台。/);
    await searchAt(page, s.served.url('search/?q=王小明'));
    expect(await page.locator('#search-results > li').count()).toBe(3);
    for (const text of await page.locator('#search-results .item-card__lead').allInnerTexts()) expect(text).not.toMatch(/本报记者|通讯员/);
    expect(await snippetOf(page, 'jiangcheng-20240301-01-01')).toBe('三月的江城，细雨初歇。昨日上午，全市春季义务植树活动在江滨公园拉开帷幕，机关干部、驻地官兵、学校师生和社区居民一道挥锹培土，为城市添上新绿。');
  });

  it('shows each result’s lead for a search with filters only', async () => {
    const { page } = await s.open();
    await searchAt(page, s.served.url('search/?paper=港島時報'));
    expect(await snippetOf(page, 'gangdao-20240215-01-01')).toBe('元宵節晚上，維多利亞港兩岸人頭湧湧，數十萬市民及旅客欣賞長達二十分鐘的煙花匯演。');
    expect(await snippetOf(page, 'gangdao-20240215-01-02')).toBe('受東北季候風影響，週末氣溫將下降至攝氏十四度左右。');
    expect(await page.locator('#search-results mark').count()).toBe(0);
  });
});
