import type { Listed } from '../schema/summary.ts';
import { bareSubtitle } from '../text/labels.ts';

/** Most authors GB/T 7714 lists before closing with `等`. */
const MAX_AUTHORS = 3;

/**
 * A reference to a newspaper item in the style of GB/T 7714—2015 (type `[N]`, or
 * `[N/OL]` with the URL when one is given): `作者. 题名: 副题[N]. 报纸名, 出版日期(版次).`;
 * online, `…(版次)[引用日期]. URL.` with `accessed` as the 引用日期 (the day the reader
 * consulted the copy, so a page built in advance cannot know it: see CiteBlock.astro).
 * `shownTitle` is the title the site shows (supplied titles included). Parts the page
 * does not tell (paper, date, page) are left out rather than guessed, with their punctuation.
 */
export function citeGbt7714(e: Listed, shownTitle: string, url?: string, accessed?: string): string {
  const names = [...new Set(e.authors.map((a) => a.name))];
  const shown = names.slice(0, MAX_AUTHORS).join(', ');
  const authors = names.length > MAX_AUTHORS ? `${shown}, 等` : shown;
  const title = e.subtitle ? `${shownTitle}: ${bareSubtitle(e.subtitle)}` : shownTitle;
  const type = url ? 'N/OL' : 'N';
  // GB/T 7714 prints the page as the date's `(版次)`: a page number with no date locates nothing, and is left out.
  const when = e.date && (e.page !== null ? `${e.date}(${e.page})` : e.date);
  const where = [e.paper, when].filter(Boolean).join(', ');
  const cited = url && accessed ? `[${accessed}]` : '';
  const parts = [authors ? `${authors}. ` : '', `${title}[${type}]`, where ? `. ${where}${cited}. ` : `${cited}. `, url ? `${url}.` : ''];
  return parts.join('').trim();
}
