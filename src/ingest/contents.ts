import { splitFurniturePrefix } from './furniture.ts';
import type { Line } from './lines.ts';

/**
 * Finds a table of contents saved with the page: day listings number their
 * headlines before the items (`1. 标题 副题`), and web pages list the titles of
 * the day's pieces above the one they show. An entry's text comes again later
 * on the page as the item's own headline, so:
 * - a numbered line whose text (spaces aside) opens a later line is an entry;
 * - a run of four or more short headline lines, one of which comes again later
 *   as a line of its own, is a table of contents, all of it (the other entries
 *   name pieces on other pages).
 * Entries are marked as furniture, so they become labels and never items.
 */
export function markContents(lines: Line[]): Line[] {
  const keys = lines.map((l) => key(l.text));
  const laterStarts = (i: number, k: string) => {
    for (let j = i + 1; j < lines.length; j++) if (j !== i && keys[j]!.length >= k.length && keys[j]!.startsWith(k) && !NUMBERED.test(lines[j]!.text)) return true;
    return false;
  };
  const laterEquals = (i: number, k: string) => {
    for (let j = i + 1; j < lines.length; j++) if (keys[j] === k) return true;
    return false;
  };
  const marked = new Set<number>();
  for (let i = 0; i < lines.length; i++) {
    const t = lines[i]!.text;
    if (lines[i]!.furniture || !NUMBERED.test(t) || t.length > MAX_ENTRY) continue;
    const k = key(t.replace(NUMBERED, ''));
    if (k.length >= MIN_KEY && laterStarts(i, k)) marked.add(i);
  }
  // Runs of short lines with no blank between them, above the page's first
  // paragraph: further down, a block that comes again is one printed twice.
  const firstProse = lines.findIndex((l) => l.text.length >= PROSE);
  const end = firstProse < 0 ? lines.length : firstProse;
  for (let i = 0; i < end; ) {
    let j = i;
    while (j < end && !lines[j]!.furniture && isEntryLike(lines[j]!.text)) j++;
    if (j - i >= MIN_RUN && Array.from({ length: j - i }, (_, k) => i + k).some((n) => keys[n]!.length >= MIN_KEY && laterEquals(n, keys[n]!))) {
      for (let n = i; n < j; n++) marked.add(n);
    }
    i = Math.max(j, i + 1);
  }
  if (marked.size === 0) return lines;
  return lines.map((l, i) => (marked.has(i) ? { ...l, furniture: { role: 'contents', meta: {} } } : l));
}

const NUMBERED = /^\d{1,2}[.．、]\s*/u;
const MAX_ENTRY = 80;
// A title, subtitle and byline make runs of up to three lines; a table lists more.
const MIN_RUN = 4;
const PROSE = 30;
// Fewest characters an entry must have to be told from a short word that recurs by chance.
const MIN_KEY = 6;
// Spaces aside, and an archive's prefix before an item's line (`第5版()专栏:`) too.
const key = (t: string) => (splitFurniturePrefix(t)?.rest ?? t).replace(/[\s\u3000]+/gu, '');
// A headline-like line: short, and not a sentence.
const isEntryLike = (t: string) => t !== '' && t.length <= 40 && !/[。，,；;：:]$/u.test(t) && !/[。；]/u.test(t);
