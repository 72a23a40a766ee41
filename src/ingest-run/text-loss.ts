import type { Entry } from '../schema/entry.ts';
import type { Page } from '../schema/page.ts';
import { compareCoverage, printedText } from '../ingest/text-coverage.ts';

/** Characters of a page that no entry holds (lost) and characters entries hold more often than the page prints them (added). */
export interface TextLoss {
  pageChars: number;
  lost: number;
  added: number;
  /** Up to a few lost characters with their counts, most lost first, to see what kind of text went missing. */
  lostSample: string;
}

/**
 * The accuracy report's view of the ingest's own coverage check: the same
 * accounting (`compareCoverage`), turned into counts. Order is ignored: this
 * measures text dropped or doubled, not misplaced.
 */
export function measureTextLoss(page: Page, entries: readonly Entry[]): TextLoss {
  const { lost, extra } = compareCoverage(page, entries);
  const tally = new Map<string, number>();
  for (const ch of lost) tally.set(ch, (tally.get(ch) ?? 0) + 1);
  const sample = [...tally].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, 8);
  return {
    pageChars: printedText(page).replace(/\s/gu, '').length,
    lost: Array.from(lost).length,
    added: Array.from(extra).length,
    lostSample: sample.map(([c, n]) => `${c}×${n}`).join(' '),
  };
}
