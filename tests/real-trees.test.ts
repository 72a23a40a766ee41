// The two real crawler trees beside the checkout (../shared/real/trees/), one
// file per article: every file must be one entry with the paper, date, page,
// title, kicker and authors its truth.json gives, for at least 98% of the files,
// and no printed text lost. The trees are read where they are, never copied.
import { existsSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runIngest } from '../src/ingest-run/run-ingest.ts';
import { compareCoverage } from '../src/ingest/text-coverage.ts';

const treesDir = join(import.meta.dirname, '../../shared/real/trees');
const TREES = ['caspiankexin-txt', 'leeperfect-vault'];

interface TruthFile {
  file: string;
  paper: string;
  date: string;
  page: string;
  kind: string;
  title: string | null;
  subtitle: string | null;
  kicker: string | null;
  authors: string[];
}

// Each tree is read through a folder of its own that links to it. The
// caspiankexin tree names no paper anywhere (its crawler saves only 人民日报, and
// no file says so): a user gives it as for any paper, in paper.json. The
// leeperfect tree needs nothing: its byline lines name the paper.
function inputFolder(tree: string, paper: string | null): string {
  const root = mkdtempSync(join(tmpdir(), 'real-trees-'));
  symlinkSync(join(treesDir, tree), join(root, tree));
  if (paper) writeFileSync(join(root, 'paper.json'), JSON.stringify({ name: paper }));
  return root;
}

const present = TREES.every((t) => existsSync(join(treesDir, t, 'truth.json')));

describe('real crawler trees', () => {
  it('are present beside the checkout', () => {
    expect(present, `expected ${TREES.join(' and ')} with truth.json in ${treesDir}`).toBe(true);
  });
  if (!present) return;

  const runs = Promise.all([
    runIngest(inputFolder('caspiankexin-txt', '人民日报'), { cache: false, workers: 0 }).then((r) => ({ tree: 'caspiankexin-txt', prefix: 'caspiankexin-txt/', result: r })),
    runIngest(inputFolder('leeperfect-vault', null), { cache: false, workers: 0 }).then((r) => ({ tree: 'leeperfect-vault', prefix: 'leeperfect-vault/', result: r })),
  ]);

  it('read every article file as one entry with its paper, date, page, title, kicker and authors (≥ 98% of files)', async () => {
    const wrong: string[] = [];
    let files = 0;
    for (const { tree, prefix, result } of await runs) {
      const truth = JSON.parse(readFileSync(join(treesDir, tree, 'truth.json'), 'utf8')) as { files: TruthFile[] };
      const byFile = Map.groupBy(result.entries, (e) => e.source.file);
      for (const t of truth.files) {
        files++;
        const file = prefix + t.file;
        let got = byFile.get(file) ?? [];
        // A byte copy of another file is named and read once, as that file.
        const copy = result.messages.find((m) => m.file === file && m.ruleId === 'same-bytes');
        const twin = copy && /as (\S+)$/.exec(copy.reason)?.[1];
        if (twin) got = byFile.get(twin) ?? [];
        const e = got[0];
        const actual = e && {
          paper: e.paper, date: e.date, page: twin ? null : e.page, title: e.title, kicker: e.kicker,
          authors: e.authors.map((a) => a.name).sort(),
        };
        const want = { paper: t.paper, date: t.date, page: twin ? null : Number(t.page), title: t.title, kicker: t.kicker, authors: [...t.authors].sort() };
        if (got.length !== 1 || JSON.stringify(actual) !== JSON.stringify(want)) {
          wrong.push(`${file}: ${got.length} entries; got ${JSON.stringify(actual)}, want ${JSON.stringify(want)}`);
        }
      }
    }
    console.log(`real trees: ${files - wrong.length} of ${files} article files right (paper, date, page, title, kicker, authors)${wrong.length ? `\n${wrong.join('\n')}` : ''}`);
    expect(files).toBe(27);
    expect((files - wrong.length) / files, wrong.join('\n')).toBeGreaterThanOrEqual(0.98);
  });

  it('takes subtitles as printed (the truth gives them without the leading ——)', async () => {
    for (const { tree, prefix, result } of await runs) {
      const truth = JSON.parse(readFileSync(join(treesDir, tree, 'truth.json'), 'utf8')) as { files: TruthFile[] };
      for (const t of truth.files) {
        const e = result.entries.find((x) => x.source.file === prefix + t.file);
        if (e) expect(e.subtitle?.replace(/^——/u, '') ?? null, t.file).toBe(t.subtitle);
      }
    }
  });

  it('joins the article files of one printed page into one page, in file order, and loses no printed text', async () => {
    for (const { result } of await runs) {
      for (const page of result.pages) {
        expect(page.files.length).toBeGreaterThan(0);
        expect(page.items.length).toBe(page.files.length);
        expect(compareCoverage(page, result.entries.filter((e) => e.pageId === page.id)), page.id).toEqual({ lost: '', extra: '' });
      }
    }
    const [ck, lp] = await runs;
    expect(ck.result.pages.map((p) => [p.page, p.files.length])).toEqual([[1, 6], [2, 3], [3, 7]]);
    expect(lp.result.pages.map((p) => [p.page, p.pageName, p.files.length])).toEqual([[5, '评论', 4], [6, '要闻', 4], [13, '生态', 2]]);
  });

  it('says how each tree was read', async () => {
    const [ck, lp] = await runs;
    expect(ck.result.layouts.map((l) => [l.pattern, l.files, l.copies, l.from.date, l.from.page])).toEqual([['{yyyymmdd}/{yyyymmdd}-{page}-{n}.txt', 17, 1, ['the path'], ['the path']]]);
    expect(lp.result.layouts.map((l) => [l.pattern, l.files, l.from.paper, l.from.page])).toEqual([['{date}/{page}-{pagename}/{title}.md', 10, ['the byline line'], ['front matter `section`']]]);
  });
});
