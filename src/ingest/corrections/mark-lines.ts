import type { Correction, MarkAs } from '../../schema/correction.ts';
import { findLine, type WorkPage } from './anchors.ts';
import { removeLines } from './line-ranges.ts';
import { applied, clip, RECORD_CHARS, dropItem, notApplied, notNeeded, type OpContext, type OpResult } from './op-context.ts';
import { before, cutSpan } from './text-spans.ts';
import { hasText, type Role } from './work-item.ts';

type MarkOp = Extract<Correction, { op: 'mark' }>;

/**
 * `mark`: a line (or the lines through `through`) is body text, a subhead, a
 * caption or a credit of its item; or not the item's text at all: a section
 * label printed on the page, or furniture the scraper saved with it.
 */
export function markLines(op: MarkOp, ctx: OpContext): OpResult {
  const first = findLine(ctx.page, op.line, ctx.near(op.near));
  if (!first.ok) return notApplied(first.reason);
  if (first.value.label) return markLabel(first.value.label, op.as);
  const last = op.through === undefined ? first : findLine(ctx.page, op.through, first.value.line);
  if (!last.ok) return notApplied(`through: ${last.reason}`);
  if (last.value.item !== first.value.item) return notApplied(`lines ${first.value.line} and ${last.value.line} are not in one item; mark each item's lines apart`);
  const [a, b] = [first.value, last.value];
  const item = a.item;
  if (!before(a.start, b.end)) return notApplied(`through: line ${b.line} is read before line ${a.line}; give the first line as line and the last as through`, [item]);
  const [from, to] = cutSpan(item.pieces, a.start, b.end);
  const span = item.pieces.slice(from, to);
  const text = span.map((p) => p.text.trim()).join('');
  if (op.as === 'label' || op.as === 'furniture') {
    item.pieces.splice(from, to - from);
    const kind = op.as === 'label' ? 'section' : 'furniture';
    ctx.page.labels.push({ text, line: a.line, kind });
    if (kind === 'furniture') item.furniture.push(text);
    if (a.atLineStart) item.ranges = removeLines(item.ranges, a.line, b.line);
    item.records.push({ op: 'mark', field: op.as, before: clip(text, RECORD_CHARS), after: null });
    if (!hasText(item)) dropItem(ctx.page, item);
    return applied(`marked "${clip(text)}" (line ${a.line}) as ${op.as === 'label' ? 'a section label' : 'page furniture'}, taken from item ${item.id}`, hasText(item) ? [item] : []);
  }
  const role: Role = op.as;
  if (span.every((p) => p.role === role)) return notNeeded(`"${clip(text)}" is already ${describe(op.as)} of item ${item.id}`, [item]);
  const roles = span.map((p) => p.role).join(', ');
  // A caption or credit is one text; body lines stay one piece each, so a run of them keeps its paragraphs.
  if (role === 'caption' || role === 'credit') item.pieces.splice(from, to - from, { role, text });
  else for (const p of span) p.role = role;
  item.records.push({ op: 'mark', field: op.as, before: roles, after: clip(text, RECORD_CHARS) });
  return applied(`marked "${clip(text)}" (line ${a.line}) as ${describe(op.as)} of item ${item.id}`, [item]);
}

// A line that is a page label already: a section label and furniture can be
// told apart; to make it an item's text, it is moved into the item.
function markLabel(label: WorkPage['labels'][number], as: MarkAs): OpResult {
  if (as !== 'label' && as !== 'furniture') {
    return notApplied(`line ${label.line} ("${clip(label.text)}") is a page label, in no item; to make it an item's text, write - op: move, lines: "${clip(label.text)}", to: "<the item's title>"`);
  }
  const kind = as === 'label' ? 'section' : 'furniture';
  if (label.kind === kind) return notNeeded(`line ${label.line} is already ${describe(as)}`, []);
  label.kind = kind;
  return applied(`marked line ${label.line} ("${clip(label.text)}") as ${describe(as)}`, []);
}

function describe(as: MarkAs): string {
  return { paragraph: 'a paragraph', subhead: 'a subhead', caption: 'the caption', credit: 'the credit', label: 'a section label', furniture: 'page furniture' }[as];
}
