// Guesses ingest cannot make are said, not made silently: a date folder that is
// no day of the calendar, a page number out of range; and a fragment's message
// names its lines in page order.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runIngest } from '../src/ingest-run/run-ingest.ts';
import { parsePage } from '../src/ingest/index.ts';
import type { Sidecar } from '../src/ingest/page-meta.ts';

const PAGE = '春耕备耕正当时\n\n本报讯 眼下正是春耕备耕的关键时期。\n';
const parse = (file: string, text = PAGE, sidecar: Sidecar | null = null) => parsePage({ file, bytes: new TextEncoder().encode(text), sidecar });
const said = (r: ReturnType<typeof parse>, ruleId: string) => r.messages.filter((m) => m.ruleId === ruleId).map((m) => [m.file, m.severity, m.reason, m.hint]);

describe('a date in the path that is no day of the calendar', () => {
  it('is reported by file, with what was found and that the date is unknown; paper and page are still read', () => {
    const r = parse('jiangcheng/2024-02-30/01.txt');
    expect([r.page.paper, r.page.date, r.page.page]).toEqual(['jiangcheng', null, 1]);
    expect(said(r, 'path-date')).toEqual([
      [
        'jiangcheng/2024-02-30/01.txt',
        'warning',
        "the path's date 2024-02-30 is no day of the calendar (February 2024 has 29 days); date unknown",
        'Rename the folder to the day the page was printed (YYYY-MM-DD), or give the date in a sidecar beside the file (01.json: {"date": "YYYY-MM-DD"}).',
      ],
    ]);
    expect(said(parse('jiangcheng/2024-13-01/01.txt'), 'path-date')[0]![2]).toBe("the path's date 2024-13-01 is no day of the calendar (there is no month 13); date unknown");
    expect(said(parse('jiangcheng/2023-02-29/01.txt'), 'path-date')[0]![2]).toContain('(February 2023 has 28 days)');
  });

  it('is a note when a sidecar gives the date', () => {
    const r = parse('jiangcheng/2024-02-30/01.txt', PAGE, { date: '2024-02-28' });
    expect(r.page.date).toBe('2024-02-28');
    expect(said(r, 'path-date').map((m) => [m[1], m[2]])).toEqual([['info', "the path's date 2024-02-30 is no day of the calendar (February 2024 has 29 days); 2024-02-28, said elsewhere, is used"]]);
  });

  it('is no message for a real date, nor for a folder that names none', () => {
    expect(parse('jiangcheng/2024-02-29/01.txt').messages).toEqual([]);
    expect(parse('flat/000_ab12.txt').messages).toEqual([]);
  });
});

describe('a page number in the path out of range', () => {
  it('is reported for 00 and 1000, the page unknown', () => {
    for (const [name, number] of [['00.txt', '00'], ['1000.txt', '1000']] as const) {
      const r = parse(`jiangcheng/2024-05-06/${name}`);
      expect([r.page.date, r.page.page]).toEqual(['2024-05-06', null]);
      expect(said(r, 'path-page')).toEqual([
        [
          `jiangcheng/2024-05-06/${name}`,
          'warning',
          `the path's page number ${number} is out of range (pages are numbered 1 to 999); page unknown`,
          `Rename the file to its page number (01.txt for 第1版), or give the page in a sidecar beside the file (${number}.json: {"page": 1}).`,
        ],
      ]);
    }
  });

  it('is a note when a sidecar gives the page', () => {
    const r = parse('jiangcheng/2024-05-06/00.txt', PAGE, { page: 3 });
    expect(r.page.page).toBe(3);
    expect(said(r, 'path-page').map((m) => [m[1], m[2]])).toEqual([['info', "the path's page number 00 is out of range (pages are numbered 1 to 999); page 3, said elsewhere, is used"]]);
  });
});

describe('impossible dates and pages in an input folder', () => {
  it('are reported for article files as for page files, and a sidecar with such a date is refused', async () => {
    const root = mkdtempSync(join(tmpdir(), 'guesses-'));
    const articles = join(root, 'renmin', '20240230');
    mkdirSync(articles, { recursive: true });
    writeFileSync(join(root, 'renmin', 'paper.json'), JSON.stringify({ name: '人民日报' }));
    writeFileSync(join(articles, '20240230-01-1.txt'), '\n春耕备耕正当时\n\n\u3000\u3000眼下正是春耕备耕的关键时期。\n');
    writeFileSync(join(articles, '20240230-00-2.txt'), '\n夏收夏种\n\n\u3000\u3000麦收时节。\n');
    const pages = join(root, 'p', '2024-05-06');
    mkdirSync(pages, { recursive: true });
    writeFileSync(join(pages, '01.txt'), PAGE);
    writeFileSync(join(pages, '01.json'), JSON.stringify({ date: '2024-04-31' }));
    const r = await runIngest(root, { cache: false });
    expect(r.messages.filter((m) => /^path-|^sidecar-/.test(m.ruleId)).map((m) => [m.file, m.ruleId, m.reason])).toEqual([
      ['p/2024-05-06/01.json', 'sidecar-schema', 'sidecar field "date": not a day of the calendar'],
      ['renmin/20240230/20240230-00-2.txt', 'path-date', "the path's date 2024-02-30 is no day of the calendar (February 2024 has 29 days); date unknown"],
      ['renmin/20240230/20240230-00-2.txt', 'path-page', "the path's page number 00 is out of range (pages are numbered 1 to 999); page unknown"],
      ['renmin/20240230/20240230-01-1.txt', 'path-date', "the path's date 2024-02-30 is no day of the calendar (February 2024 has 29 days); date unknown"],
    ]);
    expect(r.pages.map((p) => [p.file, p.paper, p.date, p.page])).toEqual([
      ['p/2024-05-06/01.txt', 'p', '2024-05-06', 1],
      ['renmin/20240230/20240230-00-2.txt', '人民日报', null, null],
      ['renmin/20240230/20240230-01-1.txt', '人民日报', null, 1],
    ]);
  });
});

describe('fragment messages', () => {
  it('name the lines in page order when the reading order puts a later line first', () => {
    // The 下转 marker printed above the text it closes: the fragment reads line 3, then its marker on line 1.
    const r = parse('p/2024-05-06/01.txt', '（下转第2版）\n\n一段没有标题的正文，说了一些事情。\n');
    expect(r.entries.map((e) => [e.kind, e.source.lines])).toEqual([['fragment', [[3, 3], [1, 1]]]]);
    expect(r.messages.filter((m) => m.ruleId === 'fragment').map((m) => [m.line, m.reason])).toEqual([[1, 'lines 1 and 3 could not be placed in an item; kept as a fragment of the page']]);
  });

  it('name a single line as one', () => {
    const r = parse('p/2024-05-06/01.txt', '一段没有标题的正文，说了一些事情。\n\n（上接第1版）\n');
    expect(r.messages.filter((m) => m.ruleId === 'fragment').map((m) => m.reason)).toEqual(['line 1 could not be placed in an item; kept as a fragment of the page']);
  });
});
