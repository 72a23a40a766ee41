import { AuthorRoleSchema, type Author } from '../../schema/author.ts';
import type { Correction, CorrectionAuthor } from '../../schema/correction.ts';
import { readDatelineParts } from '../datelines.ts';
import { findItem } from './anchors.ts';
import { applied, clip, notApplied, notNeeded, type OpContext, type OpResult } from './op-context.ts';
import { cutSpan, findText, squeeze } from './text-spans.ts';
import type { Piece, Role, WorkItem } from './work-item.ts';

type SetOp = Extract<Correction, { op: 'set' }>;
const TEXT_FIELDS = ['kicker', 'title', 'subtitle', 'dateline'] as const;

/**
 * `set`: says what an item's headline, dateline, kind or authors are. A text
 * field takes text printed in the item; what the field held before stays in
 * the item as body text. All or nothing: if one text is not printed in the
 * item, nothing is changed.
 */
export function setFields(op: SetOp, ctx: OpContext): OpResult {
  const found = findItem(ctx.page, op.item, ctx.near(op.near));
  if (!found.ok) return notApplied(found.reason);
  const item = found.value;
  for (const f of TEXT_FIELDS) {
    const v = op[f];
    if (typeof v === 'string' && !findText(item.pieces, v)) {
      return notApplied(`${f} "${clip(v)}" is not printed in item ${item.id}; a correction takes printed text (move the lines into the item first, or fix the page file if the text is misprinted)`, [item]);
    }
  }
  const changed: string[] = [];
  if (op.kind !== undefined && op.kind !== item.kind) {
    item.records.push({ op: 'set', field: 'kind', before: item.kind, after: op.kind });
    item.kind = op.kind;
    changed.push(`kind ${op.kind}`);
  }
  for (const f of TEXT_FIELDS) {
    const v = op[f];
    if (v !== undefined && setText(item, f, v)) changed.push(v === null ? `no ${f}` : `${f} "${clip(v)}"`);
  }
  if (op.authors !== undefined) {
    const authors = op.authors.map(toAuthor);
    if (formatAuthors(authors) !== formatAuthors(item.authors)) {
      item.records.push({ op: 'set', field: 'authors', before: formatAuthors(item.authors) || null, after: formatAuthors(authors) || null });
      item.authors = authors;
      changed.push(`authors ${formatAuthors(authors) || '(none)'}`);
    }
  }
  if (changed.length === 0) return notNeeded(`item ${item.id} already reads so`, [item]);
  return applied(`set ${changed.join(', ')} on item ${item.id}`, [item]);
}

// The field's text becomes the span it names; what it held before, and a
// second piece in the field, stay where they are printed as body text.
function setText(item: WorkItem, role: Role, value: string | null): boolean {
  const held = item.pieces.filter((p) => p.role === role);
  const before = held.map((p) => p.text).join('') || null;
  if (value === null) {
    if (held.length === 0) return false;
    for (const p of held) p.role = 'paragraph';
  } else {
    if (held.length === 1 && squeeze(held[0]!.text) === squeeze(value)) return false;
    for (const p of held) p.role = 'paragraph';
    const span = findText(item.pieces, value)!;
    const [from, to] = cutSpan(item.pieces, span.start, span.end);
    const text = item.pieces.slice(from, to).map((p) => p.text.trim()).join('');
    const piece: Piece = { role, text, ...(role === 'dateline' ? { parts: readDatelineParts(text) } : {}) };
    item.pieces.splice(from, to - from, piece);
  }
  item.records.push({ op: 'set', field: role, before, after: value });
  return true;
}

const ROLE_FIRST = new RegExp(`^(${[...AuthorRoleSchema.options].sort((a, b) => b.length - a.length).join('|')})[\\s\\u3000]+(.+)$`, 'u');

/** An author as a corrections file gives one: `{name, role}`, a bare name, or `记者 王海涛` (role, space, name). */
function toAuthor(a: CorrectionAuthor): Author {
  if (typeof a !== 'string') return { name: a.name, role: a.role ?? null };
  const m = ROLE_FIRST.exec(a);
  return m ? { name: m[2]!.trim(), role: AuthorRoleSchema.parse(m[1]) } : { name: a, role: null };
}

/** Authors as one line, `记者 王海涛、李静`, for the record of what changed. */
function formatAuthors(authors: readonly Author[]): string {
  return authors.map((a) => (a.role ? `${a.role} ${a.name}` : a.name)).join('、');
}
