import type { Entry } from '../schema/entry.ts';
import type { Page } from '../schema/page.ts';
import { splitLines, type Line } from './lines.ts';

/** The printed text of an entry, field by field: where every character of a page must end up. */
function entryTexts(e: Entry): string[] {
  return [
    e.kicker,
    e.title,
    e.subtitle,
    ...e.bylines,
    e.dateline,
    ...e.paragraphs,
    e.caption,
    e.credit,
    e.column?.line,
    e.authorNote,
    e.continuedFrom?.marker,
    e.continuedOn?.marker,
  ].filter((t): t is string => typeof t === 'string');
}

/**
 * The lines of a page as the coverage check counts them: every line without
 * its layout markup, except that the lines of blocks printed twice and the
 * front matter of article files (the crawler's metadata, not printed text: an
 * entry takes its title and byline from the printed lines, never from front
 * matter) are blank.
 */
export function printedLines(page: Page): Line[] {
  const repeated = new Set<number>();
  const skip = (range: readonly [number, number]) => {
    for (let n = range[0]; n <= range[1]; n++) repeated.add(n);
  };
  for (const d of page.duplicates) skip(d.lines);
  for (const f of page.files) if (f.frontMatter) skip(f.frontMatter);
  return splitLines(page.lines.join('\n')).map((line) => (repeated.has(line.no) ? { ...line, text: '' } : line));
}

/** The text printed on a page as the coverage check counts it: its printed lines, one after another. */
export function printedText(page: Page): string {
  return printedLines(page)
    .map((line) => line.text)
    .join('\n');
}

/**
 * Compares the characters printed on a page (layout markup, whitespace and
 * blocks printed twice aside) with those in its entries and labels. Returns
 * what is missing from the entries and what they hold beyond the page; both
 * empty means no text was lost and none was invented or doubled.
 */
export function compareCoverage(page: Page, entries: readonly Entry[]): { lost: string; extra: string } {
  const counts = new Map<string, number>();
  const add = (text: string, sign: 1 | -1) => {
    for (const ch of text) if (!/\s/u.test(ch)) counts.set(ch, (counts.get(ch) ?? 0) + sign);
  };
  add(printedText(page), 1);
  for (const label of page.labels) add(label.text, -1);
  for (const e of entries) for (const t of entryTexts(e)) add(t, -1);
  let lost = '';
  let extra = '';
  for (const [ch, n] of counts) {
    if (n > 0) lost += ch.repeat(n);
    if (n < 0) extra += ch.repeat(-n);
  }
  return { lost, extra };
}
