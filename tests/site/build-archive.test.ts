import { describe, expect, it } from 'vitest';
import { compareNewest } from '../../src/site/build-archive.ts';
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
