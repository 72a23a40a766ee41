import type { Entry } from '../../schema/entry.ts';
import { columnLine, displayTitle, truncate } from '../../text/labels.ts';
import type { DocHeader } from '../core/layout.ts';

// An absurdly long title or author list is cut for results (the article page shows it whole).
const MAX_TITLE = 200;
const MAX_KICKER = 60;
const MAX_AUTHORS = 12;

/** What a search result shows of an entry besides its text, titled as the site titles it (a continued item after its first part). */
function toDocHeader(e: Entry, continues?: Entry): DocHeader {
  const column = columnLine(e);
  return {
    id: e.id,
    title: truncate(displayTitle(e, continues), MAX_TITLE),
    // Left out when not printed: most items have neither.
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
export function headerFields(ordered: readonly Entry[]): DocHeader[] {
  const byId = new Map(ordered.map((e) => [e.id, e]));
  return ordered.map((e) => toDocHeader(e, e.continuedFrom?.id ? byId.get(e.continuedFrom.id) : undefined));
}
