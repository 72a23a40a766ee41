// A page holding <script>, <img onerror> and javascript: links must show them as
// text everywhere the site repeats its text, and run nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureEntries } from './support/build-site.ts';
import { startSite, type SiteSession } from './support/site-session.ts';

const HOSTILE_ARTICLE = 'article/jiangcheng-20240302-01-02/';
const HOSTILE_PAGE = 'page/jiangcheng-20240302-01/';

describe('hostile page text', () => {
  let s: SiteSession;
  beforeAll(async () => {
    s = await startSite({ base: '/', entries: fixtureEntries });
  });
  afterAll(() => s?.close());

  it('renders as text on the article, page, issue, reporter, report and home pages, and no dialog opens', async () => {
    const { page, dialogs } = await s.open();
    await page.goto(s.served.url(HOSTILE_ARTICLE));
    const reporterHref = await page.locator('.article .authors a').getAttribute('href');
    const paths = [HOSTILE_ARTICLE, HOSTILE_PAGE, 'papers/jiangcheng/2024-03-02/', reporterHref!.replace(/^\//, ''), 'report/', '', 'reporters/'];
    for (const path of paths) {
      await page.goto(s.served.url(path));
      await page.waitForTimeout(200);
      const dom = await page.evaluate(() => ({
        title: document.title,
        inlineScripts: [...document.scripts].filter((x) => /alert|document\.title/.test(x.textContent ?? '')).length,
        images: document.querySelectorAll('img').length,
        handlers: document.querySelectorAll('[onerror], [onload], [onclick]').length,
        jsLinks: document.querySelectorAll('a[href^="javascript:" i]').length,
        injected: document.querySelectorAll('main b, main i').length,
        text: document.body.innerText,
      }));
      expect(dom, path).toMatchObject({ inlineScripts: 0, images: 0, handlers: 0, jsLinks: 0, injected: 0 });
      expect(dom.title, path).not.toContain('被篡改');
    }
    expect(dialogs).toEqual([]);
  });

  it('shows the markup literally where a reader expects the words', async () => {
    const { page } = await s.open();
    await page.goto(s.served.url(HOSTILE_ARTICLE));
    expect(await page.locator('h1').textContent()).toBe('<script>alert("标题")</script>警惕网络诈骗新手法');
    expect(await page.title()).toContain('<script>alert("标题")</script>');
    const body = await page.locator('.article__body').innerText();
    expect(body).toContain(`<img src=x onerror="alert('正文')">`);
    expect(body).toContain('<a href="javascript:alert(1)">点此领奖</a>');
    expect(await page.locator('.article .authors a').textContent()).toBe('<b>钱多多</b>');
    expect(await page.locator('.article__section').textContent()).toBe('<i>安全</i>提示');
    expect(await page.locator('.article__kicker').textContent()).toBe('<b>紧急</b>提醒——');
    expect(await page.locator('.article__column').textContent()).toBe('系列：<i>反诈</i>课堂');
    expect(await page.locator('.article__author-note').textContent()).toBe('（作者为<script>alert("作者")</script>民警）');

    await page.goto(s.served.url(HOSTILE_PAGE));
    expect(await page.locator('#L14').textContent()).toBe('<script>document.title="被篡改"</script>如有疑问，请拨打反诈专线咨询。');
    const card = page.locator('.item-card', { has: page.locator('.item-card__kicker') });
    expect(await card.locator('.item-card__kicker').textContent()).toBe('<b>紧急</b>提醒——');
    expect(await card.locator('.item-card__column').textContent()).toBe('系列：<i>反诈</i>课堂');
  });

  it('escapes it in the feed', async () => {
    const feed = await fetch(s.served.url('feed.xml')).then((r) => r.text());
    expect(feed).toContain('<title>&lt;script&gt;alert(&quot;标题&quot;)&lt;/script&gt;警惕网络诈骗新手法</title>');
    expect(feed).toContain('&lt;b&gt;紧急&lt;/b&gt;提醒');
    expect(feed).not.toMatch(/<script|<img|<b>/);
  });
});
