// One built-and-served site plus a browser, set up once per test file.
import type { Browser, Locator, Page } from 'playwright-core';
import { launchBrowser } from './browser.ts';
import { buildSite, type BuildOptions, type BuiltSite } from './build-site.ts';
import { serveDist, type Served } from './serve-dist.ts';

export interface SiteSession {
  site: BuiltSite;
  served: Served;
  browser: Browser;
  /** A fresh page (own context) at the given viewport width, with dialogs recorded. */
  open(width?: number, colorScheme?: 'light' | 'dark'): Promise<{ page: Page; dialogs: string[] }>;
  close(): Promise<void>;
}

/** Builds (or reuses) the site, serves it under its base path and launches Chromium. */
export async function startSite(opts: BuildOptions): Promise<SiteSession> {
  const site = await buildSite(opts);
  const served = await serveDist(site.dist, opts.base);
  const browser = await launchBrowser();
  return {
    site,
    served,
    browser,
    async open(width = 1280, colorScheme = 'light') {
      const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme });
      const page = await context.newPage();
      const dialogs: string[] = [];
      page.on('dialog', (d) => {
        dialogs.push(d.message());
        void d.dismiss();
      });
      return { page, dialogs };
    },
    async close() {
      await browser.close();
      await served.close();
    },
  };
}

/** Clicks a link and waits until the page it leads to has loaded. */
export async function follow(page: Page, link: Locator): Promise<void> {
  await Promise.all([page.waitForEvent('load'), link.click()]);
}

/** Waits until the search page has shown its answer to the query in force. */
export async function searchAnswered(page: Page): Promise<void> {
  await page.waitForFunction(() => document.getElementById('search-page')?.dataset.state === 'done');
}
