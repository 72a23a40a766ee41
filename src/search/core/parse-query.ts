import { foldText, type FoldMap } from './fold.ts';

// Quotes that make a phrase, each with its closing mark (full-width " folds to ").
const CLOSERS: Record<string, string> = { '"': '"', '“': '”', '「': '」', '『': '』' };

/**
 * Splits a query into folded terms that must all occur. Words are separated
 * by spaces. A quotation mark is query syntax only around a whole term: one
 * that opens a word, closed by its mark at the end of a later (or the same)
 * word, makes a phrase that may hold spaces. Any other quotation mark is text
 * to find, so a sentence pasted from an article (他说“要发展”。) is searched as
 * printed. Duplicates and empty terms are dropped.
 */
export function parseQuery(query: string, map: FoldMap): string[] {
  const q = foldText(query, map);
  const terms: string[] = [];
  for (let i = 0; i < q.length; ) {
    if (q[i] === ' ') {
      i++;
      continue;
    }
    const closer = CLOSERS[q[i]!];
    let end = -1;
    for (let j = closer ? q.indexOf(closer, i + 1) : -1; j >= 0; j = q.indexOf(closer!, j + 1)) {
      if (j + 1 === q.length || q[j + 1] === ' ') {
        end = j;
        break;
      }
    }
    if (end >= 0) {
      terms.push(q.slice(i + 1, end));
      i = end + 1;
    } else {
      const space = q.indexOf(' ', i);
      const stop = space < 0 ? q.length : space;
      terms.push(q.slice(i, stop));
      i = stop;
    }
  }
  return [...new Set(terms.map((t) => t.trim()).filter((t) => t.length > 0))];
}
