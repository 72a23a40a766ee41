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
  };
}
