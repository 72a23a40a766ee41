// Accessibility (axe-core: no serious or critical violation), no horizontal
// scrolling at 360 px, no JavaScript beyond a small search box on reading pages,
// and articles that print without the site around them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { fixtureEntries } from './support/build-site.ts';
import { startSite, type SiteSession } from './support/site-session.ts';

const axeSource = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const pages = {
  home: '',
  'page view': 'page/jiangcheng-20240301-01/',
  article: 'article/jiangcheng-20240301-01-01/',
  'Traditional article': 'article/gangdao-20240215-01-01/',
  'article with kicker and column': 'article/jiangcheng-20240302-02-01/',
  photo: 'article/jiangcheng-20240301-01-03/',
  reporter: null as string | null,
  issue: 'papers/jiangcheng/2024-03-01/',
  paper: 'papers/jiangcheng/',
  reporters: 'reporters/',
  report: 'report/',
  'pages of unknown paper or date': 'unfiled/',
};

describe('reading pages', () => {
  let s: SiteSession;
  beforeAll(async () => {
    s = await startSite({ base: '/archive/', entries: fixtureEntries });
    const { page } = await s.open();
    await page.goto(s.served.url(pages.article));
    pages.reporter = (await page.locator('.article .authors a').first().getAttribute('href'))!.replace('/archive/', '');
  });
  afterAll(() => s?.close());

  for (const scheme of ['light', 'dark'] as const) {
    it(`have no serious or critical axe violation (${scheme} theme)`, async () => {
      const { page } = await s.open(1280, scheme);
      const found: Record<string, string[]> = {};
      for (const [name, path] of Object.entries(pages)) {
        await page.goto(s.served.url(path!));
        await page.addScriptTag({ content: axeSource });
        const violations: { id: string; impact: string | null; nodes: unknown[] }[] = await page.evaluate(async () => {
          type Axe = { run(): Promise<{ violations: { id: string; impact: string | null; nodes: unknown[] }[] }> };
          const r = await (window as unknown as { axe: Axe }).axe.run();
          return r.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes }));
        });
        const bad = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
        if (bad.length) found[name] = bad.map((v) => `${v.id} (${v.impact}, ${v.nodes.length} nodes)`);
      }
      expect(found).toEqual({});
    });
  }

  it('fit a 360 px screen without horizontal scrolling', async () => {
    const { page } = await s.open(360);
    const wide: Record<string, number> = {};
    for (const [name, path] of Object.entries(pages)) {
      await page.goto(s.served.url(path!));
      const w = await page.evaluate(() => document.documentElement.scrollWidth);
      if (w > 360) wide[name] = w;
    }
    expect(wide).toEqual({});
  });

  it('ship no JavaScript beyond a small search box on article and browse pages', async () => {
    const { page } = await s.open();
    let jsBytes = 0;
    page.on('response', async (r) => {
      if (r.request().resourceType() === 'script') jsBytes += (await r.body()).length;
    });
    for (const name of ['article', 'page view', 'issue', 'paper', 'home', 'reporter'] as const) {
      await page.goto(s.served.url(pages[name]!));
      const inline = await page.evaluate(() => [...document.scripts].reduce((n, x) => n + (x.textContent?.length ?? 0), 0));
      jsBytes += inline;
    }
    expect(jsBytes).toBeLessThan(8 * 1024);
  });

  it('print an article without header, navigation or source lines, but with its citation', async () => {
    const { page } = await s.open();
    await page.goto(s.served.url(pages.article));
    await page.emulateMedia({ media: 'print' });
    const shown = await page.evaluate(() =>
      Object.fromEntries(
        ['.site-header', '.site-footer', '.breadcrumbs', '.source', '.pager', '.article', '.cite'].map((sel) => [sel, getComputedStyle(document.querySelector(sel)!).display !== 'none']),
      ),
    );
    expect(shown).toEqual({ '.site-header': false, '.site-footer': false, '.breadcrumbs': false, '.source': false, '.pager': false, '.article': true, '.cite': true });
  });
});
