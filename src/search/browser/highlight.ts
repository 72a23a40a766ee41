import { foldTextWithOffsets, type FoldMap } from '../core/fold.ts';
import type { DocHeader } from '../core/layout.ts';

/** A result's passage starts this many characters before the match it shows, and is this long. */
const PASSAGE_BEFORE = 30;
const PASSAGE_WIDTH = 110;

/** A result as a list shows it: the document's header and its fields' text, the first `head` its headline, the body from `lead` on. */
export interface ResultRecord extends DocHeader {
  fields: string[];
  head: number;
  lead: number;
}

/** A piece of text to show, marked when it is a match. Rendered as text, never as HTML. */
export interface Segment {
  text: string;
  hit: boolean;
}

/** Source ranges `[start, end)` where any folded term occurs in `text`, merged and in order. */
function matchRanges(text: string, terms: readonly string[], folds: FoldMap): [number, number][] {
  const { text: folded, offsets } = foldTextWithOffsets(text, folds);
  const ranges: [number, number][] = [];
  for (const term of terms) {
    if (!term) continue;
    for (let at = folded.indexOf(term); at >= 0; at = folded.indexOf(term, at + 1)) {
      const last = offsets[at + term.length - 1]!;
      // A folded unit may come from a character that folds to several: end after that whole character.
      let end = at + term.length;
      while (end < folded.length && offsets[end] === last) end++;
      ranges.push([offsets[at]!, offsets[end]!]);
    }
  }
  ranges.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const r of ranges) {
    const prev = merged[merged.length - 1];
    if (prev && r[0] <= prev[1]) prev[1] = Math.max(prev[1], r[1]);
    else merged.push([...r]);
  }
  return merged;
}

/** Cuts `text[from, to)` into segments, marking the matches. */
function segments(text: string, ranges: [number, number][], from = 0, to = text.length): Segment[] {
  const out: Segment[] = [];
  let at = from;
  for (const [s, e] of ranges) {
    if (e <= from || s >= to) continue;
    const a = Math.max(s, from);
    const b = Math.min(e, to);
    if (a > at) out.push({ text: text.slice(at, a), hit: false });
    out.push({ text: text.slice(a, b), hit: true });
    at = b;
  }
  if (at < to) out.push({ text: text.slice(at, to), hit: false });
  return out;
}

/** The whole text with every match marked (for titles). */
export function highlight(text: string, terms: readonly string[], folds: FoldMap): Segment[] {
  return segments(text, matchRanges(text, terms, folds));
}

/** Whether a result's body, as far as it holds it, shows a match (a byline's or dateline's does not count: passages skip them). */
export function bodyShowsMatch(r: ResultRecord, terms: readonly string[], folds: FoldMap): boolean {
  return r.fields.slice(r.lead).some((f) => matchRanges(f, terms, folds).length > 0);
}

/** Moves an index off the second half of a surrogate pair. */
function onCharBoundary(text: string, i: number): number {
  const c = text.charCodeAt(i);
  return c >= 0xdc00 && c <= 0xdfff ? i - 1 : i;
}

/** The field a result's passage is taken from, its match ranges, and the part `[start, end)` shown. */
export interface Passage {
  field: string;
  ranges: [number, number][];
  start: number;
  end: number;
}

// A lead ends after its last full sentence within the passage's width, when one ends past this.
const LEAD_MIN = 20;
const SENTENCE_END = /[。！？!?]/g;

/**
 * The passage of a result's body around the first match its text holds, or,
 * with no match in the body (a title, byline or pinyin match, a filter-only
 * search), its lead: the first sentences of the body. Never the subtitle,
 * bylines or dateline, which say nothing of what the item is about. Null
 * when the result has no body text.
 */
export function passageOf(r: ResultRecord, terms: readonly string[], folds: FoldMap): Passage | null {
  const body = r.fields.slice(r.lead).filter((f) => f.length > 0);
  let field = body[0];
  let ranges: [number, number][] = [];
  for (const f of body) {
    const m = matchRanges(f, terms, folds);
    if (m.length) {
      field = f;
      ranges = m;
      break;
    }
  }
  if (field === undefined) return null;
  if (ranges.length === 0) return { field, ranges, start: 0, end: leadEnd(field) };
  const start = onCharBoundary(field, Math.max(0, ranges[0]![0] - PASSAGE_BEFORE));
  const end = onCharBoundary(field, Math.min(field.length, start + PASSAGE_WIDTH));
  return { field, ranges, start, end };
}

/** Where a lead taken from the start of `field` ends: after its last sentence within the passage's width, or at the width. */
function leadEnd(field: string): number {
  const width = onCharBoundary(field, Math.min(field.length, PASSAGE_WIDTH));
  if (width === field.length) return width;
  let end = width;
  for (const m of field.slice(0, width).matchAll(SENTENCE_END)) if (m.index + 1 >= LEAD_MIN) end = m.index + 1;
  return end;
}

/** A passage as segments, every match in it marked and an ellipsis where it is cut. */
export function snippet(p: Passage | null): Segment[] {
  if (!p) return [];
  const out = segments(p.field, p.ranges, p.start, p.end);
  if (p.start > 0) out.unshift({ text: '…', hit: false });
  if (p.end < p.field.length) out.push({ text: '…', hit: false });
  return out;
}
