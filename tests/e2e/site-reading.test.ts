// Reading and curating: Traditional bodies in the Traditional cut of the same serif,
// ASCII punctuation in Chinese text set as tight as the text around it, line numbers
// large enough to tap, parser messages in Chinese (rule id kept, English a click
// away), and an article whose text the parser pieced together on a guess saying so.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { fixtureEntries } from './support/build-site.ts';
import { follow, startSite, type SiteSession } from './support/site-session.ts';

let s: SiteSession;
beforeAll(async () => {
  s = await startSite({ base: '/archive/', entries: fixtureEntries });
});
afterAll(() => s?.close());

const firstFace = (page: Page, selector: string) => page.locator(selector).first().evaluate((el) => getComputedStyle(el).fontFamily.split(',')[0]!.replace(/"/g, '').trim());

describe('reading', () => {
  it('sets a Traditional body in the Traditional cut of the serif a Simplified body is set in', async () => {
    const { page } = await s.open();
    await page.goto(s.served.url('article/gangdao-20240215-01-01/'));
    expect(await firstFace(page, '.article__body p')).toBe('Noto Serif CJK TC');
    expect(await firstFace(page, '.article h1')).toBe('Noto Serif CJK TC');
    expect(await firstFace(page, '.article__place')).toBe('Noto Sans CJK TC');
    // The site's own furniture, declared Simplified, stays in the Simplified cut.
    expect(await firstFace(page, '.site-header')).toBe('Noto Sans CJK SC');
    await page.goto(s.served.url('article/jiangcheng-20240301-01-01/'));
    expect(await firstFace(page, '.article__body p')).toBe('Noto Serif CJK SC');
  });

  it('sets ASCII punctuation inside Chinese text without wide gaps around it when justified', async () => {
    const { page } = await s.open(1280);
    await page.goto(s.served.url('article/jiangcheng-20240302-02-03/'));
    // Large type, so the paragraph runs to several lines whatever fonts the machine has (CJK fonts or none).
    await page.addStyleTag({ content: '.article__body { font-size: 48px; }' });
    const p = page.locator('.article__body p').nth(1);
    expect(await p.textContent()).toMatch(/\p{Script=Han}[,;:(]/u);
    // The advance of every Han character on each full line of the justified paragraph, beside punctuation or not.
    const lines: number[][] = await p.evaluate((el) => {
      const boxes: { han: boolean; left: number; top: number }[] = [];
      const walk = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      const r = document.createRange();
      for (let t = walk.nextNode(); t; t = walk.nextNode()) {
        for (let i = 0; i < t.textContent!.length; i++) {
          r.setStart(t, i);
          r.setEnd(t, i + 1);
          const b = r.getBoundingClientRect();
          boxes.push({ han: /\p{Script=Han}/u.test(t.textContent![i]!), left: b.left, top: Math.round(b.top) });
        }
      }
      const byLine = new Map<number, number[]>();
      boxes.forEach((b, i) => {
        const next = boxes[i + 1];
        if (b.han && next && next.top === b.top) byLine.set(b.top, [...(byLine.get(b.top) ?? []), next.left - b.left]);
      });
      return [...byLine.values()].slice(0, -1);
    });
    expect(lines.length).toBeGreaterThan(1);
    for (const advances of lines) expect(Math.max(...advances) - Math.min(...advances)).toBeLessThan(0.6);
  });

  it('makes the links to an item’s lines and the page view’s item numbers at least 24 px to tap', async () => {
    const { page } = await s.open(360);
    await page.goto(s.served.url('article/jiangcheng-20240301-01-01/'));
    const sizes = await page.locator('.source a').evaluateAll((els) => els.map((e) => [e.getBoundingClientRect().width, e.getBoundingClientRect().height]));
    expect(sizes.length).toBeGreaterThan(0);
    expect(sizes.filter(([w, h]) => w! < 24 || h! < 24)).toEqual([]);
    await page.goto(s.served.url('page/jiangcheng-20240301-01/'));
    const orders = await page.locator('a.raw-seg__order').evaluateAll((els) => els.map((e) => [e.getBoundingClientRect().width, e.getBoundingClientRect().height]));
    expect(orders.filter(([w, h]) => w! < 24 || h! < 24)).toEqual([]);
  });
});

describe('curating', () => {
  it('says the parser’s messages in Chinese on the page view and the report, with the rule id and the English', async () => {
    const { page } = await s.open();
    await page.goto(s.served.url('page/jiangcheng-20240301-01/'));
    const messages = page.locator('.page-messages .message');
    expect(await messages.locator('.message__reason').allTextContents()).toEqual([
      '这一段接续前面中断的句子（分栏或转行所致），已按阅读顺序与之相接。',
      '这几行未能归入任何条目，作为本版的片段保留。',
    ]);
    expect(await messages.locator('.message__rule').allTextContents()).toEqual(['column-order', 'fragment']);
    const english = messages.nth(1).locator('.message__en');
    expect(await english.getAttribute('lang')).toBe('en');
    expect(await english.locator('summary').textContent()).toBe('English');
    await english.locator('summary').click();
    expect(await english.textContent()).toContain('text could not be assigned to an item');

    await page.goto(s.served.url('report/'));
    const row = page.locator('.report-row').filter({ has: page.locator('.report-row__file', { hasText: 'jiangcheng/2024-03-01/01.txt' }) });
    expect(await row.locator('.message__reason[lang="zh-CN"]').count()).toBe(2);
  });

  it('tells on an article what the parser was unsure of in its text, linking to the lines in the page view', async () => {
    const { page } = await s.open();
    await page.goto(s.served.url('article/jiangcheng-20240301-01-01/'));
    const doubts = page.locator('.parse-doubts');
    expect(await doubts.textContent()).toContain('解析存疑');
    expect(await doubts.locator('li').allTextContents()).toEqual([
      '版面第9行：这一段接续前面中断的句子（分栏或转行所致），已按阅读顺序与之相接。',
      expect.stringMatching(/^\s*本版另有 1 段文字未能归入任何条目（片段），其中或有本条的内容：版面第20行。\s*$/),
    ]);
    await follow(page, doubts.getByRole('link', { name: '版面第9行' }));
    expect(page.url()).toBe(s.served.url('page/jiangcheng-20240301-01/#L9'));

    // Another item of the page is told only of the fragment; an item of a page without doubts, of nothing.
    await page.goto(s.served.url('article/jiangcheng-20240301-01-02/'));
    expect(await page.locator('.parse-doubts li').count()).toBe(1);
    await page.goto(s.served.url('article/jiangcheng-20240302-02-01/'));
    expect(await page.locator('.parse-doubts').count()).toBe(0);
  });
});
