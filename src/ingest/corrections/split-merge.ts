import type { Correction } from '../../schema/correction.ts';
import { findItem, findLine } from './anchors.ts';
import { cutRangesAt } from './line-ranges.ts';
import { applied, authorsGoing, clip, dropItem, notApplied, notNeeded, unionAuthors, type OpContext, type OpResult } from './op-context.ts';
import { cutAt, squeeze } from './text-spans.ts';
import type { WorkItem } from './work-item.ts';

/** `split`: the line and what follows it in its item's reading order become a new item, placed right after it. */
export function splitItem(op: Extract<Correction, { op: 'split' }>, ctx: OpContext): OpResult {
  const hit = findLine(ctx.page, op.line, ctx.near(op.near));
  if (!hit.ok) return notApplied(hit.reason);
  const { item, line } = hit.value;
  if (!item) return notApplied(`line ${line} is a page label, not part of an item; nothing to split`);
  const at = cutAt(item.pieces, hit.value.start);
  if (item.pieces.slice(0, at).every((p) => p.text.trim() === '')) return notNeeded(`line ${line} already starts item ${item.id}`, [item]);
  const going = item.pieces.splice(at);
  const [before, after] = cutRangesAt(item.ranges, line, !hit.value.atLineStart);
  const moved = authorsGoing(item.authors, item.pieces, going);
  const id = ctx.newId(item.id, squeeze(op.line));
  const next: WorkItem = {
    ...item,
    id,
    pieces: going,
    ranges: after.length > 0 ? after : [[line, line]],
    authors: moved,
    furniture: [],
    records: [{ op: 'split', field: 'item', before: item.id, after: id }],
  };
  item.ranges = before.length > 0 ? before : item.ranges;
  item.authors = item.authors.filter((a) => !moved.includes(a));
  item.records.push({ op: 'split', field: 'item', before: null, after: id });
  ctx.page.items.splice(ctx.page.items.indexOf(item) + 1, 0, next);
  return applied(`split item ${item.id} at line ${line} ("${clip(op.line)}"): the rest is item ${id}`, [item, next]);
}

/** `merge`: an item's text, lines and authors are appended to another item (by default the one before it), and the item is gone. */
export function mergeItems(op: Extract<Correction, { op: 'merge' }>, ctx: OpContext): OpResult {
  const found = findItem(ctx.page, op.item, ctx.near(op.near));
  if (!found.ok) return notApplied(found.reason);
  const item = found.value;
  let into: WorkItem | undefined;
  if (op.into === undefined) {
    into = ctx.page.items[ctx.page.items.indexOf(item) - 1];
    if (!into) return notApplied(`item ${item.id} is the first of the page; say which item it goes into with into: "<its title>"`, [item]);
  } else {
    const target = findItem(ctx.page, op.into, undefined);
    if (!target.ok) return notApplied(`into: ${target.reason}`, [item]);
    into = target.value;
  }
  if (into === item) return notNeeded(`"${clip(op.item)}" and "${clip(op.into ?? '')}" are one item already (${item.id})`, [item]);
  into.pieces.push(...item.pieces);
  into.ranges = [...into.ranges, ...item.ranges];
  into.authors = unionAuthors(into.authors, item.authors);
  into.furniture = [...into.furniture, ...item.furniture];
  into.records.push(...item.records, { op: 'merge', field: 'item', before: item.id, after: into.id });
  dropItem(ctx.page, item);
  return applied(`merged item ${item.id} into item ${into.id}`, [into]);
}
