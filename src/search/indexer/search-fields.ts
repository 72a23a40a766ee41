import type { Entry } from '../../schema/entry.ts';

/**
 * The text of an entry that search looks in, one string per field. The
 * headline comes first: the title (empty when the item has none), then the
 * kicker (引题) when one is printed; `headlineFields` says how many fields that
 * is, and matches there count as title matches. Then the rest in reading
 * order, the author note and the column (its series line, and its name
 * when the line does not hold it) last.
 * A match never spans two fields: the index keeps them apart.
 */
export function searchFields(e: Entry): string[] {
  // A series line names its column (`系列：城市更新观察`): the name again would count twice.
  const column = e.column && (e.column.line?.includes(e.column.name) ? [e.column.line] : [e.column.line, e.column.name]);
  const body = [...e.paragraphs, e.caption, e.credit, e.authorNote, ...(column ?? [])].filter((s): s is string => !!s);
  return [e.title ?? '', ...(e.kicker ? [e.kicker] : []), ...preamble(e), ...body];
}

/** What is printed between the headline and the body: subtitle, bylines, dateline. */
function preamble(e: Entry): string[] {
  return [e.subtitle, ...e.bylines, e.dateline].filter((s): s is string => !!s);
}

/** Where an entry's body starts in its `searchFields`: after the headline and the preamble (passages and leads skip both). */
export function leadField(e: Entry): number {
  return headlineFields(e) + preamble(e).length;
}

/** How many of an entry's `searchFields` are its headline (title, and kicker when printed). */
export function headlineFields(e: Entry): number {
  return e.kicker ? 2 : 1;
}

/**
 * The key that puts entries in date order (then paper, page, position on the
 * page), so a document number sorts by date and a date range is a range of
 * numbers. Undated entries come last.
 */
export function orderKey(e: Entry): string {
  return `${e.date ?? '9999-99-99'}\u0000${e.paperId ?? ''}\u0000${String(e.page ?? 0).padStart(4, '0')}\u0000${String(e.order).padStart(4, '0')}\u0000${e.id}`;
}
