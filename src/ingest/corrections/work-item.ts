import type { Author } from '../../schema/author.ts';
import type { AppliedCorrection } from '../../schema/correction.ts';
import type { DatelineParts, Entry, EntryKind } from '../../schema/entry.ts';
import type { LineRange } from '../../schema/source.ts';
import { tidyRanges } from './line-ranges.ts';

// Corrections move printed text between fields and items; they never write
// text. So an entry is taken apart into pieces of printed text, each with the
// field (role) it fills, in reading order; operations cut, move and re-role
// pieces, and the entry is put together again from them. Every character stays
// in exactly one piece, which is what keeps the coverage guarantee.

/** The field a piece of printed text fills. */
export type Role = 'from' | 'kicker' | 'title' | 'subtitle' | 'column' | 'byline' | 'dateline' | 'paragraph' | 'subhead' | 'caption' | 'credit' | 'authorNote' | 'on';

/** A run of an entry's printed text and the field it fills, with what was read from it. */
export interface Piece {
  role: Role;
  text: string;
  /** A jump's page (`from`, `on`); a series line's name (`column`); a dateline's parts. */
  jumpPage?: number | null;
  columnName?: string;
  parts?: DatelineParts | null;
}

/** An item while corrections are applied to its page. */
export interface WorkItem {
  id: string;
  kind: EntryKind;
  pieces: Piece[];
  ranges: LineRange[];
  authors: Author[];
  furniture: string[];
  /** The entry as parsed: what pieces do not hold (paper, date, section, a column named in the title) comes from it. */
  base: Entry;
  records: AppliedCorrection[];
}

/** Takes an entry apart into pieces, in the order its fields are printed. */
export function toWorkItem(e: Entry): WorkItem {
  const subheads = new Set(e.subheads);
  const one = (role: Role, text: string | null | undefined, more: Partial<Piece> = {}): Piece[] => (text ? [{ role, text, ...more }] : []);
  const pieces: Piece[] = [
    ...one('from', e.continuedFrom?.marker, { jumpPage: e.continuedFrom?.page ?? null }),
    ...one('kicker', e.kicker),
    ...one('title', e.title),
    ...one('subtitle', e.subtitle),
    ...one('column', e.column?.line, { columnName: e.column?.name }),
    ...e.bylines.map((text): Piece => ({ role: 'byline', text })),
    ...one('dateline', e.dateline, { parts: e.datelineParts }),
    ...e.paragraphs.map((text, i): Piece => ({ role: subheads.has(i) ? 'subhead' : 'paragraph', text })),
    ...one('caption', e.caption),
    ...one('credit', e.credit),
    ...one('authorNote', e.authorNote),
    ...one('on', e.continuedOn?.marker, { jumpPage: e.continuedOn?.page ?? null }),
  ];
  const ranges = e.source.lines.map((r): [number, number] => [r[0], r[1]]);
  return { id: e.id, kind: e.kind, pieces, ranges, authors: [...e.authors], furniture: [...e.furniture], base: e, records: [] };
}

// Fields that hold one text. A second piece for one of them (two items merged,
// a title moved in) does not overwrite the first: a headline line becomes a
// subhead, a caption or note is joined to the first, anything else a paragraph.
const HEAD: ReadonlySet<Role> = new Set(['kicker', 'title', 'subtitle']);
const JOINED: ReadonlySet<Role> = new Set(['caption', 'credit', 'authorNote']);

/** Puts an entry together again from its pieces, as the `order`-th item of its page (`isBlank` tells the blank lines its ranges may bridge). */
export function fromWorkItem(w: WorkItem, order: number, isBlank: (line: number) => boolean): Entry {
  const first = new Map<Role, Piece>();
  const paras: { text: string; subhead: boolean }[] = [];
  const bylines: string[] = [];
  for (const p of w.pieces) {
    const text = p.text.trim();
    if (text === '') continue;
    const held = first.get(p.role);
    if (p.role === 'paragraph' || p.role === 'subhead') paras.push({ text, subhead: p.role === 'subhead' });
    else if (p.role === 'byline') bylines.push(text);
    else if (!held) first.set(p.role, { ...p, text });
    else if (JOINED.has(p.role)) held.text = `${held.text} ${text}`;
    else paras.push({ text, subhead: HEAD.has(p.role) });
  }
  const textOf = (role: Role) => first.get(role)?.text ?? null;
  const jump = (role: 'from' | 'on') => {
    const p = first.get(role);
    return p ? { page: p.jumpPage ?? null, marker: p.text, id: null } : null;
  };
  const column = first.get('column');
  const dateline = first.get('dateline');
  const { corrections: _, ...base } = w.base;
  const ranges = tidyRanges(w.ranges, isBlank);
  const entry: Entry = {
    ...base,
    id: w.id,
    kind: w.kind,
    order,
    kicker: textOf('kicker'),
    title: textOf('title'),
    subtitle: textOf('subtitle'),
    authors: w.authors,
    dateline: dateline?.text ?? null,
    paragraphs: paras.map((p) => p.text),
    subheads: paras.flatMap((p, i) => (p.subhead ? [i] : [])),
    caption: textOf('caption'),
    credit: textOf('credit'),
    bylines,
    datelineParts: dateline ? (dateline.parts ?? null) : null,
    // A column named by a tag in the title has no line of its own, and stays while the item does.
    column: column ? { name: column.columnName ?? column.text, line: column.text } : w.base.column?.line === null ? w.base.column : null,
    authorNote: textOf('authorNote'),
    furniture: w.furniture,
    continuedFrom: jump('from'),
    continuedOn: jump('on'),
    source: { file: w.base.source.file, lines: ranges.length > 0 ? ranges : w.base.source.lines },
  };
  if (w.records.length > 0) entry.corrections = w.records;
  return entry;
}

/** True when the item still holds printed text. */
export function hasText(w: WorkItem): boolean {
  return w.pieces.some((p) => p.text.trim() !== '');
}
