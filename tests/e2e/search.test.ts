// The search page in Chromium, under a base path: type, see highlighted
// results, filter, reload the URL, keyboard use, hostile text, no-JS notice.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INDEX_DIR, MANIFEST_FILE } from '../../src/search/core/layout.ts';
import { builtEntries, fixtureEntries } from './support/build-site.ts';
import { searchAnswered, startSite, type SiteSession } from './support/site-session.ts';

const BASE = '/archive/';

async function search(page: Page, q: string): Promise<void> {
  await page.fill('#search-q', q);
  await page.press('#search-q', 'Enter');
  await searchAnswered(page);
}

const titles = (page: Page) => page.locator('#search-results .item-card__title a').allInnerTexts();

describe('search page', () => {
  let s: SiteSession;
  beforeAll(async () => {
    s = await startSite({ base: BASE, entries: fixtureEntries });
  });
  afterAll(() => s?.close());

  it('reads the index the site build wrote (the Astro integration), of every entry built', () => {
    const manifest = join(s.site.dist, INDEX_DIR, MANIFEST_FILE);
    expect(existsSync(manifest), `${manifest}: the site build wrote no search index`).toBe(true);
    const entries = builtEntries(s.site);
    expect((JSON.parse(readFileSync(manifest, 'utf8')) as { docCount: unknown }).docCount).toBe(entries.length);
  });

  it('finds, highlights and counts; Simplified finds Traditional', async () => {
    const { page } = await s.open();
    await page.goto(s.served.url('search/'));
    await search(page, '江滨公园');
    expect(await page.locator('#search-status').innerText()).toContain('找到 2 条结果');
    expect(await page.locator('#search-results mark').first().innerText()).toBe('江滨公园');
    expect(page.url()).toBe(s.served.url('search/?q=%E6%B1%9F%E6%BB%A8%E5%85%AC%E5%9B%AD'));
    await search(page, '天气');
    expect(await titles(page)).toEqual(['天文台預測週末天氣轉涼']);
    expect(await page.locator('#search-results mark').first().innerText()).toBe('天氣');
    const href = await page.locator('#search-results a').first().getAttribute('href');
    expect(href).toBe(`${BASE}article/gangdao-20240215-01-02/`);
  });

  it('finds a kicker as it finds a title, and shows it above the title with the match marked', async () => {
    const { page } = await s.open();
    await page.goto(s.served.url('search/'));
    await search(page, '焕发新活力');
    expect(await titles(page)).toEqual(['旧车间里开出“新课堂”']);
    const result = page.locator('#search-results > li').first();
    expect(await result.locator('hgroup .item-card__kicker').textContent()).toBe('老厂房焕发新活力——');
    expect(await result.locator('.item-card__kicker mark').textContent()).toBe('焕发新活力');
    expect(await result.locator('.item-card__column').textContent()).toBe('系列：城市更新观察');
    // An author note is searchable text too.
    await search(page, '城市规划系教授');
    expect(await titles(page)).toEqual(['让口袋公园常开常新（江城短评）']);
  });

  it('applies a filter, and the same URL gives the same results after a reload and through the back button', async () => {
    const { page } = await s.open();
    await page.goto(s.served.url('search/?q=江滨公园'));
    await page.waitForSelector('#search-results > li');
    await page.selectOption('select[name="kind"]', 'photo');
    await page.waitForFunction(() => document.querySelectorAll('#search-results > li').length === 1);
    expect(page.url()).toContain('kind=photo');
    const filtered = await page.locator('#search-results').innerText();
    await page.reload();
    await page.waitForSelector('#search-results > li');
    expect(await page.locator('#search-results').innerText()).toBe(filtered);
    expect(await page.inputValue('select[name="kind"]')).toBe('photo');
    await page.goBack();
    await page.waitForFunction(() => document.querySelectorAll('#search-results > li').length === 2);
    expect(await page.inputValue('select[name="kind"]')).toBe('');
  });

  it('keeps a hostile page’s text as text in titles and snippets', async () => {
    const { page, dialogs } = await s.open();
    await page.goto(s.served.url('search/'));
    await search(page, 'onerror');
    const dom = await page.evaluate(() => ({
      images: document.querySelectorAll('#search-results img').length,
      scripts: document.querySelectorAll('#search-results script').length,
      handlers: document.querySelectorAll('#search-results [onerror]').length,
      injected: document.querySelectorAll('#search-results b, #search-results i').length,
      kicker: document.querySelector('#search-results .item-card__kicker')?.textContent,
      column: document.querySelector('#search-results .item-card__column')?.textContent,
      title: document.querySelector('#search-results .item-card__title a')?.textContent,
      snippet: document.querySelector('#search-results .item-card__lead')?.textContent,
    }));
    expect(dom).toMatchObject({ images: 0, scripts: 0, handlers: 0, injected: 0, kicker: '<b>紧急</b>提醒——', column: '系列：<i>反诈</i>课堂' });
    expect(dom.title).toContain('<script>');
    expect(dom.snippet).toContain('<img src=x onerror=');
    expect(dialogs).toEqual([]);
  });

  it('is usable from the keyboard: "/" focuses the box, results are links in tab order', async () => {
    const { page } = await s.open();
    await page.goto(s.served.url('search/?q=王小明'));
    await page.waitForSelector('#search-results > li');
    await page.locator('h1').click();
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-q');
    const links = await page.locator('#search-results a').count();
    expect(links).toBeGreaterThan(0);
    let reached = false;
    for (let i = 0; i < 20 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(() => !!document.activeElement?.closest('#search-results'));
    }
    expect(reached).toBe(true);
  });

  it('suggests a reporter for a misspelt name and finds titles and names by pinyin', async () => {
    const { page } = await s.open();
    await page.goto(s.served.url('search/'));
    await search(page, '张崇州');
    await page.waitForSelector('#search-suggestions a');
    expect(await page.locator('#search-suggestions a').first().innerText()).toContain('张崇周');
    await search(page, 'xiangjianshuwu');
    expect(await titles(page)).toEqual(['乡间书屋的灯光']);
    await search(page, 'zhangchongzhou');
    expect(await titles(page)).toContain('乡间书屋的灯光');
  });

  it('is one whole document: its script stands inside the body, nothing after </html>', () => {
    const html = readFileSync(join(s.site.dist, 'search/index.html'), 'utf8');
    expect(html.slice(html.lastIndexOf('</html>') + '</html>'.length).trim()).toBe('');
    expect(html.lastIndexOf('<script')).toBeLessThan(html.lastIndexOf('</body>'));
  });

  it('says that search needs JavaScript, and points to browsing, when scripts are off', async () => {
    const context = await s.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(s.served.url('search/'));
    const text = await page.locator('main').innerText();
    expect(text).toContain('搜索需要在浏览器中启用 JavaScript');
    expect(await page.locator('noscript a, main a[href$="/papers/"]').count()).toBeGreaterThan(0);
    await context.close();
  });
});
