import type { Entry } from '../../schema/entry.ts';

/**
 * The text of an entry that search looks in, one string per field, title
 * first (empty when the item has none) so that title matches can be told
 * apart. A match never spans two fields: the index keeps them apart.
 */
export function searchFields(e: Entry): string[] {
  const rest = [e.subtitle, ...e.bylines, e.dateline, ...e.paragraphs, e.caption, e.credit].filter(
    (s): s is string => s !== null && s.length > 0,
  );
  return [e.title ?? '', ...rest];
}

/**
 * Puts entries in date order (then paper, page, position on the page), so a
 * document number sorts by date and a date range is a range of numbers.
 * Undated entries come last.
 */
export function orderEntries(entries: readonly Entry[]): Entry[] {
  const key = (e: Entry) => `${e.date ?? '9999-99-99'}\u0000${e.paperId ?? ''}\u0000${String(e.page ?? 0).padStart(4, '0')}\u0000${String(e.order).padStart(4, '0')}\u0000${e.id}`;
  return entries
    .map((e) => ({ e, k: key(e) }))
    .sort((a, b) => (a.k < b.k ? -1 : a.k > b.k ? 1 : 0))
    .map((x) => x.e);
}
