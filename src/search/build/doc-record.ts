import type { Entry } from '../../schema/entry.ts';
import { displayTitle } from '../../site/format.ts';
import type { DocRecord } from '../core/layout.ts';
import { searchFields } from './search-fields.ts';

/** What a search result shows of an entry (titled as the site titles it), with its searchable fields for the snippet. */
export function toDocRecord(e: Entry, continues?: Entry): DocRecord {
  return {
    id: e.id,
    title: displayTitle(e, continues),
    paper: e.paper,
    date: e.date,
    page: e.page,
    kind: e.kind,
    authors: e.authors.map((a) => a.name),
    lang: e.lang,
    fields: searchFields(e),
    cut: false,
  };
}

/**
 * The record a result list loads: its fields cut after `bodyChars` characters
 * of body text, which holds the passage to show for most matches; the whole
 * text is fetched only when it does not.
 */
export function headOf(r: DocRecord, bodyChars: number): DocRecord {
  const fields = [r.fields[0] ?? ''];
  let left = bodyChars;
  for (const f of r.fields.slice(1)) {
    if (left <= 0) break;
    const chars = Array.from(f);
    fields.push(chars.length > left ? chars.slice(0, left).join('') : f);
    left -= chars.length;
  }
  const cut = fields.length < r.fields.length || fields[fields.length - 1] !== r.fields[fields.length - 1];
  return { ...r, fields, cut };
}
