// Browsing like an e-paper: the page view shows every page of its issue as a strip,
// 上一期 / 下一期 lead to the paper's other issues, and 往期回顾 lays a paper's issues
// out as month calendars with the days the archive lacks shown as such.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureEntries } from './support/build-site.ts';
import { follow, startSite, type SiteSession } from './support/site-session.ts';

let s: SiteSession;
beforeAll(async () => {
  s = await startSite({ base: '/archive/', entries: fixtureEntries });
});
afterAll(() => s?.close());

describe('the page view', () => {
  it('shows every page of its issue with number, name and first titles, the current one marked', async () => {
    const { page } = await s.open();
    await page.goto(s.served.url('page/jiangcheng-20240301-02/'));
    const strip = page.locator('nav.issue-strip li');
    expect(await strip.locator('.issue-strip__label').allTextContents()).toEqual(['第1版 要闻', '第2版 综合']);
    expect(await strip.nth(0).locator('.issue-strip__title').allTextContents()).toEqual(['江城春季植树活动全面启动', '市图书馆延长开放时间']);
    expect(await page.locator('nav.issue-strip [aria-current="page"]').getAttribute('href')).toBe('/archive/page/jiangcheng-20240301-02/');
    expect(await page.locator('nav.issue-strip [aria-current]').count()).toBe(1);
    await follow(page, strip.nth(0).locator('a'));
    expect(page.url()).toBe(s.served.url('page/jiangcheng-20240301-01/'));
    expect(await page.locator('nav.issue-strip [aria-current="page"] .issue-strip__label').textContent()).toBe('第1版 要闻');
  });

  it('leads to the same paper’s previous and next issue, at their first page', async () => {
    const { page } = await s.open();
    await page.goto(s.served.url('page/jiangcheng-20240301-02/'));
    const issues = page.getByRole('navigation', { name: '上下期' });
    await follow(page, issues.getByRole('link', { name: /下一期/ }));
    expect(page.url()).toBe(s.served.url('page/jiangcheng-20240302-01/'));
    await follow(page, page.getByRole('navigation', { name: '上下期' }).getByRole('link', { name: /上一期/ }));
    expect(page.url()).toBe(s.served.url('page/jiangcheng-20240301-01/'));
    await follow(page, page.getByRole('navigation', { name: '上下期' }).getByRole('link', { name: /上一期（2023年12月30日）/ }));
    expect(page.url()).toBe(s.served.url('page/jiangcheng-20231230-01/'));
    // The paper's first issue has no issue before it, and its only page no strip to choose from.
    expect(await page.getByRole('navigation', { name: '上下期' }).getByRole('link').allTextContents()).toEqual(['下一期（2024年3月1日）»']);
    expect(await page.locator('nav.issue-strip').count()).toBe(0);
    // A page of no issue has neither.
    await page.goto(s.served.url('page/misc-scan-017/'));
    expect(await page.getByRole('navigation', { name: '上下期' }).count()).toBe(0);
  });
});

describe('往期回顾', () => {
  it('lays a paper’s issues out as month calendars, weekdays as columns, days without an issue shown as such', async () => {
    const { page } = await s.open();
    await page.goto(s.served.url('papers/jiangcheng/'));
    const captions = await page.locator('table.calendar caption').allTextContents();
    expect(captions).toEqual(['2024年3月', '2023年12月']);
    const march = page.locator('table.calendar', { has: page.locator('caption', { hasText: '2024年3月' }) });
    expect(await march.locator('thead th').allTextContents()).toEqual(['日', '一', '二', '三', '四', '五', '六']);
    // 1 March 2024 was a Friday: the sixth column of the first week.
    const firstWeek = march.locator('tbody tr').first().locator('td');
    expect(await firstWeek.evaluateAll((tds) => tds.map((td) => td.textContent?.trim() ?? ''))).toEqual(['', '', '', '', '', '2024年3月1日，2版', '2024年3月2日，2版']);
    expect(await march.locator('a').count()).toBe(2);
    const third = march.locator('td.calendar__day--none', { hasText: /^3日，未收录$/ });
    expect(await third.count()).toBe(1);
    expect(await march.locator('td.calendar__day').count()).toBe(31);
    await follow(page, march.getByRole('link', { name: /^2024年3月\s*2\s*日，\s*2版$/ }));
    expect(page.url()).toBe(s.served.url('papers/jiangcheng/2024-03-02/'));
  });
});
