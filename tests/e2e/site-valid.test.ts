// The built site is valid: html-validate's recommended rules over every page
// of the fixture site (every page kind; page views with scans in site-scans), and the Atom feed as RFC 4287 wants
// its authors (each entry has one, or the feed has one).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, fixtureEntries, type BuiltSite } from './support/build-site.ts';
import { htmlErrors } from './support/html-errors.ts';

// Every kind of page the site has, as a path pattern of its built file. A page view with its
// scan beside it, and the article linking to the scan, are validated in site-scans.
const PAGE_KINDS: Record<string, RegExp> = {
  home: /^index\.html$/,
  papers: /^papers\/index\.html$/,
  paper: /^papers\/[^/]+\/index\.html$/,
  issue: /^papers\/[^/]+\/\d{4}-\d{2}-\d{2}\/index\.html$/,
  page: /^page\/[^/]+\/index\.html$/,
  article: /^article\/[^/]+\/index\.html$/,
  reporters: /^reporters\/index\.html$/,
  reporter: /^reporters\/[^/]+\/index\.html$/,
  search: /^search\/index\.html$/,
  report: /^report\/(.+\/)?index\.html$/,
  data: /^data\/index\.html$/,
  unfiled: /^unfiled\/(.+\/)?index\.html$/,
  notFound: /^404\.html$/,
};

describe('validity of the built site', () => {
  let site: BuiltSite;
  let pages: string[];
  beforeAll(async () => {
    site = await buildSite({ base: '/archive/', entries: fixtureEntries });
    pages = (readdirSync(site.dist, { recursive: true }) as string[]).filter((f) => f.endsWith('.html')).sort();
  });

  it('has every page kind, each valid HTML with no error under html-validate’s recommended rules', async () => {
    for (const [kind, pattern] of Object.entries(PAGE_KINDS)) expect(pages.some((p) => pattern.test(p)), kind).toBe(true);
    expect(await htmlErrors(site.dist, pages)).toEqual([]);
  });

  it('gives the Atom feed’s entries authors as RFC 4287 (4.1.1) wants: every entry has one, or the feed has one', () => {
    const xml = readFileSync(join(site.dist, 'feed.xml'), 'utf8');
    const entries = xml.split('<entry>').slice(1);
    expect(entries.length).toBeGreaterThan(0);
    const feedHead = xml.slice(0, xml.indexOf('<entry>'));
    const feedAuthor = /<author>\s*<name>[^<]+<\/name>/.test(feedHead);
    const without = entries.filter((e) => !/<author>\s*<name>[^<]+<\/name>/.test(e.slice(0, e.indexOf('</entry>'))));
    expect(feedAuthor || without.length === 0, `${without.length} entries without an author`).toBe(true);
  });
});
