import type { Entry } from '../schema/entry.ts';
import type { Page } from '../schema/page.ts';
import { splitLines } from '../ingest/lines.ts';
import { normalizeText } from '../generate/truth.ts';

/** Characters of a page that no entry holds (lost) and characters entries hold more often than the page prints them (added). */
export interface TextLoss {
  pageChars: number;
  lost: number;
  added: number;
  /** Up to a few lost characters with their counts, most lost first, to see what kind of text went missing. */
  lostSample: string;
}

// One counter per UTF-16 code unit, reused for every page: pages are scored one
// at a time and only the touched slots are cleared.
const counts = new Int32Array(65536);

/**
 * Compares the multiset of printed characters of a page (its distinct lines without
 * layout markup, whitespace and ornaments) with that of every text field of its
 * entries and its labels. Order is ignored: this measures text dropped or
 * duplicated, not misplaced.
 */
export function measureTextLoss(page: Page, entries: readonly Entry[]): TextLoss {
  const touched: number[] = [];
  // A block printed twice (a photo repeated in two columns) is one text: parsers
  // rightly keep one copy, so lines repeated verbatim count once.
  const pageText = [...new Set(splitLines(page.lines.join('\n')).map((l) => normalizeText(l.text)))].join('');
  for (let i = 0; i < pageText.length; i++) {
    const c = pageText.charCodeAt(i);
    if (counts[c] === 0) touched.push(c);
    counts[c]!++;
  }
  let added = 0;
  const take = (s: string | null | undefined) => {
    if (!s) return;
    const t = normalizeText(s);
    for (let i = 0; i < t.length; i++) {
      const c = t.charCodeAt(i);
      if (counts[c]! > 0) counts[c]!--;
      else added++;
    }
  };
  for (const label of page.labels) take(label.text);
  for (const e of entries) {
    take(e.title);
    take(e.subtitle);
    take(e.dateline);
    take(e.caption);
    take(e.credit);
    take(e.section);
    take(e.continuedFrom?.marker);
    take(e.continuedOn?.marker);
    for (const b of e.bylines) take(b);
    for (const p of e.paragraphs) take(p);
  }
  let lost = 0;
  const left: [string, number][] = [];
  for (const c of touched) {
    if (counts[c]! > 0) {
      lost += counts[c]!;
      left.push([String.fromCharCode(c), counts[c]!]);
    }
    counts[c] = 0;
  }
  left.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  return { pageChars: pageText.length, lost, added, lostSample: left.slice(0, 8).map(([c, n]) => `${c}×${n}`).join(' ') };
}
