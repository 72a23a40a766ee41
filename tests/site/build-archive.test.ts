import { describe, expect, it } from 'vitest';
import { buildArchive, compareNewest } from '../../src/site/build-archive.ts';
import { summarize } from '../../src/ingest-run/entry-files.ts';
import { reporterSlug } from '../../src/site/urls.ts';
import { archiveOf, entryLike, loadFixture } from './fixture.ts';

describe('buildArchive', () => {
  const { entries, pages } = loadFixture();
  const archive = archiveOf(entries, pages);

  it('groups pages into papers and issues in date and page order, and keeps undated pages apart', () => {
    expect(archive.papers.map((p) => [p.id, p.issues.map((i) => [i.date, i.pages.map((x) => x.page)])])).toEqual([
      ['gangdao', [['2024-02-15', [1]]]],
      ['jiangcheng', [['2023-12-30', [1]], ['2024-03-01', [1, 2]], ['2024-03-02', [1, 2]]]],
    ]);
    expect(archive.unfiled.map((p) => p.file)).toEqual(['misc/scan-017.txt']);
    expect(archive.latestIssues.map((i) => i.date)).toEqual(['2024-03-02', '2024-03-01', '2024-02-15', '2023-12-30']);
    expect(archive.stats).toMatchObject({ firstDate: '2023-12-30', lastDate: '2024-03-02', kinds: { article: 11, brief: 2, photo: 1, fragment: 2 } });
  });

  it('lists a page’s items in reading order, whatever order the entries came in', () => {
    const shuffled = archiveOf([...entries].reverse(), pages);
    expect(shuffled.itemsOf('jiangcheng-20240301-01').map((e) => e.order)).toEqual([1, 2, 3, 4]);
    expect(shuffled.issueOf('jiangcheng', '2024-03-01')?.pages.map((p) => p.page)).toEqual([1, 2]);
    expect(shuffled.issueOf(null, '2024-03-01')).toBeUndefined();
  });

  it('gathers each person’s items newest first, with every role they were named in', () => {
    const wang = archive.reporterByName.get('王小明')!;
    expect(wang.items.map((e) => e.date)).toEqual(['2024-03-01', '2024-03-01', '2023-12-30']);
    expect(wang.items.map((e) => e.page)).toEqual([1, 2, 1]);
    expect(wang.roles).toEqual(['记者']);
    expect(archive.reporterByName.get('张崇周')!.roles).toEqual([null]);
  });

  it('lists an item once for a person named twice on it, and records both roles', () => {
    const twice = entryLike('jiangcheng-20240301-01-03', {
      authors: [
        { name: '刘明', role: '摄影记者' },
        { name: '刘明', role: '记者' },
      ],
    });
    const r = archiveOf([twice], pages).reporterByName.get('刘明')!;
    expect(r.items).toHaveLength(1);
    expect(r.roles).toEqual(['摄影记者', '记者']);
  });

  it('gives every person a distinct slug that does not depend on input order', () => {
    const slugs = archive.reporters.map((r) => r.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
    const again = archiveOf([...entries].reverse(), pages);
    expect(again.reporters.map((r) => [r.name, r.slug])).toEqual(archive.reporters.map((r) => [r.name, r.slug]));
  });

  it('gives a part of the archive the slugs of the whole, names whose hash is shared numbered as in the whole', () => {
    const [first, second] = sharedHash();
    // `first` sorts first by code point, so the whole archive gives `second` the numbered slug.
    const byline = (id: string, name: string) => entryLike(id, { authors: [{ name, role: '记者' }] });
    const a = byline('jiangcheng-20240301-01-01', second);
    const b = byline('gangdao-20240215-01-01', first);
    const rest = entries.filter((e) => e.id !== a.id && e.id !== b.id);
    const whole = archiveOf([a, b, ...rest], pages);
    const slug = whole.reporterByName.get(second)!.slug;
    expect(slug).toBe(`${reporterSlug(second)}-2`);
    // A build of jiangcheng's 2024 keeps that part's entries, and every name.
    const s = summarize(pages, [a, b, ...rest]);
    const part = s.entries.filter((e) => e.paperId === 'jiangcheng' && e.date?.startsWith('2024'));
    const names = s.entries.flatMap((e) => e.authors.map((x) => x.name));
    expect(buildArchive(part, s.pages, [], names).reporterByName.get(second)!.slug).toBe(slug);
    // Without the other parts' names, the part would number it as if alone.
    expect(buildArchive(part, s.pages).reporterByName.get(second)!.slug).toBe(reporterSlug(second));
  });

  it('titles an untitled continued piece after the piece it continues', () => {
    expect(archive.titleOf(archive.entryById.get('jiangcheng-20240301-02-01')!)).toBe('江城春季植树活动全面启动（续）');
    expect(archive.titleOf(archive.entryById.get('jiangcheng-20240301-01-04')!)).toBe('〔……该项目预计年底前完工，届时将〕');
  });
});

describe('compareNewest', () => {
  it('orders by date descending, then page and position', () => {
    const a = entryLike('jiangcheng-20240301-01-02');
    const b = entryLike('jiangcheng-20240301-02-02');
    const c = entryLike('jiangcheng-20240302-01-01');
    const d = entryLike('jiangcheng-20240301-01-01');
    expect([a, b, c, d].sort(compareNewest).map((e) => e.id)).toEqual([c.id, d.id, a.id, b.id]);
  });
});

// Two three-character names with one slug hash, found by search (FNV-1a's 32 bits meet within some 10^5 names).
function sharedHash(): [string, string] {
  const seen = new Map<string, string>();
  const chars = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤';
  for (const x of chars) for (const y of chars) for (const z of chars) {
    const name = x + y + z;
    const other = seen.get(reporterSlug(name));
    if (other) return other < name ? [other, name] : [name, other];
    seen.set(reporterSlug(name), name);
  }
  throw new Error('no two names share a hash');
}
