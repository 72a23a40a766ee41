import type { LineRange } from '../schema/source.ts';
import type { Page } from '../schema/page.ts';
import type { Listed } from '../schema/summary.ts';
import { fileLineOf } from '../schema/page-file.ts';

/** One numbered line of a raw page. */
interface NumberedLine {
  n: number;
  text: string;
}

/**
 * A run of consecutive raw lines with one owner: an item, a section label, a block
 * ingest found printed twice (kept once, at `of`), an article file's front matter, or nothing.
 */
export type LineSegment =
  | { kind: 'item'; entry: Listed; lines: NumberedLine[] }
  | { kind: 'duplicate'; of: LineRange; lines: NumberedLine[] }
  | { kind: 'label'; lines: NumberedLine[] }
  | { kind: 'front-matter'; file: string; lines: NumberedLine[] }
  | { kind: 'none'; lines: NumberedLine[] };

type Owner = Listed | { of: LineRange } | { frontMatter: string } | 'label' | null;

/**
 * Splits a page's raw text into runs owned by its items (from their source line
 * ranges), labels and repeated blocks, so the page view can show what the parser
 * made of each line. Linear in the number of lines.
 */
export function segmentPage(page: Page, items: readonly Listed[]): LineSegment[] {
  const owner = new Array<Owner>(page.lines.length).fill(null);
  const mark = ([from, to]: LineRange, o: Owner) => {
    for (let n = Math.max(from, 1); n <= Math.min(to, owner.length); n++) owner[n - 1] = o;
  };
  for (const l of page.labels) mark([l.line, l.line], 'label');
  for (const d of page.duplicates) mark(d.lines, { of: d.of });
  // An article file's front matter: the crawler's metadata, shown but not printed text.
  for (const f of page.files) if (f.frontMatter) mark(f.frontMatter, { frontMatter: f.file });
  for (const e of items) for (const r of e.source.lines) mark(r, e);

  const segments: LineSegment[] = [];
  let current: LineSegment | null = null;
  let currentOwner: Owner | undefined;
  page.lines.forEach((text, i) => {
    const o = owner[i] ?? null;
    if (!current || o !== currentOwner) {
      current = toSegment(o);
      currentOwner = o;
      segments.push(current);
    }
    current.lines.push({ n: i + 1, text });
  });
  return segments;
}

function toSegment(o: Owner): LineSegment {
  if (o === null) return { kind: 'none', lines: [] };
  if (o === 'label') return { kind: 'label', lines: [] };
  if ('of' in o) return { kind: 'duplicate', of: o.of, lines: [] };
  if ('frontMatter' in o) return { kind: 'front-matter', file: o.frontMatter, lines: [] };
  return { kind: 'item', entry: o, lines: [] };
}

/** Page line ranges as the lines of the file they were read from (an article file's own, on a page made of several). */
export function fileRanges(page: Pick<Page, 'file' | 'files'>, ranges: LineRange[]): LineRange[] {
  return ranges.map(([from, to]) => [fileLineOf(page, from).line, fileLineOf(page, to).line]);
}

/** `第6–11行`, or `第6行` for a single line; several ranges are joined with `、`. */
export function describeRanges(ranges: LineRange[]): string {
  return ranges.map(([a, b]) => (a === b ? `第${a}行` : `第${a}–${b}行`)).join('、');
}
