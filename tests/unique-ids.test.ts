// Inputs whose paths would give two papers or two pages the same id: each keeps
// its own, the first in file order the plain one, and a warning names both files.
// Also ids made from names too long for a path. Inputs are built here, in tmp dirs.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runIngest, type IngestResult } from '../src/ingest-run/run-ingest.ts';
import { summarize } from '../src/ingest-run/summary.ts';
import { pageIdFor, slugify } from '../src/ingest/ids.ts';
import { IdSchema } from '../src/schema/ids.ts';

const root = mkdtempSync(join(tmpdir(), 'unique-ids-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let inputs = 0;

/** Writes `files` (path → text) into a fresh input folder and ingests it. */
async function ingest(files: Record<string, string>): Promise<IngestResult & { dir: string }> {
  const dir = join(root, String(inputs++));
  write(dir, files);
  return { ...(await runIngest(dir, { cache: false, workers: 0 })), dir };
}

function write(dir: string, files: Record<string, string>): void {
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), text);
  }
}

/** A page file with one article whose title and body name `what`. */
const page = (what: string) => `${what}的头条\n\n本报记者 王某\n\n　　这是${what}的正文，只在这一页上印着。\n`;
/** A plain-text article file (引题, 主题, 副题 on lines 1–3, then indented paragraphs). */
const article = (what: string) => `\n${what}的文章\n\n　　${what}的正文，只在这一个文件里。\n`;

const pageOf = (r: IngestResult, file: string) => r.pages.find((p) => p.file === file || p.files.some((f) => f.file === file))!;
const entriesOf = (r: IngestResult, file: string) => r.entries.filter((e) => e.pageId === pageOf(r, file).id);
const textOf = (r: IngestResult, file: string) => entriesOf(r, file).flatMap((e) => [e.title, ...e.paragraphs]).join('\n');
const collisions = (r: IngestResult) => r.messages.filter((m) => m.ruleId === 'id-collision');

/** Every id is unique, each entry's page lists it, and every page's items are its entries. */
function expectConsistent(r: IngestResult): void {
  expect(new Set(r.pages.map((p) => p.id)).size).toBe(r.pages.length);
  expect(new Set(r.entries.map((e) => e.id)).size).toBe(r.entries.length);
  for (const p of r.pages) expect(r.entries.filter((e) => e.pageId === p.id).map((e) => e.id)).toEqual(p.items);
  for (const id of [...r.pages.map((p) => p.id), ...r.entries.map((e) => e.id)]) expect(IdSchema.safeParse(id).success).toBe(true);
}

/** The one collision warning on `later`, which names `first` and both ids. */
function expectWarning(r: IngestResult, later: string, first: string, ids: string[]): void {
  const m = collisions(r).filter((x) => x.file === later);
  expect(m).toHaveLength(1);
  expect(m[0]).toMatchObject({ severity: 'warning', line: 1, column: 1 });
  expect(m[0]!.reason).toContain(first);
  for (const id of ids) expect(m[0]!.reason).toContain(id);
  expect(m[0]!.hint).toMatch(/rename/);
  // On the page, so the site's ingest report shows it with the file.
  expect(pageOf(r, later).messages).toContainEqual(m[0]);
}

