import type { Entry } from '../../src/schema/entry.ts';

/**
 * The fields of an entry for an item with nothing printed yet (no title,
 * authors or body): test fixtures spread their own values over it. A new object
 * each call, so no fixture shares an array with another.
 */
export function emptyItem() {
  return {
    kind: 'article',
    kicker: null,
    title: null,
    subtitle: null,
    authors: [],
    dateline: null,
    datelineParts: null,
    paragraphs: [],
    subheads: [],
    caption: null,
    credit: null,
    bylines: [],
    column: null,
    authorNote: null,
    furniture: [],
    section: null,
    continuedFrom: null,
    continuedOn: null,
  } satisfies Partial<Entry>;
}
