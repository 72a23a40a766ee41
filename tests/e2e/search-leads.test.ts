// Search results that lead somewhere, in Chromium: the link opens the article
// with the hits highlighted (a text fragment), snippets from the body, leads
// for a filter-only search.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Entry } from '../../src/schema/entry.ts';
import { buildSearchIndex } from '../../src/search/indexer/build-search-index.ts';
import { fixtureEntries } from './support/build-site.ts';
import { follow, startSite, type SiteSession } from './support/site-session.ts';

const BASE = '/archive/';

/** Opens the search page at a URL query and waits until its answer is shown. */
async function searchAt(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.waitForFunction(() => document.getElementById('search-page')?.dataset.state === 'done');
}

describe('search results that lead somewhere', () => {
  let s: SiteSession;
  let entries: Entry[];
  beforeAll(async () => {
    s = await startSite({ base: BASE, entries: fixtureEntries });
    entries = JSON.parse(readFileSync(join(s.site.entries, 'articles.json'), 'utf8')) as Entry[];
    if (!existsSync(join(s.site.dist, 'search-index/manifest.json'))) await buildSearchIndex(entries, s.site.dist);
  });
  afterAll(() => s?.close());

  it('links to the article with a text fragment of the clause around the hit, which Chromium finds and scrolls to', async () => {
    const { page } = await s.open(360);
    await page.setViewportSize({ width: 360, height: 320 });
    await searchAt(page, s.served.url('search/?q=江滨公园&kind=article'));
    const link = page.locator('#search-results .search-result__link').first();
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
      const p = [...document.querySelectorAll('.article__body p')].find((x) => x.textContent!.includes(c))!;
      const r = p.getBoundingClientRect();
      return r.bottom > 0 && r.top < innerHeight;
    }, clause);
    expect(inView).toBe(true);
  });

  it('gives no fragment where the passage shows no hit (a pinyin title match)', async () => {
    const { page } = await s.open();
    await searchAt(page, s.served.url('search/?q=xiangjianshuwu'));
    expect(await page.locator('#search-results .search-result__link').first().getAttribute('href')).toBe(`${BASE}article/jiangcheng-20240301-02-03/`);
  });
});
