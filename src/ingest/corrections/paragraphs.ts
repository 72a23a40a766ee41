import type { Correction } from '../../schema/correction.ts';
import { findLine } from './anchors.ts';
import { applied, clip, notApplied, notNeeded, type OpContext, type OpResult } from './op-context.ts';
import { cutAt, startsPiece } from './text-spans.ts';

const isBody = (role: string) => role === 'paragraph' || role === 'subhead';

/** `join`: the paragraph that starts at the line is joined to the paragraph before it (a paragraph cut by a column or a page). */
export function joinParagraphs(op: Extract<Correction, { op: 'join' }>, ctx: OpContext): OpResult {
  const hit = findLine(ctx.page, op.line, ctx.near(op.near));
  if (!hit.ok) return notApplied(hit.reason);
  const { item, line } = hit.value;
  if (!item) return notApplied(`line ${line} is a page label, in no paragraph; to make it an item's text, move it into the item`);
  const k = hit.value.start.piece;
  const piece = item.pieces[k]!;
  if (!isBody(piece.role)) return notApplied(`line ${line} is the ${piece.role} of item ${item.id}, not a paragraph`, [item]);
  if (!startsPiece(item.pieces, hit.value.start)) return notNeeded(`line ${line} is inside a paragraph of item ${item.id} already`, [item]);
  const prev = item.pieces[k - 1];
  if (!prev || !isBody(prev.role)) return notApplied(`line ${line} opens the body of item ${item.id}; there is no paragraph before it to join`, [item]);
  prev.text = `${prev.text.trimEnd()}${piece.text.trimStart()}`;
  item.pieces.splice(k, 1);
  item.records.push({ op: 'join', field: 'paragraphs', before: null, after: clip(piece.text) });
  return applied(`joined the paragraph at line ${line} ("${clip(op.line)}") to the one before it in item ${item.id}`, [item]);
}

/** `break`: a new paragraph starts at the line (or at the text given, inside a line). */
export function breakParagraph(op: Extract<Correction, { op: 'break' }>, ctx: OpContext): OpResult {
  const hit = findLine(ctx.page, op.line, ctx.near(op.near));
  if (!hit.ok) return notApplied(hit.reason);
  const { item, line } = hit.value;
  if (!item) return notApplied(`line ${line} is a page label, in no paragraph`);
  const piece = item.pieces[hit.value.start.piece]!;
  if (!isBody(piece.role)) return notApplied(`line ${line} is the ${piece.role} of item ${item.id}, not a paragraph`, [item]);
  if (startsPiece(item.pieces, hit.value.start)) return notNeeded(`a paragraph of item ${item.id} starts at line ${line} already`, [item]);
  cutAt(item.pieces, hit.value.start);
  item.records.push({ op: 'break', field: 'paragraphs', before: null, after: clip(op.line) });
  return applied(`started a paragraph at line ${line} ("${clip(op.line)}") in item ${item.id}`, [item]);
}
