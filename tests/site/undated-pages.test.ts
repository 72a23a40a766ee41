// Pages of no known paper or date (a flat folder of crawled pages) are read and must be
// reachable: listed on pages of their own that the home page and the breadcrumbs lead to,
// in the feed after the dated items with a real `updated`, cited without the parts unknown.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runIngest } from '../../src/ingest-run/run-ingest.ts';
import { compareNewest, type Archive } from '../../src/site/build-archive.ts';
import { archiveOf } from './fixture.ts';
import { citeGbt7714 } from '../../src/site/citation.ts';
import { feedUpdated } from '../../src/site/feed.ts';
import { pageTrail } from '../../src/site/page-context.ts';
import { LIST_PAGE_SIZE } from '../../src/site/site.ts';
import { sitePaths } from '../../src/site/sitemap.ts';
import { countUnfiled, describeUnfiled } from '../../src/site/unfiled.ts';
import { routes } from '../../src/site/urls.ts';

// One more page than a list page holds, so the list runs to a second page.
const PAGES = LIST_PAGE_SIZE + 1;
const name = (i: number) => `${String(i).padStart(3, '0')}_${(i * 7919).toString(16).padStart(4, '0')}`;

let archive: Archive;

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'undated-pages-'));
  for (let i = 0; i < PAGES; i++) {
    const text = [`南湖公园完成第${i + 1}期改造`, '记者 方晓', `南湖公园第${i + 1}期改造工程日前完工，新增步道三公里，园内花木也重新栽种。`, '市民张立说，每天傍晚都来这里散步，环境比以前好多了。'];
    writeFileSync(join(dir, `${name(i)}.txt`), text.join('\n\n') + '\n');
  }
  // The crawler's sidecar knows the page number of one page, and the date of another.
  writeFileSync(join(dir, `${name(1)}.json`), JSON.stringify({ page: 3 }));
  writeFileSync(join(dir, `${name(2)}.json`), JSON.stringify({ date: '2024-05-01' }));
  const result = await runIngest(dir, { cache: false, workers: 0 });
  archive = archiveOf(result.entries, result.pages, result.fileReports);
});

describe('pages of unknown paper or date', () => {
  it('are all listed, with counts of what they lack, on list pages the sitemap names', () => {
    expect(archive.papers).toEqual([]);
    expect(archive.unfiled).toHaveLength(PAGES);
    expect(archive.unfiled.map((p) => p.file)).toEqual(Array.from({ length: PAGES }, (_, i) => `${name(i)}.txt`));
    const counts = countUnfiled(archive.unfiled);
    expect(counts).toEqual({ pages: PAGES, undated: PAGES - 1, paperless: PAGES });
    expect(describeUnfiled(counts)).toBe(`${PAGES} 个版面（日期不详 ${PAGES - 1} 个，报名不详 ${PAGES} 个）`);
    const paths = sitePaths(archive);
    expect(paths).toContain(routes.unfiled(1));
    expect(paths).toContain(routes.unfiled(2));
    expect(paths).not.toContain(routes.unfiled(3));
  });

  it('lead back to the list page that lists them', () => {
    const trail = (i: number) => pageTrail(archive.unfiled[i]!, archive).map((c) => c.href);
    expect(trail(0)).toEqual([routes.home(), routes.papers(), routes.unfiled(1), routes.page(archive.unfiled[0]!.id)]);
    expect(trail(PAGES - 1)[2]).toBe(routes.unfiled(2));
  });

  it('come in the feed after the dated items, page by page, and the feed is dated by the dated page', () => {
    const feed = archive.entries.filter((e) => e.kind !== 'fragment').sort(compareNewest);
    expect(feed.map((e) => e.source.file)).toEqual([`${name(2)}.txt`, ...archive.unfiled.map((p) => p.file).filter((f) => f !== `${name(2)}.txt`)]);
    expect(feedUpdated(archive.pages.map((p) => p.date), new Date(0))).toBe('2024-05-01T00:00:00+08:00');
  });

  it('are cited without the parts unknown: no page number without its date', () => {
    const [third] = archive.itemsOf(archive.unfiled[1]!.id);
    expect(third!.page).toBe(3);
    expect(citeGbt7714(third!, archive.titleOf(third!))).toBe('方晓. 南湖公园完成第2期改造[N].');
    const [dated] = archive.itemsOf(archive.unfiled[2]!.id);
    expect(citeGbt7714(dated!, archive.titleOf(dated!))).toBe('方晓. 南湖公园完成第3期改造[N]. 2024-05-01.');
  });
});
