import type { Author } from '../schema/author.ts';
import type { LineRange } from '../schema/source.ts';
import { classifyLine, type LineClass } from './classify.ts';
import type { Furniture } from './furniture.ts';
import { isIndented, type Line } from './lines.ts';
import type { Credit, Dateline, Jump } from './markers.ts';
import { PARAGRAPH_LAYOUT, type PageLayout } from './page-layout.ts';

/** A run of lines that reads as one thing: a (multi-line) heading, a byline block, a paragraph, a credit. */
export interface Unit {
  kind: Exclude<LineClass['kind'], 'blank'>;
  lines: Line[];
  /** Printed text; lines of a split heading are joined without a separator. */
  text: string;
  /** Blank lines before this unit: three or more separate items on most pages. */
  gapBefore: number;
  authors: Author[];
  credit: Credit | null;
  dateline: Dateline | null;
  jump: Jump | null;
  label: string | null;
  furniture: Furniture | null;
  /**
   * The unit's lines are elements of their own (引题 / 主题 / 副题 on a page of
   * element lines), not one text wrapped by the column width.
   */
  separateLines: boolean;
}

/** A block printed twice (a photo with its credit, often): the copy is kept out of the entries. */
export interface Duplicate {
  lines: LineRange;
  of: LineRange;
}

/** Groups classified lines into units and sets aside blocks printed twice. */
export function groupUnits(lines: Line[], layout: PageLayout = PARAGRAPH_LAYOUT): { units: Unit[]; duplicates: Duplicate[] } {
  const units: Unit[] = [];
  let gap = 0;
  let prev: Unit | null = null;
  for (const line of lines) {
    const c = classifyLine(line, layout);
    if (c.kind === 'blank') {
      gap++;
      prev = null;
      continue;
    }
    if (prev && gap === 0 && !(layout.indentedParagraphs && indentOf(prev) !== indentOf(line)) && absorb(prev, c, line)) continue;
    prev = toUnit(c, line, gap, layout.elementLines || line.element === true);
    units.push(prev);
    gap = 0;
  }
  return dropRepeats(units);
}

// Indented or not: where paragraphs are indented, an indented line and an unindented one are never one unit.
const indentOf = (x: Unit | Line) => isIndented('lines' in x ? x.lines.at(-1)! : x);

function toUnit(c: Exclude<LineClass, { kind: 'blank' }>, line: Line, gapBefore: number, separateLines: boolean): Unit {
  return {
    kind: c.kind,
    lines: [line],
    text: line.text,
    gapBefore,
    authors: c.kind === 'byline' || c.kind === 'credit-list' ? c.authors : c.kind === 'credit' ? c.credit.authors : c.kind === 'body' && c.dateline ? c.dateline.authors : [],
    credit: c.kind === 'credit' ? c.credit : null,
    dateline: c.kind === 'body' || c.kind === 'credit-list' ? c.dateline : null,
    jump: c.kind === 'jump' ? c.jump : null,
    label: c.kind === 'label' ? c.label : null,
    furniture: c.kind === 'furniture' ? c.furniture : null,
    separateLines,
  };
}

// Lines with no blank between them that belong together: a title over two or
// three lines, a subhead cut by the column, a byline over two lines, a credit
// followed by more names.
function absorb(prev: Unit, c: LineClass, line: Line): boolean {
  const join = (prev.kind === 'heading' || prev.kind === 'subhead') && c.kind === 'heading' && line.heading === 0;
  const names = (prev.kind === 'byline' || prev.kind === 'credit') && c.kind === 'byline';
  if (!join && !names) return false;
  prev.lines.push(line);
  if (join) prev.text += line.text;
  else prev.text += ` ${line.text}`;
  if (names) {
    prev.authors = [...prev.authors, ...(c.kind === 'byline' ? c.authors : [])];
    if (prev.credit) prev.credit = { text: prev.text, authors: prev.authors };
  }
  return true;
}

const RANGE = (u: Unit[]): LineRange => [u[0]!.lines[0]!.no, u.at(-1)!.lines.at(-1)!.no];
const MAX_REPEAT = 4;

// A block of up to four units printed again right after itself, after a gap.
function dropRepeats(units: Unit[]): { units: Unit[]; duplicates: Duplicate[] } {
  const out: Unit[] = [];
  const duplicates: Duplicate[] = [];
  for (let i = 0; i < units.length; ) {
    let skipped = false;
    for (let n = MAX_REPEAT; n >= 1 && !skipped; n--) {
      if (out.length < n || i + n > units.length || units[i]!.gapBefore === 0) continue;
      // A repeat opens with the text the block opened with: most units are tried no further.
      if (out[out.length - n]!.text !== units[i]!.text) continue;
      const first = out.slice(-n);
      const next = units.slice(i, i + n);
      if (!first.some((u) => u.kind === 'body' || u.kind === 'credit')) continue;
      if (first.every((u, k) => u.kind === next[k]!.kind && u.text === next[k]!.text && u.lines.length === next[k]!.lines.length && sameLines(u, next[k]!))) {
        duplicates.push({ lines: RANGE(next), of: RANGE(first) });
        i += n;
        skipped = true;
      }
    }
    if (!skipped) out.push(units[i++]!);
  }
  return { units: out, duplicates };
}

function sameLines(a: Unit, b: Unit): boolean {
  return a.lines.every((l, k) => l.text === b.lines[k]!.text);
}
