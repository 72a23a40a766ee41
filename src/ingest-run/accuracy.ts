import type { Entry } from '../schema/entry.ts';
import type { Page } from '../schema/page.ts';
import { normalizeText, type Truth, type TruthPage } from '../generate/truth.ts';
import { authorKey, compareStatedFields, count, emptyTally, filesOf, metaMatches, same, type Tally } from './accuracy-tally.ts';
import { measureTextLoss } from './text-loss.ts';

/** One way the parser got an item wrong, with what was expected and what it gave. */
interface Mistake {
  file: string;
  category:
    | 'missing' | 'title' | 'subtitle' | 'kicker' | 'authors' | 'kind' | 'subheads' | 'incomplete' | 'extra' | 'labels' | 'lost-text' | 'no-page'
    | 'column' | 'author-note' | 'dateline-parts' | 'meta';
  expected: string;
  got: string;
  features: string[];
}

/** Tallies of a comparison of parser output with the truth. */
export interface AccuracyReport extends Tally {
  /** Found, and the body also ends where the item's ends, with nothing missing or extra. */
  complete: number;
  titleRight: number;
  subtitleRight: number;
  authorsRight: number;
  authorNamesRight: number;
  kindRight: number;
  subheadsRight: number;
  /** Pages whose section labels (and furniture) are the ones printed. */
  labelsRight: number;
  /** Entries that match no truth item (an item split in two, or text made into an item of its own). */
  extraEntries: number;
  charsAdded: number;
  byFeature: Record<string, { items: number; right: number }>;
  /** The headline counts per raw style the truth names (`seed`, `P`, `K` …; files without a style count as `seed`). */
  byStyle: Record<string, Tally>;
  mistakeCounts: Record<string, number>;
  /** Every mistake; callers print a sample. */
  mistakes: Mistake[];
}

/**
 * Compares parsed pages and entries with the truth of the same input. A truth
 * file is scored with the page record read from it: a page file's own, or, for
 * article files, the page they were read into (several files may make one page,
 * whose entries are then matched against all their items together).
 */