describe('colliding ids', () => {
  it('keeps apart papers whose folder names give one id (a.b, a-b), continuations linked within each', async () => {
    const files: Record<string, string> = {};
    for (const [folder, what] of [['a.b', '甲报'], ['a-b', '乙报']] as const) {
      files[`${folder}/2024-05-01/01.txt`] = `${what}的头条\n\n本报记者 王某\n\n　　${what}头版的正文，说的是这件事。（下转第2版）\n`;
      files[`${folder}/2024-05-01/02.txt`] = `（上接第1版）\n　　${what}第二版接着的正文。\n`;
    }
    const r = await ingest(files);
    expectConsistent(r);
    // `a-b` sorts first and keeps the plain id; `a.b` gets one of its own, in every page and item id.
    const [plain, other] = [pageOf(r, 'a-b/2024-05-01/01.txt'), pageOf(r, 'a.b/2024-05-01/01.txt')];
    expect(plain.paperId).toBe('a-b');
    expect(other.paperId).toMatch(/^a-b-[0-9a-f]{8}$/);
    expect(pageOf(r, 'a.b/2024-05-01/02.txt').paperId).toBe(other.paperId);
    expect(other.id).toBe(`${other.paperId}-20240501-01`);
    expect(entriesOf(r, 'a.b/2024-05-01/01.txt').every((e) => e.paperId === other.paperId && e.id.startsWith(other.id))).toBe(true);
    expect(textOf(r, 'a.b/2024-05-01/01.txt')).toContain('甲报头版的正文');
    expect(textOf(r, 'a-b/2024-05-01/01.txt')).toContain('乙报头版的正文');
    // Each paper's 下转 finds the 上接 of its own page 2, both ways.
    for (const what of ['a.b', 'a-b']) {
      const [on] = entriesOf(r, `${what}/2024-05-01/01.txt`);
      const [from] = entriesOf(r, `${what}/2024-05-01/02.txt`);
      expect(on!.continuedOn!.id).toBe(from!.id);
      expect(from!.continuedFrom!.id).toBe(on!.id);
    }
    // One warning for the paper, on its first file, not one per page.
    expect(collisions(r)).toHaveLength(1);
    expectWarning(r, 'a.b/2024-05-01/01.txt', 'a-b/2024-05-01/01.txt', ['"a.b"', '"a-b"', other.paperId!]);
    expect(r.messages.filter((m) => m.ruleId === 'jump-unmatched')).toEqual([]);
  });

  it('keeps both of 02.txt and 02.TXT, and says it in the summary', async () => {
    const r = await ingest({ 'q/2024-05-01/02.txt': page('小写文件'), 'q/2024-05-01/02.TXT': page('大写文件') });
    expectConsistent(r);
    const [first, later] = [pageOf(r, 'q/2024-05-01/02.TXT'), pageOf(r, 'q/2024-05-01/02.txt')];
    expect(first.id).toBe('q-20240501-02');
    expect(later.id).toMatch(/^q-20240501-02-[0-9a-f]{8}$/);
    expect(entriesOf(r, 'q/2024-05-01/02.txt').map((e) => e.id)).toEqual([`${later.id}-01`]);
    expect(textOf(r, 'q/2024-05-01/02.txt')).toContain('小写文件的正文');
    expect(textOf(r, 'q/2024-05-01/02.TXT')).toContain('大写文件的正文');
    expectWarning(r, 'q/2024-05-01/02.txt', 'q/2024-05-01/02.TXT', ['q-20240501-02', later.id, `${later.id}-01`]);
    expect(summarize(r).warnings).toBe(r.messages.filter((m) => m.severity === 'warning').length);
    expect(summarize(r).warnings).toBeGreaterThanOrEqual(1);
  });

  it('gives 01.txt, 01 (1).txt and 01b.txt in one date folder three ids', async () => {
    const names = ['01.txt', '01 (1).txt', '01b.txt'];
    const r = await ingest(Object.fromEntries(names.map((n, i) => [`r/2024-05-01/${n}`, page(`第${i + 1}个文件`)])));
    expectConsistent(r);
    // In file order `01 (1).txt` comes first (a space sorts before a dot) and keeps the plain id.
    expect(pageOf(r, 'r/2024-05-01/01 (1).txt').id).toBe('r-20240501-01');
    names.forEach((n, i) => expect(textOf(r, `r/2024-05-01/${n}`)).toContain(`第${i + 1}个文件的正文`));
    for (const n of ['01.txt', '01b.txt']) expectWarning(r, `r/2024-05-01/${n}`, 'r/2024-05-01/01 (1).txt', ['r-20240501-01', pageOf(r, `r/2024-05-01/${n}`).id]);
  });

  it('gives a deep x/y/p/… page and p/… its own ids: one paper, two pages', async () => {
    const r = await ingest({ 'x/y/p/2024-03-01/01.txt': page('深处'), 'p/2024-03-01/01.txt': page('浅处') });
    expectConsistent(r);
    const [shallow, deep] = [pageOf(r, 'p/2024-03-01/01.txt'), pageOf(r, 'x/y/p/2024-03-01/01.txt')];
    expect([shallow.paperId, deep.paperId]).toEqual(['p', 'p']);
    expect(shallow.id).toBe('p-20240301-01');
    expect(deep.id).not.toBe(shallow.id);
    expect(textOf(r, 'x/y/p/2024-03-01/01.txt')).toContain('深处的正文');
    expectWarning(r, 'x/y/p/2024-03-01/01.txt', 'p/2024-03-01/01.txt', [shallow.id, deep.id]);
  });

  it('keeps apart article files of two papers that would be joined on one page, and flat articles named alike', async () => {
    const r = await ingest({
      'a.b/paper.json': '{"name": "甲报"}',
      'a.b/20240501/20240501-01-01.txt': article('甲报'),
      'a-b/paper.json': '{"name": "乙报"}',
      'a-b/20240501/20240501-01-01.txt': article('乙报'),
      'notes/spring day.md': '# 春日\n\n春日的正文。\n',
      'notes/spring-day.md': '# 春天\n\n春天的正文。\n',
    });
    expectConsistent(r);
    const [jia, yi] = [pageOf(r, 'a.b/20240501/20240501-01-01.txt'), pageOf(r, 'a-b/20240501/20240501-01-01.txt')];
    expect(jia.id).not.toBe(yi.id);
    expect([jia.files.length, yi.files.length]).toEqual([1, 1]);
    expect([jia.paper, yi.paper]).toEqual(['甲报', '乙报']);
    expect(textOf(r, 'a.b/20240501/20240501-01-01.txt')).toContain('甲报的正文');
    expect(textOf(r, 'a-b/20240501/20240501-01-01.txt')).toContain('乙报的正文');
    const [day, spring] = [pageOf(r, 'notes/spring day.md'), pageOf(r, 'notes/spring-day.md')];
    expect(day.id).not.toBe(spring.id);
    expect(textOf(r, 'notes/spring day.md')).toContain('春日的正文');
    expect(textOf(r, 'notes/spring-day.md')).toContain('春天的正文');
    expectWarning(r, 'notes/spring-day.md', 'notes/spring day.md', [day.id, spring.id]);
    expectWarning(r, 'a.b/20240501/20240501-01-01.txt', 'a-b/20240501/20240501-01-01.txt', [jia.paperId!]);
  });

  it('gives flat-folder pages, whose ids come from the path, ids of their own', async () => {
    const r = await ingest({ 'flat/000_a.b.txt': page('点号'), 'flat/000_a-b.txt': page('连字符'), 'flat/000_a-b.TXT': page('大写') });
    expectConsistent(r);
    expect(pageOf(r, 'flat/000_a-b.TXT').id).toBe('flat-000-a-b');
    for (const [f, what] of [['flat/000_a.b.txt', '点号'], ['flat/000_a-b.txt', '连字符']]) {
      expect(textOf(r, f!)).toContain(`${what}的正文`);
      expectWarning(r, f!, 'flat/000_a-b.TXT', ['flat-000-a-b', pageOf(r, f!).id]);
    }
  });

  it('keeps every id when an unrelated file is added or removed', async () => {
    const files = {
      'q/2024-05-01/02.txt': page('小写'),
      'q/2024-05-01/02.TXT': page('大写'),
      'a.b/2024-05-01/01.txt': page('甲报'),
      'a-b/2024-05-01/01.txt': page('乙报'),
      'flat/000_a.b.txt': page('点号'),
      'flat/000_a-b.txt': page('连字符'),
    };
    const ids = (r: IngestResult) => new Map(r.pages.map((p) => [p.file, [p.id, p.paperId, ...p.items]]));
    const before = await ingest(files);
    // Files that sort before, between and after the colliding ones, one of them a third page 2 of q.
    const added = { '0/2024-05-01/01.txt': page('零'), 'q/2024-05-01/02z.txt': page('又一个二版'), 'a-b/2024-05-01/03.txt': page('三版'), 'flat/000_a-a.txt': page('另一个'), 'z/2024-05-01/01.txt': page('末') };
    write(before.dir, added);
    const after = await runIngest(before.dir, { cache: false, workers: 0 });
    expect(after.pages).toHaveLength(before.pages.length + Object.keys(added).length);
    for (const [file, list] of ids(before)) expect(ids(after).get(file)).toEqual(list);
    for (const file of Object.keys(added)) rmSync(join(before.dir, file));
    expect(ids(await runIngest(before.dir, { cache: false, workers: 0 }))).toEqual(ids(before));
  });
});

