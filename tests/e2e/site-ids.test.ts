// One site build from input whose ids would collide or run long: a 250-character
// paper folder (its paths once crashed the build with ENAMETOOLONG), 02.txt beside
// 02.TXT, and paper folders a.b and a-b. Every page and item must reach dist/.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkLinks } from '../../scripts/check-links.ts';
import type { Entry } from '../../src/schema/entry.ts';
import type { Page } from '../../src/schema/page.ts';
import { buildSite, type BuiltSite } from './support/build-site.ts';

const page = (what: string) => `${what}的头条\n\n本报记者 王某\n\n　　${what}的正文只印在这一页上。\n`;
const LONG = 's'.repeat(250);
const FILES: Record<string, string> = {
  [`${LONG}/2024-05-01/01.txt`]: page('长名报纸'),
  'q/2024-05-01/02.txt': page('小写文件'),
  'q/2024-05-01/02.TXT': page('大写文件'),
  'a.b/2024-05-01/01.txt': page('甲报'),
  'a-b/2024-05-01/01.txt': page('乙报'),
};

const input = mkdtempSync(join(tmpdir(), 'site-ids-'));
let site: BuiltSite;
let entries: Entry[];
let pages: Page[];
const html = (path: string) => readFileSync(join(site.dist, path, 'index.html'), 'utf8');

beforeAll(async () => {
  for (const [file, text] of Object.entries(FILES)) {
    mkdirSync(dirname(join(input, file)), { recursive: true });
    writeFileSync(join(input, file), text);
  }
  site = await buildSite({ base: '/', input });
  entries = JSON.parse(readFileSync(site.exportFile!, 'utf8')) as Entry[];
  pages = JSON.parse(readFileSync(join(site.entries, 'pages.json'), 'utf8')) as Page[];
});
afterAll(() => rmSync(input, { recursive: true, force: true }));

describe('a site from colliding and long names', () => {
  it('has a page view and an article view for every page and item, each with its own text', () => {
    expect(pages).toHaveLength(Object.keys(FILES).length);
    for (const p of pages) expect(html(`page/${p.id}`)).toContain(p.lines.find((l) => l.includes('的正文'))!.trim());
    for (const e of entries) expect(html(`article/${e.id}`)).toContain(e.paragraphs[0]!);
    // Both of 02.txt and 02.TXT, and the long folder's page, are in the HTML.
    const all = readdirSync(join(site.dist, 'page')).map((id) => html(`page/${id}`)).join('\n');
    for (const what of ['长名报纸', '小写文件', '大写文件', '甲报', '乙报']) expect(all).toContain(`${what}的正文只印在这一页上`);
  });

  it('keeps every path segment of dist/ short, and lists a.b and a-b as two papers', () => {
    const long = readdirSync(site.dist, { recursive: true }).map(String).flatMap((p) => p.split('/')).filter((s) => Buffer.byteLength(s) > 100);
    expect(long).toEqual([]);
    const ids = [...new Set(pages.filter((p) => /^a[.-]b\//.test(p.file)).map((p) => p.paperId!))];
    expect(ids).toHaveLength(2);
    for (const id of ids) expect(existsSync(join(site.dist, 'papers', id, 'index.html'))).toBe(true);
  });

  it('says in the ingest report which files collided, and links nothing that is not there', () => {
    const report = readdirSync(join(site.dist, 'report'), { recursive: true })
      .map(String)
      .filter((f) => f.endsWith('index.html'))
      .map((f) => readFileSync(join(site.dist, 'report', f), 'utf8'))
      .join('\n');
    expect(report.match(/id-collision/g)).toHaveLength(2);
    expect(report).toContain('q/2024-05-01/02.TXT');
    expect(checkLinks(site.dist, { base: '/', site: 'https://archive.example.org' }).broken).toEqual([]);
  });
});
