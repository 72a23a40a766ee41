import type { Entry } from '../../schema/entry.ts';
import { columnLine, displayTitle, truncate } from '../../text/labels.ts';
import type { DocHeader } from '../core/layout.ts';

// An absurdly long title or author list is cut for results (the article page shows it whole).
const MAX_TITLE = 200;
const MAX_KICKER = 60;
const MAX_AUTHORS = 12;

/**
 * What a search result shows of an entry besides its text, titled as the
 * site titles it: a continued item without a title of its own by the title
 * of the item it continues (`continuedTitle`, undefined when that item is not
 * indexed).
 */
export function docHeader(e: Entry, continuedTitle: string | null | undefined): DocHeader {
  const column = columnLine(e);
  // displayTitle reads only the title of the item continued.
  const continues = continuedTitle === undefined ? undefined : { ...e, title: continuedTitle };
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
