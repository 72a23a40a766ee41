import type { Author } from '../schema/author.ts';
import type { Entry } from '../schema/entry.ts';
import type { Page } from '../schema/page.ts';
import { normalizeText, type TruthItem, type TruthPage } from '../generate/truth.ts';

/** Counts kept for the whole input and for each raw style. */
export interface Tally {
  files: number;
  items: number;
  /** Truth items with an entry whose body starts where the item's body starts. */
  found: number;
  /** Found with the right title and the right authors (names and roles): the headline figure. */
  titleAndAuthorsRight: number;
  /** Items whose truth states a kicker (or states that there is none), and of those, found with that kicker. */
  kickerItems: number;
  kickerRight: number;
  /** Of the items stated with a kicker, how many have one. */
  withKicker: number;
  /** Column, author note and dateline parts where the truth states them: how many stated, how many right. */
  fieldsStated: number;
  fieldsRight: number;
  /** Files whose truth states paper, date, page and page name, and of those, read into a page that has all four right. */
  metaFiles: number;
  metaRight: number;
  chars: number;
  charsLost: number;
}

/** A tally at zero. */
export function emptyTally(): Tally {
  return {
    files: 0, items: 0, found: 0, titleAndAuthorsRight: 0, kickerItems: 0, kickerRight: 0, withKicker: 0,
    fieldsStated: 0, fieldsRight: 0, metaFiles: 0, metaRight: 0, chars: 0, charsLost: 0,
  };
}

/** Adds counts to every tally given (the whole input's and a style's). */
export function count(tallies: readonly Tally[], key: keyof Tally, n = 1): void {
  for (const t of tallies) t[key] += n;
}

/** True when the two texts are the same once whitespace and ornaments are set aside; null is the empty text. */
export function same(a: string | null | undefined, b: string | null | undefined): boolean {
  return normalizeText(a ?? '') === normalizeText(b ?? '');
}

/** Authors as one comparable key, in any order; with or without roles. */
export function authorKey(authors: readonly Author[], withRole: boolean): string {
  return authors
    .map((a) => (withRole ? `${a.name}/${a.role ?? '-'}` : a.name))
    .sort()
    .join(' ');
}

/** The fields a later truth states (column, author note, dateline parts), each compared where stated: what was expected and what was got, per field. */
export function compareStatedFields(e: Entry, t: TruthItem): { field: 'column' | 'author-note' | 'dateline-parts'; ok: boolean; expected: string; got: string }[] {
  const out: ReturnType<typeof compareStatedFields> = [];
  const column = (c: Entry['column'] | undefined) => (c ? `${c.name}${c.line ? ` / ${c.line}` : ''}` : '(none)');
  const parts = (p: Entry['datelineParts'] | undefined) => (p ? `${p.source ?? '-'} | ${p.place ?? '-'} | ${p.date ?? '-'}` : '(none)');
  if (t.column !== undefined) out.push({ field: 'column', ok: same(column(e.column), column(t.column)), expected: column(t.column), got: column(e.column) });
  if (t.authorNote !== undefined) out.push({ field: 'author-note', ok: same(e.authorNote, t.authorNote), expected: t.authorNote ?? '(none)', got: e.authorNote ?? '(none)' });
  if (t.datelineParts !== undefined) out.push({ field: 'dateline-parts', ok: same(parts(e.datelineParts), parts(t.datelineParts)), expected: parts(t.datelineParts), got: parts(e.datelineParts) });
  return out;
}

/** Whether a page record says what the truth of one of its files says of paper, date, page and page name; null when the truth does not say. */
export function metaMatches(page: Page, tf: TruthPage): { ok: boolean; expected: string; got: string } | null {
  if (tf.paper === undefined || tf.date === undefined || tf.page === undefined || tf.pageName === undefined) return null;
  const show = (m: { paper: string | null; date: string | null; page: number | null; pageName: string | null }) => `${m.paper ?? '-'} ${m.date ?? '-'} ${m.page ?? '-'} ${m.pageName ?? '-'}`;
  const expected = show({ paper: tf.paper, date: tf.date, page: tf.page, pageName: tf.pageName });
  const got = show(page);
  return { ok: expected === got, expected, got };
}

/** The input files a page record was read from: its own file, and the article files it was made of where ingest records them. */
export function filesOf(page: Page): string[] {
  // `files` is recorded by ingest versions that read article-file trees; older entries have only `file`.
  const files = (page as { files?: readonly { file: string }[] }).files ?? [];
  return [...new Set([page.file, ...files.map((f) => f.file)])];
}
