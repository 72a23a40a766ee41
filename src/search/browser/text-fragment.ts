import type { Passage } from './highlight.ts';

/**
 * Chromium highlights a text fragment only where it starts and ends on word
 * boundaries, and for Chinese it finds words with a dictionary: `江滨公园` in
 * `在江滨公园` is not found, since the dictionary reads `在江` as a word. A
 * punctuation mark is always a boundary, so the fragment is the clause around
 * each hit, from the mark before it to the mark after it.
 */
const CLAUSE_MARK = /[，。；：！？、,.;:!?“”"‘’'「」『』（）()《》〈〉【】［］…—·\n]/u;

/** Directives in one link at most: the first hits of the passage are the ones shown. */
const MAX_DIRECTIVES = 3;

/**
 * Percent-encodes a text directive's value: `-`, `&` and `,` are its syntax (encodeURIComponent leaves `-`).
 * @internal Exported for tests/search-fragment.test.ts.
 */
export function encodeTextDirective(text: string): string {
  return encodeURIComponent(text).replace(/-/g, '%2D');
}

/** The clause of `field` around `[from, to)`, white space collapsed as a browser renders it. */
function clauseAround(field: string, from: number, to: number): string {
  let start = from;
  while (start > 0 && !CLAUSE_MARK.test(field[start - 1]!)) start--;
  let end = to;
  while (end < field.length && !CLAUSE_MARK.test(field[end]!)) end++;
  return field.slice(start, end).replace(/\s+/g, ' ').trim();
}

/**
 * The text fragment (`#:~:text=…`) that makes the article page highlight the
 * hits a result's passage shows, one directive per clause; empty when the
 * passage shows none (a title or pinyin match: the breadcrumb would be found first).
 */
export function textFragment(p: Passage | null): string {
  if (!p) return '';
  const clauses: string[] = [];
  for (const [s, e] of p.ranges) {
    if (e <= p.start || s >= p.end) continue;
    const c = clauseAround(p.field, s, e);
    if (c && !clauses.includes(c)) clauses.push(c);
    if (clauses.length === MAX_DIRECTIVES) break;
  }
  return clauses.length ? `#:~:${clauses.map((c) => `text=${encodeTextDirective(c)}`).join('&')}` : '';
}