export function scoreAccuracy(truth: Truth, pages: readonly Page[], entries: readonly Entry[]): AccuracyReport {
  const r: AccuracyReport = {
    ...emptyTally(), complete: 0, titleRight: 0, subtitleRight: 0, authorsRight: 0, authorNamesRight: 0, kindRight: 0, subheadsRight: 0,
    labelsRight: 0, extraEntries: 0, charsAdded: 0, byFeature: {}, byStyle: {}, mistakeCounts: {}, mistakes: [],
  };
  const pageByFile = new Map(pages.flatMap((p) => filesOf(p).map((f) => [f, p] as const)));
  const entriesByPage = Map.groupBy(entries, (e) => e.pageId);
  const miss = (m: Mistake) => {
    r.mistakes.push(m);
    r.mistakeCounts[m.category] = (r.mistakeCounts[m.category] ?? 0) + 1;
  };
  const styleOf = (tf: TruthPage) => (r.byStyle[tf.style ?? 'seed'] ??= emptyTally());

  const groups = new Map<Page, [string, TruthPage][]>();
  for (const [file, tf] of Object.entries(truth)) {
    const tallies = [r, styleOf(tf)];
    count(tallies, 'files');
    count(tallies, 'items', tf.items.length);
    const page = pageByFile.get(file);
    // A byte copy holds nothing of its own: whether ingest reads it into no page or keeps it beside the first, it adds no items.
    if (tf.duplicateOf !== undefined && tf.items.length === 0) continue;
    if (!page) {
      miss({ file, category: 'no-page', expected: `${tf.items.length} items`, got: 'no page record', features: [] });
      continue;
    }
    const meta = metaMatches(page, tf);
    if (meta) {
      count(tallies, 'metaFiles');
      if (meta.ok) count(tallies, 'metaRight');
      else miss({ file, category: 'meta', expected: meta.expected, got: meta.got, features: [] });
    }
    groups.set(page, [...(groups.get(page) ?? []), [file, tf]]);
  }

  for (const [page, files] of groups) {
    const labels = (xs: readonly string[]) => xs.map(normalizeText).join(' | ');
    const file = files[0]![0];
    const pageStyle = styleOf(files[0]![1]);
    const want = labels(files.flatMap(([, tf]) => tf.labels));
    if (labels(page.labels.map((l) => l.text)) === want) r.labelsRight++;
    else miss({ file, category: 'labels', expected: want, got: labels(page.labels.map((l) => l.text)), features: [] });
    const list = entriesByPage.get(page.id) ?? [];
    const bodies = list.map(bodyOf);
    const used = new Set<number>();
    for (const [file, tf] of files) {
      const tallies = [r, styleOf(tf)];
      for (const t of tf.items) {
        const features = t.features ?? [];
        for (const f of features.length ? features : ['plain']) {
          r.byFeature[f] ??= { items: 0, right: 0 };
          r.byFeature[f].items++;
        }
        if (t.kicker !== undefined) count(tallies, 'kickerItems');
        if (t.kicker) count(tallies, 'withKicker');
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
        count(tallies, 'found');
        const body = bodies[k]!;
        if (body.endsWith(last) && (t.chars === undefined || body.length === t.chars)) r.complete++;
        else miss({ file, category: 'incomplete', expected: `…${t.last} (${t.chars ?? '?'} chars)`, got: `…${body.slice(-16)} (${body.length} chars)`, features });
        const titleOk = same(e.title, t.title);
        const authorsOk = authorKey(e.authors, true) === authorKey(t.authors, true);
        if (titleOk) r.titleRight++;
        else miss({ file, category: 'title', expected: t.title ?? '(none)', got: e.title ?? '(none)', features });
        if (same(stripDash(e.subtitle), stripDash(t.subtitle))) r.subtitleRight++;
        else miss({ file, category: 'subtitle', expected: t.subtitle ?? '(none)', got: e.subtitle ?? '(none)', features });
        if (t.kicker !== undefined) {
          if (same(e.kicker, t.kicker)) count(tallies, 'kickerRight');
          else miss({ file, category: 'kicker', expected: t.kicker ?? '(none)', got: e.kicker ?? '(none)', features });
        }
        for (const f of compareStatedFields(e, t)) {
          count(tallies, 'fieldsStated');
          if (f.ok) count(tallies, 'fieldsRight');
          else miss({ file, category: f.field, expected: f.expected, got: f.got, features });
        }
        if (authorsOk) r.authorsRight++;
        else miss({ file, category: 'authors', expected: authorKey(t.authors, true), got: authorKey(e.authors, true), features });
        if (authorKey(e.authors, false) === authorKey(t.authors, false)) r.authorNamesRight++;
        if (e.kind === t.kind) r.kindRight++;
        else miss({ file, category: 'kind', expected: t.kind, got: e.kind, features });
        const subheads = e.subheads.map((i) => normalizeText(e.paragraphs[i] ?? '')).join(' | ');
        if (subheads === t.subheads.map(normalizeText).join(' | ')) r.subheadsRight++;
        else miss({ file, category: 'subheads', expected: t.subheads.join(' | ') || '(none)', got: subheads || '(none)', features });
        if (titleOk && authorsOk) {
          count(tallies, 'titleAndAuthorsRight');
          for (const f of features.length ? features : ['plain']) r.byFeature[f]!.right++;
        }
      }
    }
    list.forEach((e, i) => {
      if (used.has(i)) return;
      r.extraEntries++;
      miss({ file, category: 'extra', expected: '(no such item)', got: `${e.id}: ${describe(e)}`, features: [] });
    });
    const loss = measureTextLoss(page, list);
    count([r, pageStyle], 'chars', loss.pageChars);
    count([r, pageStyle], 'charsLost', loss.lost);
    r.charsAdded += loss.added;
    if (loss.lost > 0) miss({ file, category: 'lost-text', expected: '0 characters lost', got: `${loss.lost} lost: ${loss.lostSample}`, features: [] });
  }
  return r;
}

/**
 * The normalized body of an entry as the truth defines it: its paragraphs, or its
 * caption when it has none; a photo's caption and then any paragraphs (a caption
 * of several paragraphs may be read as a caption and a body).
 */
function bodyOf(e: Entry): string {
  if (e.kind === 'photo') return normalizeText((e.caption ?? '') + e.paragraphs.join(''));
  return normalizeText(e.paragraphs.length ? e.paragraphs.join('') : (e.caption ?? ''));
}

function describe(e: Entry): string {
  return `${e.kind} «${e.title ?? ''}» ${bodyOf(e).slice(0, 16)}…`;
}

function stripDash(s: string | null): string | null {
  return s === null ? null : s.replace(/^[\s#]*[—–\-－~～]+/u, '');
}
