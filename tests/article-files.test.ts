// Input as crawlers lay it out: one file per article (plain text, or Markdown
// with front matter), flat folders with nothing in the path, and a layout named
// where detection cannot tell. The fixtures in tests/fixtures/article-files/ are
// invented text in the crawlers' styles.
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runIngest } from '../src/ingest-run/run-ingest.ts';
import { formatLayouts } from '../src/ingest-run/layout-report.ts';
import { compilePattern, type PathPattern } from '../src/ingest/path-layout.ts';
import { fileLineOf, pageLineOf } from '../src/schema/page-file.ts';
import { fileRanges, segmentPage } from '../src/site/page-lines.ts';
import { compareCoverage } from '../src/ingest/text-coverage.ts';
import { splitLines } from '../src/ingest/lines.ts';

const input = join(import.meta.dirname, 'fixtures/article-files');
const result = await runIngest(input, { cache: false, workers: 0 });
const entry = (file: string) => result.entries.filter((e) => e.source.file === file);
const TEXT = 'text-articles/2024年3月/20240305/';
const VAULT = 'vault/2024/03/2024-03-05/03-评论/';

describe('plain-text article files (<YYYYMMDD>/<YYYYMMDD>-<page>-<n>.txt)', () => {
  it('take 引题, 主题 and 副题 from lines 1–3 and the date and page from the path', () => {
    const [e] = entry(`${TEXT}20240305-01-01.txt`);
    expect(e).toMatchObject({ kind: 'article', kicker: '沿河小镇迎来返乡创业潮——', title: '青石镇的新来客', subtitle: '——三年间二百余名青年回乡办起工坊', date: '2024-03-05', page: 1, paper: '江岸日报' });
    // The path names no paper: the folder holding paper.json is the paper's, and ids are made from it.
    expect([e!.paperId, e!.pageId]).toEqual(['text-articles', 'text-articles-20240305-01']);
    // The marked subhead is one, the bracketed credit after the body names the reporters.
    expect(e!.subheads).toEqual([1]);
    expect(e!.bylines).toEqual(['（本报青石3月4日电  记者林远舟、苏晚晴）']);
    expect(e!.authors.map((a) => a.name)).toEqual(['林远舟', '苏晚晴']);
  });

  it('read a titled photo with its caption and credit, an empty 引题 line left out', () => {
    const [e] = entry(`${TEXT}20240305-01-02.txt`);
    expect(e).toMatchObject({ kind: 'photo', kicker: null, title: '图片报道', subtitle: null, credit: '周明川摄（本报图片）', authors: [{ name: '周明川', role: '摄影' }] });
    expect(e!.caption).toMatch(/^图为学生们/u);
  });

  it('keep an author note apart from the body', () => {
    const [e] = entry(`${TEXT}20240305-02-01.txt`);
    expect(e).toMatchObject({ title: '让好政策跑出加速度（江岸时评）', authorNote: '（作者为江岸市社会科学院研究员）', authors: [] });
    // The title keeps the column tag it prints; the column names it.
    expect(e!.column).toEqual({ name: '江岸时评', line: null });
  });

  it('become the items of their page in file order, and a byte copy on another page is named and read once', () => {
    const page1 = result.pages.find((p) => p.files[0]?.file === `${TEXT}20240305-01-01.txt`)!;
    expect(page1.files.map((f) => [f.file.slice(TEXT.length), f.firstLine, f.lineCount])).toEqual([['20240305-01-01.txt', 1, 7], ['20240305-01-02.txt', 8, 6], ['20240305-01-03.txt', 14, 5]]);
    expect(result.entries.filter((e) => e.pageId === page1.id).map((e) => [e.order, e.title])).toEqual([[1, '青石镇的新来客'], [2, '图片报道'], [3, '老街巷里的新书房']]);
    // Line ranges point into the page; the files map them back to their own lines.
    const photo = entry(`${TEXT}20240305-01-02.txt`)[0]!;
    expect(photo.source.lines).toEqual([[9, 13]]);
    expect(fileLineOf(page1, 9)).toEqual({ file: `${TEXT}20240305-01-02.txt`, line: 2 });
    // The site names the file's own lines, and shows a message at its page line.
    expect(fileRanges(page1, photo.source.lines)).toEqual([[2, 6]]);
    expect(pageLineOf(page1, `${TEXT}20240305-01-02.txt`, 2)).toBe(9);
    expect(page1.lines).toHaveLength(18);

    expect(entry(`${TEXT}20240305-02-02.txt`)).toEqual([]);
    const copy = result.messages.find((m) => m.file === `${TEXT}20240305-02-02.txt`)!;
    expect(copy).toMatchObject({ severity: 'warning', ruleId: 'same-bytes' });
    expect(copy.reason).toContain(`${TEXT}20240305-01-01.txt`);
    expect(result.fileReports.map((r) => r.file)).toContain(`${TEXT}20240305-02-02.txt`);
  });
});

  it('link a piece continued on another page, as page files do', () => {
    const [on] = entry(`${TEXT}20240305-01-03.txt`);
    const [from] = entry(`${TEXT}20240305-02-03.txt`);
    expect(on!.continuedOn).toEqual({ page: 2, marker: '（下转第2版）', id: from!.id });
    expect(from!.continuedFrom).toEqual({ page: 1, marker: '（上接第1版）', id: on!.id });
    expect(on!.paragraphs.at(-1)).toBe('书房的管理员说，开张半年，借书的人一天比一天多。');
  });

