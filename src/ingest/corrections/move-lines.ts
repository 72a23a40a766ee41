import type { Correction } from '../../schema/correction.ts';
import { findItem, findLine, type LineHit } from './anchors.ts';
import { linesWithin, removeLines } from './line-ranges.ts';
import { applied, asBody, RECORD_CHARS, authorsGoing, clip, dropItem, notApplied, notNeeded, type OpContext, type OpResult } from './op-context.ts';
import { before, cutSpan } from './text-spans.ts';
import { hasText, type Piece, type WorkItem } from './work-item.ts';

type MoveOp = Extract<Correction, { op: 'move' }>;
type ItemHit = Extract<LineHit, { item: WorkItem }>;

// Moved text goes at the end of the body: after the paragraphs, before what
// is printed after a body (caption, credit, author note, the 下转 jump).
const AFTER_BODY = new Set(['caption', 'credit', 'authorNote', 'on']);

/**
 * `move`: a block of lines (one line, or first to last in reading order) goes
 * to the end of another item's body, with its lines and the authors it names;
 * an item left with no text is gone. A page label can be moved into an item
 * too (a line the parser took for furniture).
 */
export function moveLines(op: MoveOp, ctx: OpContext): OpResult {
  const [firstText, lastText] = typeof op.lines === 'string' ? [op.lines, op.lines] : op.lines;
  const first = findLine(ctx.page, firstText, ctx.near(op.near));
  if (!first.ok) return notApplied(first.reason);
  const target = findItem(ctx.page, op.to, undefined);
  if (!target.ok) return notApplied(`to: ${target.reason}`);
  const to = target.value;
  if (first.value.label) {
    const label = first.value.label;
    if (lastText !== firstText) return notApplied(`line ${label.line} is a page label; move it on its own, with lines: "${clip(label.text)}"`);
    ctx.page.labels.splice(ctx.page.labels.indexOf(label), 1);
    insertBody(to, [{ role: 'paragraph', text: label.text }]);
    to.ranges = [...to.ranges, [label.line, label.line]];
    for (const it of ctx.page.items) it.furniture = withoutOne(it.furniture, label.text);
    to.records.push({ op: 'move', field: 'paragraphs', before: null, after: clip(label.text, RECORD_CHARS) });
    return applied(`moved the page label "${clip(label.text)}" (line ${label.line}) into item ${to.id}`, [to]);
  }
  const last = lastText === firstText ? first : findLine(ctx.page, lastText, first.value.line);
  if (!last.ok) return notApplied(`last line: ${last.reason}`);
  const [a, b] = [first.value, last.value as ItemHit];
  const from = a.item;
  if (b.item !== from) return notApplied(`lines ${a.line} and ${b.line} are not in one item (${from.id}, ${b.item?.id ?? 'a page label'}); move each item's lines apart`, [from]);
  if (from === to) return notNeeded(`lines ${a.line}–${b.line} are in item ${to.id} already`, [to]);
  if (!before(a.start, b.end)) return notApplied(`line ${b.line} is read before line ${a.line}; give the first line first`, [from]);
  const [i, j] = cutSpan(from.pieces, a.start, b.end);
  const going = from.pieces.splice(i, j - i);
  const authors = authorsGoing(from.authors, from.pieces, going);
  from.authors = from.authors.filter((x) => !authors.includes(x));
  to.authors = [...to.authors, ...authors];
  insertBody(to, going.map(asBody));
  const [lo, hi] = [Math.min(a.line, b.line), Math.max(a.line, b.line)];
  to.ranges = [...to.ranges, ...linesWithin(from.ranges, lo, hi)];
  // A line cut inside (its start stays) is still partly the first item's.
  if (a.atLineStart) from.ranges = removeLines(from.ranges, lo, hi);
  const text = going.map((p) => p.text.trim()).join('');
  // The record names the text by its start: it says what moved, the entry holds all of it.
  // The item that took it records the text in its paragraphs; the one that gave it, the item it went to.
  to.records.push({ op: 'move', field: 'paragraphs', before: from.id, after: clip(text, RECORD_CHARS) });
  from.records.push({ op: 'move', field: 'item', before: clip(text, RECORD_CHARS), after: to.id });
  const emptied = !hasText(from);
  if (emptied) dropItem(ctx.page, from);
  const whence = emptied ? `item ${from.id}, now gone` : `item ${from.id}`;
  return applied(`moved lines ${lo}–${hi} ("${clip(text)}") from ${whence} to the end of item ${to.id}`, emptied ? [to] : [from, to]);
}

function insertBody(item: WorkItem, pieces: Piece[]): void {
  let at = item.pieces.length;
  while (at > 0 && AFTER_BODY.has(item.pieces[at - 1]!.role)) at--;
  item.pieces.splice(at, 0, ...pieces);
}

function withoutOne(list: string[], text: string): string[] {
  const k = list.indexOf(text);
  return k < 0 ? list : [...list.slice(0, k), ...list.slice(k + 1)];
}
