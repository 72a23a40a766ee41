import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { describeRanges, segmentPage } from '../../src/site/page-lines.ts';
import type { Entry } from '../../src/schema/entry.ts';
import { entryLike, loadFixture } from './fixture.ts';

const { entries, pages } = loadFixture();
const page1 = pages.find((p) => p.id === 'jiangcheng-20240301-01')!;
const items1 = entries.filter((e) => e.pageId === page1.id);

describe('segmentPage', () => {
  it('splits the page into label, item and leftover runs in line order', () => {
    const segs = segmentPage(page1, items1);
    expect(segs.map((s) => [s.kind === 'item' ? s.entry.order : s.kind, s.lines[0]!.n, s.lines.at(-1)!.n])).toEqual([
      ['label', 1, 1],
      ['none', 2, 2],
      [1, 3, 11],
      ['none', 12, 12],
      [2, 13, 15],
      ['none', 16, 16],
      [3, 17, 18],
      ['none', 19, 19],
      [4, 20, 20],
    ]);
  });

  it('marks repeated blocks, and an item that owns lines wins over the mark', () => {
    const page = { ...page1, duplicates: [{ lines: [17, 20] as [number, number], of: [13, 15] as [number, number] }] };
    const segs = segmentPage(page, items1.slice(0, 2));
    const dup = segs.find((s) => s.kind === 'duplicate');
    expect(dup && dup.kind === 'duplicate' && [dup.of, dup.lines.map((l) => l.n)]).toEqual([[13, 15], [17, 18, 19, 20]]);
    const owned = { ...page, duplicates: [{ lines: [17, 18] as [number, number], of: [13, 14] as [number, number] }] };
    expect(segmentPage(owned, items1).some((s) => s.kind === 'duplicate')).toBe(false);
  });

  it('shows an item with ranges apart as separate runs, and ignores lines past the end', () => {
    const split = entryLike(items1[0]!.id, { source: { file: page1.file, lines: [[3, 4], [9, 10], [19, 99]] } });
    const segs = segmentPage(page1, [split]);
    expect(segs.filter((s) => s.kind === 'item').map((s) => s.lines.map((l) => l.n))).toEqual([[3, 4], [9, 10], [19, 20]]);
  });

  it('covers every line exactly once, in order, for any item ranges', () => {
    const n = page1.lines.length;
    const range = fc.tuple(fc.integer({ min: 1, max: n + 3 }), fc.integer({ min: 0, max: 6 })).map(([a, len]) => [a, a + len] as [number, number]);
    fc.assert(
      fc.property(fc.array(fc.array(range, { minLength: 1, maxLength: 3 }), { maxLength: 6 }), (rangeSets) => {
        const items: Entry[] = rangeSets.map((lines, i) => entryLike(items1[0]!.id, { id: `x-${i}`, order: i + 1, source: { file: page1.file, lines } }));
        const numbers = segmentPage(page1, items).flatMap((s) => s.lines.map((l) => l.n));
        expect(numbers).toEqual(Array.from({ length: n }, (_, i) => i + 1));
      }),
    );
  });
});

describe('describeRanges', () => {
  it('names each range in the entry’s reading order', () => {
    expect(describeRanges([[13, 14], [3, 3]])).toBe('第13–14行、第3行');
  });
});
