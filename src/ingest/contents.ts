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
  // Keys are made only for the lines compared, most pages have no entry to compare.
  const keyCache = new Map<number, string>();
  const keys = { at: (j: number) => keyCache.get(j) ?? keyCache.set(j, key(lines[j]!.text)).get(j)! };
  const laterStarts = (i: number, k: string) => {
    for (let j = i + 1; j < lines.length; j++) if (keys.at(j).length >= k.length && keys.at(j).startsWith(k) && !NUMBERED.test(lines[j]!.text)) return true;
    return false;
  };
  const firstProse = lines.findIndex((l) => l.text.length >= PROSE);
  const end = firstProse < 0 ? lines.length : firstProse;
  // The keys of the lines below a run, made once for it (runs are few: short lines above the first paragraph).
  const keysFrom = (from: number) => new Set(lines.slice(from).map((l) => key(l.text)));
  const marked = new Set<number>();
  for (let i = 0; i < lines.length; i++) {
    const t = lines[i]!.text;
    // A digit first, and short: most lines fail before the regex is tried.
    const c = t.charCodeAt(0);
    if (c < 0x30 || c > 0x39 || t.length > MAX_ENTRY || lines[i]!.furniture || !NUMBERED.test(t)) continue;
    const k = key(t.replace(NUMBERED, ''));
    if (k.length >= MIN_KEY && laterStarts(i, k)) marked.add(i);
  }
  // Runs of short lines with no blank between them, above the page's first
  // paragraph: further down, a block that comes again is one printed twice.
  for (let i = 0; i < end; ) {
    let j = i;
    while (j < end && !lines[j]!.furniture && isEntryLike(lines[j]!.text)) j++;
    const later = j - i >= MIN_RUN ? keysFrom(j) : null;
    if (later && Array.from({ length: j - i }, (_, k) => i + k).some((n) => keys.at(n).length >= MIN_KEY && later.has(keys.at(n)))) {
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

/**
 * The headlines a page's table of contents lists, to tell an item's title from
 * a subhead inside it: what the contents do not list is no item of the page.
 */
export class ContentsList {
  private readonly keys: string[] = [];

  /** Adds an entry (a contents line, its number aside). */
  add(text: string): void {
    const k = key(text.replace(NUMBERED, ''));
    if (k.length >= MIN_KEY) this.keys.push(k);
  }

  /** True when the page has a table of contents. */
  get any(): boolean {
    return this.keys.length > 0;
  }

  /** True when an entry holds the headline (an entry may hold title and subtitle, or be cut short with …). */
  lists(text: string): boolean {
    const k = key(text);
    return this.keys.some((e) => e.includes(k) || (e.endsWith('…') && k.startsWith(e.slice(0, -1))));
  }
}
