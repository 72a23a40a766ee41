import type { Item, PageStyle } from './items.ts';
import type { Rng } from './prng.ts';

/** A run of lines printed together; runs are separated by a blank line. */
export type Run = string[];

/** An item printed as runs: its head (title, subtitle, section, byline) and its body, kept apart so layout can move them. */
export interface RenderedItem {
  /** Title lines, printed as one run. */
  title: Run | null;
  /** Runs printed with the title: subtitle and section label. */
  headExtras: Run[];
  byline: Run | null;
  /** Body runs in reading order (a paragraph cut by a column break makes two). */
  body: Run[];
  /** Subheads as printed, split lines joined. */
  subheads: string[];
  /** Layout difficulties used, for the truth. */
  features: string[];
}

/** Where an item printed on two pages continues: the page it came from or goes on to. */
export interface Continuation {
  from: number | null;
  on: number | null;
}

/** Prints one item in the page's style, with column breaks, subhead marks and continuation markers. */
export function renderItem(rng: Rng, item: Item, style: PageStyle, headingLevel: number, cont: Continuation): RenderedItem {
  const features: string[] = [];
  const mark = (level: number) => (style === 'markdown' ? '#'.repeat(level) + ' ' : '');
  let title: Run | null = null;
  if (item.title !== null) {
    title = style === 'plain' && item.kind !== 'photo' && rng.chance(0.12) ? splitTitle(rng, item.title) : [mark(headingLevel) + item.title];
    if (title.length > 1) features.push('multiline-title');
  }
  const headExtras: Run[] = [];
  if (item.subtitle !== null) headExtras.push([`${mark(2)}——${item.subtitle}`]);
  if (item.section !== null) headExtras.push([`${mark(3)}${item.section}`]);
  const byline = item.byline ? [...item.byline.lines] : null;
  if (byline && byline.length > 1) features.push('two-line-byline');

  const body: Run[] = [];
  const subheads: string[] = [];
  if (cont.from !== null) {
    body.push([rng.chance(0.5) ? `◀◀◀上接第${cont.from}版` : `（上接第${cont.from}版）`]);
    features.push('continued');
  }
  if (item.kind === 'photo') {
    const inline = item.credit && item.creditInline ? item.credit.lines.join('') : '';
    body.push([item.caption + inline]);
    if (item.credit && !item.creditInline) body.push([...item.credit.lines]);
    features.push(item.credit ? (item.creditInline ? 'credit-inline' : 'credit-line') : 'no-credit');
  }
  item.paragraphs.forEach((p, i) => {
    if (item.subheads.includes(i)) {
      const run = renderSubhead(rng, p, style, features);
      subheads.push(run.join(''));
      body.push(run);
      return;
    }
    const text = i === 0 && item.dateline ? `${item.dateline}${style === 'markdown' ? ' ' : ''}${p}` : p;
    if (i === 0 && item.dateline) features.push('dateline');
    // A column break can fall anywhere in a paragraph except inside its dateline.
    const cut = rng.chance(0.2) ? cutPoint(rng, text, text.length - p.length + 2) : null;
    if (cut === null) body.push([text]);
    else {
      body.push([text.slice(0, cut)], [text.slice(cut)]);
      if (!features.includes('column-break')) features.push('column-break');
    }
  });
  if (cont.on !== null) {
    body.push([`（下转第${cont.on}版）`]);
    features.push('continued');
  }
  return { title, headExtras, byline, body, subheads, features };
}

/** The item's text in the page's style: Markdown-ish pages print ASCII commas and brackets in prose. */
export function styleText(s: string, style: PageStyle): string {
  return style === 'markdown' ? s.replaceAll('，', ',').replaceAll('（', '(').replaceAll('）', ')') : s;
}

/** A position inside a paragraph where a column break can fall: mid-sentence, a few characters from either end and not before `from`. */
export function cutPoint(rng: Rng, text: string, from = 0): number | null {
  const lo = Math.max(8, from);
  const hi = text.length - 8;
  if (text.length < 30 || lo > hi) return null;
  return rng.int(lo, hi);
}

function renderSubhead(rng: Rng, text: string, style: PageStyle, features: string[]): Run {
  if (rng.chance(0.3)) return [`◎ ${text}`];
  const space = text.search(/[ ，]/);
  if (style === 'plain' && space > 0 && rng.chance(0.4)) {
    features.push('split-subhead');
    return [text.slice(0, space + (text[space] === '，' ? 1 : 0)), text.slice(space + 1)];
  }
  return [text];
}

// A long title set over two or three lines, broken at its space when it has one.
function splitTitle(rng: Rng, title: string): Run {
  const space = title.indexOf(' ');
  if (space > 0) return [title.slice(0, space), title.slice(space + 1)];
  if (title.length < 10) return [title];
  if (title.length >= 16 && rng.chance(0.5)) {
    const a = Math.floor(title.length / 3);
    return [title.slice(0, a), title.slice(a, 2 * a), title.slice(2 * a)];
  }
  const half = rng.int(4, title.length - 4);
  return [title.slice(0, half), title.slice(half)];
}