describe('ids from long names', () => {
  const CAP = 60;

  it('are capped, stable, URL-safe and told apart by a hash', () => {
    const ascii = 'a'.repeat(250);
    const han = '江'.repeat(250);
    for (const name of [ascii, han, `${'b'.repeat(249)}江`]) {
      const slug = slugify(name);
      expect(slug.length).toBeLessThanOrEqual(CAP);
      expect(IdSchema.safeParse(slug).success).toBe(true);
      expect(slugify(name)).toBe(slug);
    }
    expect(slugify(ascii)).toMatch(/^a+-[0-9a-f]{8}$/);
    expect(slugify(han)).toMatch(/^x[0-9a-f]{8}$/);
    // Two long names with the same first letters get two ids; short names keep theirs as they were.
    expect(slugify(`${ascii}x`)).not.toBe(slugify(`${ascii}y`));
    expect(slugify('jiangcheng-daily')).toBe('jiangcheng-daily');
    expect(slugify('c'.repeat(CAP))).toBe('c'.repeat(CAP));
  });

  it('keep page and item ids of a 250-character paper folder, and of a 250-character printed name, short', async () => {
    const folder = 's'.repeat(250);
    const han = '长'.repeat(250);
    const r = await ingest({
      [`${folder}/2024-05-01/01.txt`]: page('长文件夹'),
      'flat/001.txt': page('长报名'),
      'flat/001.json': JSON.stringify({ paper: han, date: '2024-05-02', page: 1 }),
    });
    expectConsistent(r);
    const [a, b] = [pageOf(r, `${folder}/2024-05-01/01.txt`), pageOf(r, 'flat/001.txt')];
    expect(a.paperId).toBe(slugify(folder));
    expect(b.paper).toBe(han);
    expect(b.id).toBe(pageIdFor('flat/001.txt', b));
    for (const id of [...r.pages.map((p) => p.id), ...r.entries.map((e) => e.id)]) expect(id.length).toBeLessThan(100);
    expect(textOf(r, `${folder}/2024-05-01/01.txt`)).toContain('长文件夹的正文');
  });
});
