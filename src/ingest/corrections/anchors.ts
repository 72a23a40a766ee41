import type { Label } from '../../schema/page.ts';
import type { Line } from '../lines.ts';
import { holdsLine } from './line-ranges.ts';
import { findText, squeeze, type Pos } from './text-spans.ts';
import type { WorkItem } from './work-item.ts';

/** A page while its corrections are applied: its printed lines (blank where not counted as printed), labels and items. */
export interface WorkPage {
  lines: Line[];
  labels: Label[];
  items: WorkItem[];
}

/** A line found by its text: its number, and the item (with where the line's text starts and ends in it) or the page label it belongs to. */
export type LineHit =
  | { line: number; atLineStart: boolean; item: WorkItem; start: Pos; end: Pos; label?: undefined }
  | { line: number; atLineStart: boolean; label: Label; item?: undefined };

/** What an anchor found, or why it found nothing. */
export type Found<T> = { ok: true; value: T } | { ok: false; reason: string };

const quote = (s: string) => `"${s.length > 30 ? `${s.slice(0, 30)}…` : s}"`;

/**
 * Finds the line an anchor names: a printed line that starts with the text
 * (else one that holds it), the one nearest `near` when several do. Without
 * `near`, text printed on several lines finds nothing: a correction is never
 * applied in a place it may not mean.
 */
export function findLine(page: WorkPage, text: string, near: number | undefined): Found<LineHit> {
  const want = squeeze(text);
  const starting = page.lines.filter((l) => squeeze(l.text).startsWith(want));
  const holding = starting.length > 0 ? starting : page.lines.filter((l) => squeeze(l.text).includes(want));
  if (holding.length === 0) return { ok: false, reason: `no line of the page prints ${quote(text)}` };
  const line = nearest(holding, (l) => l.no, near);
  if (!line) return { ok: false, reason: `${quote(text)} is printed on lines ${holding.map((l) => l.no).join(', ')}; say which with near: <line number>` };
  const atLineStart = starting.length > 0;
  const label = page.labels.find((l) => l.line === line.no && squeeze(l.text).includes(want));
  if (label) return { ok: true, value: { line: line.no, atLineStart, label } };
  // The line's text from the anchor on: found in the item as printed, so the span ends where the line does.
  const rest = squeeze(line.text).slice(squeeze(line.text).indexOf(want));
  for (const item of page.items.filter((it) => holdsLine(it.ranges, line.no))) {
    const span = findText(item.pieces, rest) ?? findText(item.pieces, want);
    if (span) return { ok: true, value: { line: line.no, atLineStart, item, start: span.start, end: span.end } };
  }
  return { ok: false, reason: `line ${line.no} prints ${quote(text)} but no item holds it` };
}

/**
 * Finds the item an anchor names: the one whose title, kicker or first
 * paragraph (or caption) starts with the text; one whose field is exactly the
 * text wins over one that only starts so, and `near` chooses among the rest.
 */
export function findItem(page: WorkPage, text: string, near: number | undefined): Found<WorkItem> {
  const want = squeeze(text);
  const heads = (it: WorkItem) => {
    const body = it.pieces.find((p) => p.role === 'paragraph' || p.role === 'subhead' || p.role === 'caption');
    return [it.pieces.find((p) => p.role === 'title'), it.pieces.find((p) => p.role === 'kicker'), body, it.pieces[0]].flatMap((p) => (p ? [squeeze(p.text)] : []));
  };
  const matching = page.items.filter((it) => heads(it).some((h) => h.startsWith(want)));
  if (matching.length === 0) return { ok: false, reason: `no item's title or first paragraph starts with ${quote(text)}` };
  const exact = matching.filter((it) => heads(it).includes(want));
  const pool = exact.length === 1 ? exact : matching;
  const item = nearest(pool, (it) => it.ranges[0]?.[0] ?? 0, near);
  if (!item) return { ok: false, reason: `${pool.length} items start with ${quote(text)}; give more of the text, or say which with near: <line number>` };
  return { ok: true, value: item };
}

// The one candidate, or the one nearest the hint (the first of two as near); without a hint, several are none.
function nearest<T>(list: T[], lineOf: (x: T) => number, near: number | undefined): T | null {
  if (list.length === 1) return list[0]!;
  if (near === undefined) return null;
  return list.reduce((best, x) => (Math.abs(lineOf(x) - near) < Math.abs(lineOf(best) - near) ? x : best));
}
