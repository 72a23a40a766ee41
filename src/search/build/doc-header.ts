import type { Entry } from '../../schema/entry.ts';
import { columnLine, displayTitle, truncate } from '../../site/format.ts';
import type { DocHeader } from '../core/layout.ts';

// Every chunk of a document repeats its header, and all headers take the room of
// the largest: an absurdly long title or author list is cut for results (the
// article page shows it whole) rather than making every chunk of every document larger.
const MAX_TITLE = 200;
const MAX_KICKER = 60;
const MAX_AUTHORS = 12;

/** A header before its document's text is folded (which tells where the body starts). */
export type HeaderFields = Omit<DocHeader, 'body'>;

/** What a search result shows of an entry besides its text, titled as the site titles it (a continued item after its first part). */
function toHeaderFields(e: Entry, continues?: Entry): HeaderFields {
  const column = columnLine(e);
  return {
    id: e.id,
    title: truncate(displayTitle(e, continues), MAX_TITLE),
    // Left out when not printed, so that the headers of an archive without them stay as small as before.
    ...(e.kicker ? { kicker: truncate(e.kicker, MAX_KICKER) } : {}),
    ...(column ? { column: truncate(column, MAX_KICKER) } : {}),
    paper: e.paper,
    date: e.date,
    page: e.page,
    kind: e.kind,
    authors: e.authors.slice(0, MAX_AUTHORS).map((a) => a.name),
    lang: e.lang,
  };
}

/** The headers of entries in index order. */
export function headerFields(ordered: readonly Entry[]): HeaderFields[] {
  const byId = new Map(ordered.map((e) => [e.id, e]));
  return ordered.map((e) => toHeaderFields(e, e.continuedFrom?.id ? byId.get(e.continuedFrom.id) : undefined));
}
