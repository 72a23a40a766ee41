// A reader's path through the site: home -> paper -> date -> page -> article ->
// reporter and back, on the fixture site at the root and under a base path, and
// on the real sample pages (ingest + build), which is what users get.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { builtEntries, fixtureEntries, repoRoot } from './support/build-site.ts';
import { follow, startSite, type SiteSession } from './support/site-session.ts';

describe.each(['/', '/archive/'])('fixture site under %s', (base) => {
  let s: SiteSession;
  beforeAll(async () => {
    s = await startSite({ base, entries: fixtureEntries });
  });
  afterAll(() => s?.close());

  it('leads from home to a paper, a date, a page, an article, a reporter and back', async () => {
    const { page } = await s.open();
    await page.goto(s.served.url());
    expect((await page.locator('h1').textContent())?.trim()).toBe('报纸档案馆');

    await follow(page, page.locator('.paper-list').getByRole('link', { name: '江城日报' }));
    expect(page.url()).toBe(s.served.url('papers/jiangcheng/'));
    await follow(page, page.getByRole('link', { name: /^2024年3月\s*1\s*日，\s*2版$/ }));
    expect(page.url()).toBe(s.served.url('papers/jiangcheng/2024-03-01/'));
    expect(await page.locator('.issue-page h2').allTextContents()).toEqual(['第1版 要闻', '第2版 综合']);

    await follow(page, page.getByRole('link', { name: '第1版 要闻' }));
    expect(page.url()).toBe(s.served.url('page/jiangcheng-20240301-01/'));
    expect(await page.locator('.page-items .item-card__title').allTextContents()).toEqual([
      '江城春季植树活动全面启动',
      '市图书馆延长开放时间',
      '〔三月一日，志愿者在江滨公园栽种樟树苗。〕',
      '〔……该项目预计年底前完工，届时将〕',
    ]);

    await follow(page, page.locator('.page-items').getByRole('link', { name: '江城春季植树活动全面启动' }));
    expect(page.url()).toBe(s.served.url('article/jiangcheng-20240301-01-01/'));
    expect((await page.locator('h1').textContent())?.trim()).toBe('江城春季植树活动全面启动');
    expect(await page.locator('.citation').textContent()).toContain('王小明, 李华. 江城春季植树活动全面启动: 全市三百余个单位参与 新增绿地逾千亩[N/OL]. 江城日报, 2024-03-01(1)[');
    expect(await page.locator('.continuation--on a').getAttribute('href')).toBe(`${base}article/jiangcheng-20240301-02-01/`);
    expect(await page.locator('.article .authors .authors__role').allTextContents()).toEqual(['记者', '通讯员']);

    await follow(page, page.locator('.article').getByRole('link', { name: '王小明' }));
    expect((await page.locator('h1').textContent())?.trim()).toBe('王小明');
    expect(await page.locator('.item-card__title').allTextContents()).toEqual(['江城春季植树活动全面启动', '老街改造留住城市记忆', '岁末年终话民生']);

    await page.goBack();
    expect(page.url()).toBe(s.served.url('article/jiangcheng-20240301-01-01/'));
    await page.goBack();
    expect(page.url()).toBe(s.served.url('page/jiangcheng-20240301-01/'));
    await follow(page, page.locator('.breadcrumbs').getByRole('link', { name: '首页' }));
    expect(page.url()).toBe(s.served.url());

    // Nothing was fetched outside the base path, and nothing was missing.
    expect(s.served.requests.filter((r) => !r.startsWith(base))).toEqual([]);
  });

  it('follows a continued article to its other piece and the page view to a source line', async () => {
    const { page } = await s.open();
    await page.goto(s.served.url('article/jiangcheng-20240301-02-01/'));
    expect((await page.locator('h1').textContent())?.trim()).toBe('江城春季植树活动全面启动（续）');
    await follow(page, page.locator('.continuation--from a'));
    expect(page.url()).toBe(s.served.url('article/jiangcheng-20240301-01-01/'));
    // The item's lines, linked to the page view where its raw text is printed once.
    const source = page.locator('.source').getByRole('link', { name: /^版面第\d+(–\d+)?行$/ }).first();
    const first = /#L(\d+)$/.exec((await source.getAttribute('href')) ?? '')?.[1];
    expect(first).toBeDefined();
    await follow(page, source);
    expect(page.url()).toBe(s.served.url(`page/jiangcheng-20240301-01/#L${first}`));
    expect(await page.locator('#L6').textContent()).toContain('三月的江城');
  });

  it('shows a broken sidecar on the first page of the ingest report, and counts its error', async () => {
    const { page } = await s.open();
    await page.goto(s.served.url('report/'));
    const row = page.locator('.report-row').filter({ has: page.locator('.report-row__file', { hasText: 'misc/scan-017.json' }) });
    await expect.poll(() => row.count()).toBe(1);
    expect(await row.locator('.message__where').textContent()).toBe('整个文件');
    // Said in Chinese by its rule, the rule id kept, ingest's English a click away.
    expect(await row.locator('.message__reason').textContent()).toBe('附属文件不是有效的 JSON，已忽略。');
    expect(await row.locator('.message__reason').getAttribute('lang')).toBe('zh-CN');
    expect(await row.locator('.message__rule').textContent()).toBe('sidecar-json');
    expect(await row.locator('.message__en').textContent()).toContain('sidecar is not valid JSON');
    expect(await row.locator('.message__en').getAttribute('lang')).toBe('en');
    // The fixture's pages hold no error of their own: the one counted is the sidecar's.
    expect(await page.locator('.figures div', { hasText: '错误' }).locator('dd').textContent()).toBe('1');
  });

  it('prints the headline as the paper does (引题 / 主题 / 副题), with its column, dateline and author note', async () => {
    const { page } = await s.open();
    await page.goto(s.served.url('article/jiangcheng-20240302-02-01/'));
    const headline = page.locator('.article hgroup');
    expect(await headline.locator(':scope > *').evaluateAll((els) => els.map((el) => [el.tagName, el.textContent?.trim()]))).toEqual([
      ['P', '老厂房焕发新活力——'],
      ['H1', '旧车间里开出“新课堂”'],
      ['P', '——江城工业遗存改造利用见闻'],
    ]);
    expect(await page.title()).toMatch(/^旧车间里开出“新课堂” · /);
    expect(await page.locator('.article__column').textContent()).toBe('系列：城市更新观察');
    expect(await page.locator('.article__dateline').allTextContents()).toEqual(['新华社江城3月1日电（记者 林晓雨 实习生 方小禾）']);
    expect(await page.locator('.article .authors .authors__role').allTextContents()).toEqual(['新华社记者', '实习生']);
    expect(await page.locator('.citation').textContent()).toContain('林晓雨, 方小禾. 旧车间里开出“新课堂”: 江城工业遗存改造利用见闻[N/OL]. 江城日报, 2024-03-02(2)[');

    // A column whose tag the title prints gets no second label; the author note follows the body.
    await page.goto(s.served.url('article/jiangcheng-20240302-02-02/'));
    expect(await page.locator('.article__column').count()).toBe(0);
    expect(await page.locator('.article__body > :last-child').textContent()).toBe('（作者为江城大学城市规划系教授）');
    expect(await page.locator('.article .authors .authors__role').allTextContents()).toEqual(['特约评论员']);
    expect(await page.locator('.article__byline').count()).toBe(0);
    // A collective byline names nobody: it is shown as printed.
    await page.goto(s.served.url('article/jiangcheng-20240302-02-03/'));
    expect(await page.locator('.article__byline').textContent()).toBe('本报评论员');

    await page.goto(s.served.url('page/jiangcheng-20240302-02/'));
    const card = page.locator('.page-items .item-card').first();
    expect(await card.locator('.item-card__kicker').textContent()).toBe('老厂房焕发新活力——');
    expect(await card.locator('.item-card__column').textContent()).toBe('系列：城市更新观察');
    expect(await page.locator('.page-items .item-card__column').count()).toBe(1);
  });

  it('declares Traditional pages as zh-Hant and Simplified ones as zh-CN', async () => {
    const { page } = await s.open();
    await page.goto(s.served.url('article/gangdao-20240215-01-01/'));
    expect(await page.getAttribute('html', 'lang')).toBe('zh-Hant');
    expect(await page.getAttribute('header.site-header', 'lang')).toBe('zh-CN');
    await page.goto(s.served.url('page/jiangcheng-20240301-01/'));
    expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
  });
});

