// A site built from a flat folder of crawled pages (no paper, no date in path or text):
// every page is reachable from the home page, the feed carries the items with a real
// date, and the build warns of nothing (no empty `files` collection).
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, type BuiltSite } from './support/build-site.ts';

const FILES = ['000_ab12', '001_cd34', '002_ef56'];
let site: BuiltSite;

beforeAll(async () => {
  const input = mkdtempSync(join(tmpdir(), 'flat-pages-'));
  FILES.forEach((f, i) => {
    const text = [`南湖公园完成第${i + 1}期改造`, '记者 方晓', `南湖公园第${i + 1}期改造工程日前完工，新增步道三公里。`, '市民张立说，每天傍晚都来这里散步。'];
    writeFileSync(join(input, `${f}.txt`), text.join('\n\n') + '\n');
  });
  site = await buildSite({ base: '/', input });
});

// Site-internal links of a built page, as paths under dist.
function linksOf(path: string): string[] {
  const html = readFileSync(join(site.dist, path, path.endsWith('/') ? 'index.html' : ''), 'utf8');
  return [...html.matchAll(/href="(\/[^"#?]*)/g)].map((m) => m[1]!);
}

describe('a site of undated pages', () => {
  it('links every page from the home page, through the list of pages of unknown paper or date', () => {
    const home = readFileSync(join(site.dist, 'index.html'), 'utf8');
    expect(home).toMatch(/<html lang="zh-CN">/);
    expect(home).toContain('收录版面 3 个，都是<a href="/unfiled/">报名或日期不详的版面</a>（日期不详 3 个，报名不详 3 个），可逐版查看。');
    expect(home).not.toContain('收录报纸 0 种');
    // Pages reachable by following links from home, HTML pages only.
    const seen = new Set<string>(['/']);
    const queue = ['/'];
    while (queue.length > 0) {
      for (const to of linksOf(queue.shift()!)) {
        if (!to.endsWith('/') || seen.has(to) || !existsSync(join(site.dist, to, 'index.html'))) continue;
        seen.add(to);
        queue.push(to);
      }
    }
    for (const f of FILES) expect(seen).toContain(`/page/${f.replace('_', '-')}/`);
    expect(linksOf('/unfiled/')).toEqual(expect.arrayContaining(FILES.map((f) => `/page/${f.replace('_', '-')}/`)));
  });

  it('carries the items in the feed, in file order, dated when their entries were written, not 1970', () => {
    const feed = readFileSync(join(site.dist, 'feed.xml'), 'utf8');
    expect([...feed.matchAll(/<entry><id>[^<]*\/article\/([^/]+)\/<\/id>/g)].map((m) => m[1])).toEqual(FILES.map((f) => `${f.replace('_', '-')}-01`));
    // The feed's and every entry's: one instant (an earlier identical build may be reused, so not this run's).
    const stamps = [...feed.matchAll(/<updated>([^<]*)<\/updated>/g)].map((m) => m[1]!);
    expect(stamps).toHaveLength(4);
    expect(new Set(stamps).size).toBe(1);
    expect(stamps[0]).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    const when = Date.parse(stamps[0]!);
    expect(when).toBeGreaterThan(Date.parse('2020-01-01T00:00:00Z'));
    expect(when).toBeLessThanOrEqual(Date.now());
  });

  it('builds without a warning', () => {
    expect(site.log).toContain('[build] Complete!');
    expect(site.log).not.toMatch(/\[WARN\]/);
  });
});
