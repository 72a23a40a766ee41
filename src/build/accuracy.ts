import type { Author } from '../schema/author.ts';
import type { Entry } from '../schema/entry.ts';
import type { Page } from '../schema/page.ts';
import { normalizeText, type Truth } from '../generate/truth.ts';
import { measureTextLoss } from './text-loss.ts';

/** One way the parser got an item wrong, with what was expected and what it gave. */
export interface Mistake {
  file: string;
  category: 'missing' | 'title' | 'subtitle' | 'authors' | 'kind' | 'subheads' | 'incomplete' | 'extra' | 'labels' | 'lost-text' | 'no-page';
  expected: string;
  got: string;
  features: string[];
}

/** Tallies of a comparison of parser output with the truth. */
export interface AccuracyReport {
  files: number;
  items: number;
  /** Truth items with an entry whose body starts where the item's body starts. */
  found: number;
  /** Found, and the body also ends where the item's ends, with nothing missing or extra. */
  complete: number;
  titleRight: number;
  subtitleRight: number;
  authorsRight: number;
  authorNamesRight: number;
  /** Found with the right title and the right authors (names and roles): the headline figure. */
  titleAndAuthorsRight: number;
  kindRight: number;
  subheadsRight: number;
  /** Pages whose section labels are the ones printed. */
  labelsRight: number;
  /** Entries that match no truth item (an item split in two, or text made into an item of its own). */
  extraEntries: number;
  chars: number;
  charsLost: number;
  charsAdded: number;
  byFeature: Record<string, { items: number; right: number }>;
  mistakeCounts: Record<string, number>;
  /** Every mistake; callers print a sample. */
  mistakes: Mistake[];
}

