// Citing and collecting an article: the tags reference managers read, a GB/T 7714
// citation dated by the reader's day, RIS and BibTeX to download, a feed whose
// every entry has an author (RFC 4287), and a sitemap that dates its URLs.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fixtureEntries } from './support/build-site.ts';
import { startSite, type SiteSession } from './support/site-session.ts';

const ARTICLE = 'article/jiangcheng-20240301-01-01/';
let s: SiteSession;

beforeAll(async () => {
  s = await startSite({ base: '/archive/', entries: fixtureEntries });
});
afterAll(() => s?.close());

describe('citing an article', () => {
  it('carries citation_* tags in its head, one citation_author per author', async () => {
    const { page } = await s.open();
    await page.goto(s.served.url(ARTICLE));
    const meta = await page.$$eval('head meta[name]', (els) => els.map((m) => [m.getAttribute('name'), m.getAttribute('content')]));
    const of = (name: string) => meta.filter(([n]) => n === name).map(([, c]) => c);
    expect(of('citation_title')).toEqual(['江城春季植树活动全面启动——全市三百余个单位参与 新增绿地逾千亩']);
    expect(of('citation_author')).toEqual(['王小明', '李华']);
    expect(of('citation_publication_date')).toEqual(['2024/03/01']);
    expect(of('prism.publicationName')).toEqual(['江城日报']);
    expect(of('citation_firstpage')).toEqual(['1']);
    expect(of('DC.type')).toEqual(['newspaperArticle']);
    expect(of('citation_journal_title')).toEqual([]);
  });

  it('dates the online copy by the reader’s day, and leaves the placeholder where scripts do not run', async () => {
    const { page } = await s.open();
    await page.goto(s.served.url(ARTICLE));
    const today = await page.evaluate(() => new Date().toLocaleDateString('sv-SE'));
    expect(today).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(await page.locator('.citation').textContent()).toBe(
      `王小明, 李华. 江城春季植树活动全面启动: 全市三百余个单位参与 新增绿地逾千亩[N/OL]. 江城日报, 2024-03-01(1)[${today}]. https://archive.example.org/archive/${ARTICLE}.`,
    );

    const context = await s.browser.newContext({ javaScriptEnabled: false });
    const plain = await context.newPage();
    await plain.goto(s.served.url(ARTICLE));
    expect(await plain.locator('.citation').textContent()).toContain('2024-03-01(1)[引用日期]. https://');
    await context.close();
  });

  it('offers RIS and BibTeX records as downloads that need no file of their own', async () => {
    const { page } = await s.open();
    await page.goto(s.served.url(ARTICLE));
    const ris = page.locator('.cite__files a', { hasText: 'RIS' });
    expect(await ris.getAttribute('download')).toBe('jiangcheng-20240301-01-01.ris');
    const [download] = await Promise.all([page.waitForEvent('download'), ris.click()]);
    const text = await readFile(await download.path(), 'utf8');
    expect(text.split('\r\n')).toEqual(expect.arrayContaining(['TY  - NEWS', 'AU  - 王小明', 'AU  - 李华', 'T2  - 江城日报', 'DA  - 2024/03/01/', 'SP  - 1', 'ER  - ']));
    const bib = await page.locator('.cite__files a', { hasText: 'BibTeX' }).getAttribute('href');
    expect(Buffer.from(bib!.split(',')[1]!, 'base64').toString('utf8')).toContain('author = {{王小明} and {李华}}');
  });
});

describe('feed and sitemap', () => {
  it('give every feed entry an author (RFC 4287 4.1.1: the feed itself has none)', async () => {
    const xml = await readFile(join(s.site.dist, 'feed.xml'), 'utf8');
    const head = xml.slice(0, xml.indexOf('<entry'));
    expect(head).not.toContain('<author>');
    const entries = xml.match(/<entry[\s>][\s\S]*?<\/entry>/g)!;
    expect(entries.length).toBeGreaterThan(5);
    expect(entries.filter((e) => !/<author><name>[^<]+<\/name><\/author>/.test(e))).toEqual([]);
    // An unsigned brief is the paper's.
    expect(entries.find((e) => e.includes('gangdao-20240215-01-02'))).toContain('<author><name>港島時報</name></author>');
  });

  it('date every sitemap URL with lastmod', async () => {
    const index = await readFile(join(s.site.dist, 'sitemap.xml'), 'utf8');
    expect(index).toMatch(/<sitemap><loc>[^<]+<\/loc><lastmod>\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z<\/lastmod><\/sitemap>/);
    const urls = (await readFile(join(s.site.dist, 'sitemaps/1.xml'), 'utf8')).match(/<url>.*?<\/url>/g)!;
    expect(urls.length).toBeGreaterThan(20);
    expect(urls.filter((u) => !/<lastmod>\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z<\/lastmod>/.test(u))).toEqual([]);
  });
});
