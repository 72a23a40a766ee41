import type { Author } from '../schema/author.ts';
import type { Column, DatelineParts, EntryKind } from '../schema/entry.ts';
import type { Line } from './lines.ts';
import type { Credit, Jump } from './markers.ts';
import type { Unit } from './units.ts';

/** A body paragraph or subhead with the lines it was printed on (more than one once a cut paragraph is joined). */
export interface Para {
  text: string;
  lines: Line[];
  subhead: boolean;
}

/** Printed text with the lines it stands on: a title or subtitle. */
export interface Printed {
  text: string;
  lines: Line[];
}

/** An item of the page while it is being assembled; `to-entries` turns it into an Entry. */
export interface Item {
  kind: EntryKind;
  kicker: Printed | null;
  title: Printed | null;
  subtitle: Printed | null;
  bylines: Unit[];
  dateline: { text: string; line: Line; parts: DatelineParts | null } | null;
  /** Authors from datelines and credits; byline authors are read from `bylines`. */
  authors: Author[];
  body: Para[];
  caption: Para | null;
  credit: { credit: Credit; lines: Line[] } | null;
  from: { jump: Jump; line: Line } | null;
  on: { jump: Jump; line: Line } | null;
  section: string | null;
  /** The column: its name, and the printed series line when there is one (that line is among the item's lines). */
  column: Column | null;
  authorNote: Printed | null;
  /** The item's first printed line follows an item gap (three blank lines): nothing above it is its own. */
  afterGap: boolean;
}

/** A new, empty item of a kind. */
export function newItem(kind: EntryKind, section: string | null): Item {
  return {
    kind,
    kicker: null,
    title: null,
    subtitle: null,
    bylines: [],
    dateline: null,
    authors: [],
    body: [],
    caption: null,
    credit: null,
    from: null,
    on: null,
    section,
    column: null,
    authorNote: null,
    afterGap: false,
  };
}

/** A paragraph from a unit (a body line, or a subhead). */
export function paraOf(u: Unit, text = u.text): Para {
  return { text, lines: u.lines, subhead: u.kind === 'subhead' || u.kind === 'heading' };
}

/** True when the item holds printed text: a fragment or article with nothing in it is dropped. */
export function hasContent(it: Item): boolean {
  const head = it.kicker !== null || it.title !== null || it.subtitle !== null || it.bylines.length > 0 || it.dateline !== null;
  return head || it.body.length > 0 || it.caption !== null || it.credit !== null || it.from !== null || it.on !== null || it.authorNote !== null;
}

/** The texts an item is known by, for similarity: title, subtitle, first paragraph, caption. */
export function headTexts(it: Item): string[] {
  return [it.title?.text, it.subtitle?.text, it.body.find((p) => !p.subhead)?.text, it.caption?.text].filter((t): t is string => !!t);
}