/** Compares parsed pages and entries with the truth of the same input, page by page. */
export function scoreAccuracy(truth: Truth, pages: readonly Page[], entries: readonly Entry[]): AccuracyReport {
  const r: AccuracyReport = {
    files: 0, items: 0, found: 0, complete: 0, titleRight: 0, subtitleRight: 0, authorsRight: 0, authorNamesRight: 0,
    titleAndAuthorsRight: 0, kindRight: 0, subheadsRight: 0, labelsRight: 0, extraEntries: 0, chars: 0, charsLost: 0, charsAdded: 0,
    byFeature: {}, mistakeCounts: {}, mistakes: [],
  };
  const pageByFile = new Map(pages.map((p) => [p.file, p]));
  const entriesByPage = Map.groupBy(entries, (e) => e.pageId);
  const miss = (m: Mistake) => {
    r.mistakes.push(m);
    r.mistakeCounts[m.category] = (r.mistakeCounts[m.category] ?? 0) + 1;
  };

  for (const [file, tf] of Object.entries(truth)) {
    r.files++;
    r.items += tf.items.length;
    const page = pageByFile.get(file);
    if (!page) {
      miss({ file, category: 'no-page', expected: `${tf.items.length} items`, got: 'no page record', features: [] });
      continue;
    }
    const labels = (xs: readonly string[]) => xs.map(normalizeText).join(' | ');
    if (labels(page.labels.map((l) => l.text)) === labels(tf.labels)) r.labelsRight++;
    else miss({ file, category: 'labels', expected: labels(tf.labels), got: labels(page.labels.map((l) => l.text)), features: [] });
    const list = entriesByPage.get(page.id) ?? [];
    const bodies = list.map(bodyOf);
    const used = new Set<number>();
    for (const t of tf.items) {
      const features = t.features ?? [];
      for (const f of features.length ? features : ['plain']) {
        r.byFeature[f] ??= { items: 0, right: 0 };
        r.byFeature[f].items++;
      }
      // Bodies can share their first characters (two briefs opening with the same
      // quote); of the entries that start right, prefer one that also ends right.
      const first = normalizeText(t.first);
      const last = normalizeText(t.last);
      const starts = bodies.flatMap((b, i) => (!used.has(i) && b.startsWith(first) ? [i] : []));
      const k = starts.find((i) => bodies[i]!.endsWith(last)) ?? starts[0] ?? -1;
      if (k < 0) {
        const near = bodies.findIndex((b) => b.includes(first));
        const got = near < 0 ? 'no entry holds its first characters' : `inside entry ${list[near]!.id} (${describe(list[near]!)})`;
        miss({ file, category: 'missing', expected: `${t.kind} «${t.title ?? ''}» ${t.first}…`, got, features });
        continue;
      }
      used.add(k);
      const e = list[k]!;
      r.found++;
      const body = bodies[k]!;
      if (body.endsWith(last) && (t.chars === undefined || body.length === t.chars)) r.complete++;
      else miss({ file, category: 'incomplete', expected: `…${t.last} (${t.chars ?? '?'} chars)`, got: `…${body.slice(-16)} (${body.length} chars)`, features });
      const titleOk = same(e.title, t.title);
      const authorsOk = authorKey(e.authors, true) === authorKey(t.authors, true);
      if (titleOk) r.titleRight++;
      else miss({ file, category: 'title', expected: t.title ?? '(none)', got: e.title ?? '(none)', features });
      if (same(stripDash(e.subtitle), stripDash(t.subtitle))) r.subtitleRight++;
      else miss({ file, category: 'subtitle', expected: t.subtitle ?? '(none)', got: e.subtitle ?? '(none)', features });
      if (authorsOk) r.authorsRight++;
      else miss({ file, category: 'authors', expected: authorKey(t.authors, true), got: authorKey(e.authors, true), features });
      if (authorKey(e.authors, false) === authorKey(t.authors, false)) r.authorNamesRight++;
      if (e.kind === t.kind) r.kindRight++;
      else miss({ file, category: 'kind', expected: t.kind, got: e.kind, features });
      const subheads = e.subheads.map((i) => normalizeText(e.paragraphs[i] ?? '')).join(' | ');
      if (subheads === t.subheads.map(normalizeText).join(' | ')) r.subheadsRight++;
      else miss({ file, category: 'subheads', expected: t.subheads.join(' | ') || '(none)', got: subheads || '(none)', features });
      if (titleOk && authorsOk) {
        r.titleAndAuthorsRight++;
        for (const f of features.length ? features : ['plain']) r.byFeature[f]!.right++;
      }
    }
    list.forEach((e, i) => {
      if (used.has(i)) return;
      r.extraEntries++;
      miss({ file, category: 'extra', expected: '(no such item)', got: `${e.id}: ${describe(e)}`, features: [] });
    });
    const loss = measureTextLoss(page, list);
    r.chars += loss.pageChars;
    r.charsLost += loss.lost;
    r.charsAdded += loss.added;
    if (loss.lost > 0) miss({ file, category: 'lost-text', expected: '0 characters lost', got: `${loss.lost} lost: ${loss.lostSample}`, features: [] });
  }
  return r;
}

/** The normalized body of an entry as the truth defines it: its paragraphs, or its caption when it has none. */
export function bodyOf(e: Entry): string {
  return normalizeText(e.paragraphs.length ? e.paragraphs.join('') : (e.caption ?? ''));
}

function describe(e: Entry): string {
  return `${e.kind} «${e.title ?? ''}» ${bodyOf(e).slice(0, 16)}…`;
}

function same(a: string | null, b: string | null): boolean {
  return normalizeText(a ?? '') === normalizeText(b ?? '');
}

function stripDash(s: string | null): string | null {
  return s === null ? null : s.replace(/^[\s#]*[—–\-－~～]+/u, '');
}

function authorKey(authors: readonly Author[], withRole: boolean): string {
  return authors
    .map((a) => (withRole ? `${a.name}/${a.role ?? '-'}` : a.name))
    .sort()
    .join(' ');
}
