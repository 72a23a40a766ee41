import { foldText, type FoldMap } from './fold.ts';

// A phrase is quoted with ASCII quotes (full-width ones fold to them) or Chinese ones.
const PHRASE = /"([^"]*)"?|“([^”]*)”?|「([^」]*)」?|『([^』]*)』?/gu;

/**
 * Splits a query into folded terms that must all occur: quoted phrases (which
 * may hold spaces) and the space-separated words between them. Duplicates and
 * empty terms are dropped.
 */
export function parseQuery(query: string, map: FoldMap): string[] {
  const folded = foldText(query, map);
  const terms: string[] = [];
  let last = 0;
  for (const m of folded.matchAll(PHRASE)) {
    terms.push(...folded.slice(last, m.index).split(' '));
    terms.push(m[1] ?? m[2] ?? m[3] ?? m[4] ?? '');
    last = m.index + m[0].length;
  }
  terms.push(...folded.slice(last).split(' '));
  return [...new Set(terms.map((t) => t.trim()).filter((t) => t.length > 0))];
}
