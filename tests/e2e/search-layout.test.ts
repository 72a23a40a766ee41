// The search page as a page, in Chromium: no layout shift while it answers,
// its title, controls styled like the site's, and the result list as RIS and BibTeX.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SITE_NAME } from '../../src/site/site.ts';
import { fixtureEntries } from './support/build-site.ts';
import { searchAnswered, startSite, type SiteSession } from './support/site-session.ts';

const BASE = '/archive/';
const done = searchAnswered;

/** The page's cumulative layout shift so far, as Chromium measures it (shifts right after input left out). */
const layoutShift = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<number>((ok) => {
        new PerformanceObserver((list) => {
          const shifts = list.getEntries() as unknown as { hadRecentInput: boolean; value: number }[];
          ok(shifts.reduce((sum, e) => sum + (e.hadRecentInput ? 0 : e.value), 0));
        }).observe({ type: 'layout-shift', buffered: true });
        // No shift at all: the observer is never called.
        setTimeout(() => ok(0), 500);
      }),
  );

describe('the search page as a page', () => {
  let s: SiteSession;
  beforeAll(async () => {
    // The site build writes the index (tests/e2e/search.test.ts holds it to that).
    s = await startSite({ base: BASE, entries: fixtureEntries });
  });
  afterAll(() => s?.close());

  it('does not shift its layout while results, filters, suggestions and facets arrive (mobile and desktop)', async () => {
    for (const [width, height] of [
      [360, 640],
      [1280, 900],
    ] as const) {
      const { page } = await s.open(width);
      await page.setViewportSize({ width, height });
      await page.goto(s.served.url('search/?q=江城&kind=article'));
      await done(page);
      await page.waitForSelector('#search-facets .search-facet');
      expect(await layoutShift(page), `${width}px`).toBeLessThan(0.01);
    }
  });

  it('carries the site name in its title, with the query', async () => {
    const { page } = await s.open();
    await page.goto(s.served.url('search/?q=江滨公园'));
    await done(page);
    expect(await page.title()).toBe(`江滨公园 · 搜索 · ${SITE_NAME}`);
    await page.goto(s.served.url('search/'));
    await done(page);
    expect(await page.title()).toBe(`搜索 · ${SITE_NAME}`);
  });

  it('styles its fields and buttons as the site’s search box is styled', async () => {
    const { page } = await s.open();
    await page.goto(s.served.url('search/'));
    const style = (sel: string) =>
      page
        .locator(sel)
        .first()
        .evaluate((el) => {
          const c = getComputedStyle(el);
          return { border: c.borderTopColor, radius: c.borderTopLeftRadius, font: c.fontFamily, bg: c.backgroundColor };
        });
    const header = await style('.site-header .search-form input');
    for (const sel of ['#search-q', 'select[name="paper"]', 'input[name="from"]', 'input[name="reporter"]']) {
      const s2 = await style(sel);
      expect(s2, sel).toEqual({ ...header, radius: s2.radius });
      expect(s2.radius, sel).not.toBe('0px');
    }
    const button = await style('#search-form button[type="submit"]');
    expect(button.bg).toBe(await style('.site-header .search-form button').then((b) => b.bg));
  });

  it('offers the results shown as RIS and BibTeX files, built in the browser', async () => {
    const { page } = await s.open();
    await page.goto(s.served.url('search/?q=王小明'));
    await done(page);
    const links = page.locator('#search-export a');
    expect(await links.allInnerTexts()).toEqual(['RIS', 'BibTeX']);
    const read = async (i: number) => {
      const [download] = await Promise.all([page.waitForEvent('download'), links.nth(i).click()]);
      return { name: download.suggestedFilename(), text: readFileSync((await download.path()), 'utf8') };
    };
    const ris = await read(0);
    expect(ris.name).toMatch(/\.ris$/);
    expect(ris.text.match(/^TY {2}- NEWS/gm)).toHaveLength(3);
    expect(ris.text).toContain('TI  - 江城春季植树活动全面启动\r\n');
    expect(ris.text).toContain('AU  - 王小明\r\nAU  - 李华\r\n');
    expect(ris.text).toContain('UR  - https://');
    const bib = await read(1);
    expect(bib.name).toMatch(/\.bib$/);
    expect(bib.text).toContain('@article{jiangcheng-20240301-01-01,');
    expect(bib.text.match(/^@article\{/gm)).toHaveLength(3);
  });
});