describe('Markdown article files with front matter (…/<YYYY-MM-DD>/<NN>-<版名>/<title>.md)', () => {
  it('take the head from the headings and quote lines, and names printed with inner spaces joined', () => {
    const [e] = entry(`${VAULT}守住一方好山水（江岸观察）.md`);
    expect(e).toMatchObject({
      title: '守住一方好山水（江岸观察）', kicker: null, subtitle: null,
      column: { name: '绿色发展新图景②', line: '系列：绿色发展新图景②' },
      bylines: ['叶  青'], furniture: ['《江岸日报》（2024年03月05日第 03 版）'], authors: [{ name: '叶青', role: null }],
      authorNote: '（作者为江岸日报评论员）', paper: '江岸日报', date: '2024-03-05', page: 3, subheads: [1],
    });
    expect(e!.paragraphs[1]).toBe('护好一条河');
  });

  it('read a ### kicker, a ## subtitle and the dateline, whose names are the authors when the byline has none', () => {
    const [e] = entry(`${VAULT}春耕时节话农机.md`);
    expect(e).toMatchObject({ kicker: '智能农机下田忙', title: '春耕时节话农机', subtitle: '——来自平原县的报道', dateline: '本报平原3月4日电  （记者 宋  远）' });
    expect(e!.authors.map((a) => a.name)).toEqual(['宋远']);
    expect(e!.datelineParts).toEqual({ source: '本报', place: '平原', date: '3月4日' });
    // A box's label is furniture, its text the start of the body; the dateline opens the paragraph after it.
    expect(e!.furniture).toEqual(['《江岸日报》（2024年03月05日第 03 版）', '核心阅读']);
    expect(e!.paragraphs[0]).toMatch(/^春耕时节，平原县/u);
    expect(e!.paragraphs[1]).toMatch(/^连日来/u);
    expect(e!.bylines).toEqual([]);
  });

  it('take the page from the front matter and say when the path says otherwise', () => {
    const [e] = entry(`${VAULT}一封来信.md`);
    expect(e!.page).toBe(4);
    const m = result.messages.find((x) => x.file === `${VAULT}一封来信.md` && x.ruleId === 'meta-disagree')!;
    expect(m.severity).toBe('warning');
    expect(m.reason).toBe('page: front matter `section` says 4, the path says 3; used 4');
  });

  it('join the files of one page, with the front matter set apart from the printed text', () => {
    const page = result.pages.find((p) => p.page === 3 && p.files.length === 2)!;
    expect(page.pageName).toBe('评论');
    expect(page.files.map((f) => f.frontMatter)).toEqual([[1, 11], [25, 35]]);
    // The page view shows every line: front matter as the files' metadata, the rest as their items.
    const segs = segmentPage(page, result.entries.filter((e) => e.pageId === page.id));
    expect(segs.map((x) => [x.kind, x.lines[0]!.n, x.lines.at(-1)!.n])).toEqual([
      ['front-matter', 1, 11], ['none', 12, 12], ['item', 13, 24], ['front-matter', 25, 35], ['none', 36, 36], ['item', 37, 51],
    ]);
    // The labels are the files' furniture, at their lines on the page.
    expect(page.labels).toEqual([
      { text: '《江岸日报》（2024年03月05日第 03 版）', line: 16, kind: 'furniture' },
      { text: '《江岸日报》（2024年03月05日第 03 版）', line: 43, kind: 'furniture' },
      { text: '核心阅读', line: 45, kind: 'furniture' },
    ]);
  });
});