describe('site built from the sample pages (ingest + build)', () => {
  let s: SiteSession;
  beforeAll(async () => {
    s = await startSite({ base: '/', input: join(repoRoot, 'content/raw') });
  });
  afterAll(() => s?.close());

  it('leads from home through every level to an article and a reporter', async () => {
    const { page } = await s.open();
    await page.goto(s.served.url());
    const paper = page.locator('.paper-list a').first();
    const paperName = await paper.textContent();
    await follow(page, paper);
    expect((await page.locator('h1').textContent())?.trim()).toBe(paperName!);
    await follow(page, page.locator('.calendar a').first());
    expect(page.url()).toMatch(/\/papers\/[a-z0-9-]+\/\d{4}-\d{2}-\d{2}\/$/);
    await follow(page, page.locator('.issue-page h2 a').first());
    expect(page.url()).toMatch(/\/page\/[a-z0-9-]+\/$/);
    expect(await page.locator('.raw-text p[id^="L"]').count()).toBeGreaterThan(0);
    const first = page.locator('.page-items .item-card__title a').first();
    const title = (await first.textContent())!;
    await follow(page, first);
    expect((await page.locator('h1').textContent())?.trim()).toBe(title);
    expect(await page.locator('.source a[href*="#L"]').count()).toBeGreaterThan(0);

    // Some article on the sample pages has a byline; its reporter page lists it.
    const articles = builtEntries(s.site);
    const withAuthor = articles.find((a) => a.authors.length > 0)!;
    await page.goto(s.served.url(`article/${withAuthor.id}/`));
    await follow(page, page.locator('.article .authors a').first());
    expect((await page.locator('h1').textContent())?.trim()).toBe(withAuthor.authors[0]!.name);
    expect(await page.locator(`.item-card__title a[href$="/article/${withAuthor.id}/"]`).count()).toBe(1);
    await follow(page, page.locator('.site-nav').getByRole('link', { name: '首页' }));
    expect(page.url()).toBe(s.served.url());
  });

  it('says what a curator corrected: on the page view, the article and the ingest report', async () => {
    // content/raw/qinghe-evening/2024-06-05/02.fix.yaml breaks a paragraph of the first item.
    const { page } = await s.open();
    await page.goto(s.served.url('page/qinghe-evening-20240605-02/'));
    const card = page.locator('.page-items .item-card', { has: page.locator('.item-card__corrected') });
    expect(await card.count()).toBe(1);
    await follow(page, card.locator('.item-card__title a'));
    expect(page.url()).toBe(s.served.url('article/qinghe-evening-20240605-02-01/'));
    expect((await page.locator('.corrected h2').textContent())?.trim()).toBe('经馆员校订');
    expect(await page.locator('.corrected li').allTextContents()).toEqual(['从「今年全镇小麦种植面积」起另起一段']);
    expect(await page.locator('.article__body p').nth(1).textContent()).toMatch(/^今年全镇小麦种植面积/);
    await page.goto(s.served.url('report/'));
    const row = page.locator('.report-row', { has: page.locator('code', { hasText: 'qinghe-evening/2024-06-05/02.fix.yaml' }) });
    expect(await row.locator('.report-row__corrections .message__sev').allTextContents()).toEqual(['已应用']);
  });

  it('prints a role once before the names that share it, as a byline does', async () => {
    const articles = builtEntries(s.site);
    const shared = articles.find((a) => a.authors.length > 1 && a.authors.every((x) => x.role === a.authors[0]!.role))!;
    expect(shared, 'a sample article whose byline names two people of one role').toBeDefined();
    const { page } = await s.open();
    await page.goto(s.served.url(`article/${shared.id}/`));
    expect(await page.locator('.article .authors a').allTextContents()).toEqual(shared.authors.map((a) => a.name));
    expect(await page.locator('.article .authors .authors__role').allTextContents()).toEqual([shared.authors[0]!.role ?? '署名']);
  });

  it('serves the data export as an index and gzip NDJSON parts that together hold exactly what ingest --json wrote', async () => {
    const index = (await fetch(s.served.url('data/articles/index.json')).then((r) => r.json())) as { items: number; parts: { url: string; items: number; bytes: number }[] };
    const exported = JSON.parse(await readFile(s.site.exportFile!, 'utf8')) as { id: string }[];
    const served: { id: string }[] = [];
    for (const part of index.parts) {
      const response = await fetch(new URL(part.url, s.served.url()).href);
      const bytes = Buffer.from(await response.arrayBuffer());
      expect(bytes.length, part.url).toBe(part.bytes);
      const records = gunzipSync(bytes).toString('utf8').trim().split('\n').map((l) => JSON.parse(l) as { id: string });
      expect(records.length, part.url).toBe(part.items);
      served.push(...records);
    }
    expect(index.items).toBe(exported.length);
    const byId = new Map(exported.map((e) => [e.id, e]));
    expect(served.map((e) => e.id).sort()).toEqual([...byId.keys()].sort());
    for (const e of served) expect(e, e.id).toEqual(byId.get(e.id));
  });
});