describe('every file', () => {
  it('loses no printed text and adds none', () => {
    for (const page of result.pages) {
      expect(compareCoverage(page, result.entries.filter((e) => e.pageId === page.id)), page.id).toEqual({ lost: '', extra: '' });
    }
  });
});

describe('layouts', () => {
  it('a flat folder reads no page from a sequence number in a file name', () => {
    const flat = result.pages.filter((p) => p.file.startsWith('flat/'));
    expect(flat.map((p) => [p.file, p.page, p.date])).toEqual([['flat/000_3fa9c1d2e7b04a11.txt', null, null], ['flat/001_9b2e44aa01c37d5f.txt', null, null]]);
  });

  it('are said in the summary, with where each field came from', () => {
    const lines = formatLayouts(result.layouts);
    expect(lines).toContain('3 files in 1 folder read as one article each, Markdown with front matter ({date}/{page}-{pagename}/{title}.md): paper from the byline line, date from front matter `date`, page from front matter `section`, page name from front matter `section_name`');
    expect(lines).toContain('6 files in 1 folder (1 of them a byte copy of another, read once) read as one article each, plain text (引题, 主题, 副题 on lines 1–3, then indented paragraphs) ({yyyymmdd}/{yyyymmdd}-{page}-{n}.txt): paper from sidecar, date from the path, page from the path, page name from nowhere (unknown)');
  });

  it('a layout given where detection cannot tell reads what the path names', async () => {
    const custom = result.pages.find((p) => p.file === 'custom/jiangan-daily/20240306/A01.txt')!;
    expect([custom.paper, custom.date, custom.page]).toEqual([null, null, null]);
    const given = await runIngest(input, { cache: false, workers: 0, layout: compilePattern('{paper}/{yyyymmdd}/{page}.txt') as PathPattern });
    const page = given.pages.find((p) => p.file === 'custom/jiangan-daily/20240306/A01.txt')!;
    expect([page.paper, page.paperId, page.date, page.page]).toEqual(['jiangan-daily', 'jiangan-daily', '2024-03-06', 1]);
  });

  it('a bad layout pattern is an error that says what to write', () => {
    const errorOf = (pattern: string) => {
      const compiled = compilePattern(pattern);
      return 'error' in compiled ? compiled.error : null;
    };
    expect(errorOf('{paper}/{day}/{page}.txt')).toContain('unknown placeholder {day}');
    expect(errorOf('{paper}/{date}')).toContain('extension');
  });
});

describe('Markdown markup at the start of a line', () => {
  it('sets a quote mark and a whole-line bold apart from the text, and leaves a > printed as text', () => {
    const [quote, bold, text, inner] = splitLines('> 系列：江岸新貌\n**一条河的新生**\n>5%的增幅\n**甲**与**乙**\n');
    expect([quote!.text, quote!.quote, quote!.column]).toEqual(['系列：江岸新貌', true, 3]);
    expect([bold!.text, bold!.strong, bold!.column]).toEqual(['一条河的新生', true, 3]);
    expect([text!.text, text!.quote]).toEqual(['>5%的增幅', false]);
    expect([inner!.text, inner!.strong]).toEqual(['**甲**与**乙**', false]);
  });
});

describe('the ingest CLI', () => {
  const tsx = join(import.meta.dirname, '../node_modules/.bin/tsx');
  const cli = join(import.meta.dirname, '../scripts/ingest.ts');
  const run = (args: string[], env: Record<string, string> = {}) =>
    spawnSync(tsx, [cli, '--input', input, '--out', mkdtempSync(join(tmpdir(), 'article-files-')), '--no-cache', '--quiet', ...args], { encoding: 'utf8', env: { ...process.env, ...env } });

  it('says how each folder was read, and reads a layout from ARCHIVE_LAYOUT', () => {
    const r = run([], { ARCHIVE_LAYOUT: '{paper}/{yyyymmdd}/{page}.txt' });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('ingest: 1 file in 1 folder read as one page each, as the given layout says ({paper}/{yyyymmdd}/{page}.txt): paper from the path, date from the path, page from the path');
    expect(r.stdout).toContain('files in 1 folder read as one article each, Markdown with front matter');
  });

  it('warns when a given layout matches no file', () => {
    const r = run(['--layout', '{paper}/{date}/{page}-{n}.md']);
    expect(r.status).toBe(0);
    expect(r.stderr).toContain('--layout "{paper}/{date}/{page}-{n}.md" matched no file');
  });

  it('exits 2 on a bad --layout, saying what to write', () => {
    const r = run(['--layout', '{paper}/{day}.txt']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('unknown placeholder {day}');
  });
});
