import { isIndented, type Line } from './lines.ts';

/**
 * How a scraper laid out a page's lines, read from the page as a whole. Two
 * layouts are common and read differently:
 * - paragraph lines (the seeds, most page scrapes): a blank line between
 *   paragraphs, and a headline broken by the column width runs over several
 *   lines that are one title;
 * - element lines (crawlers that write the e-paper's text nodes, one per line):
 *   no blank between paragraphs, and each line of a headline is its own element
 *   (引题 / 主题 / 副题), never a wrapped title.
 * Some of the latter also indent every paragraph (two U+3000) and no headline,
 * so an unindented line among indented ones is a head.
 */
export interface PageLayout {
  /** Single line breaks are structure: each line is one paragraph or one headline line. */
  elementLines: boolean;
  /** Paragraphs are indented and headlines are not. */
  indentedParagraphs: boolean;
}

// A line of running text, as opposed to a headline or a byline: long, or a sentence.
const isProse = (t: string) => t.length >= 30 || (t.length >= 12 && /[。！？”]$/u.test(t));
// Share of prose lines that must be indented before indentation is read as the
// mark of a paragraph: the caspiankexin pages indent 97–100% of them, pages in
// the seeds' style none (one stray indented line in seed 003).
const INDENTED_SHARE = 0.8;
// Fewest prose lines from which the page's habit can be told at all.
const MIN_PROSE = 5;

/** Reads the page's layout from how its prose lines follow each other. */
export function readLayout(lines: readonly Line[]): PageLayout {
  // Prose followed directly by prose (element lines) against prose followed by
  // a blank and then prose (paragraph lines): on the real pages one count is
  // zero or near it where the other is not (77 against 1, 0 against 44).
  let adjacent = 0;
  let spaced = 0;
  let prose = 0;
  let indented = 0;
  let unindentedShort = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (!isProse(line.text)) {
      if (line.text !== '' && !isIndented(line)) unindentedShort++;
      continue;
    }
    prose++;
    if (isIndented(line)) indented++;
    const next = lines[i + 1];
    if (next && next.text !== '' && isProse(next.text)) adjacent++;
    else if (next && next.text === '') {
      let j = i + 1;
      while (lines[j] && lines[j]!.text === '') j++;
      if (lines[j] && isProse(lines[j]!.text)) spaced++;
    }
  }
  return {
    elementLines: adjacent > spaced,
    indentedParagraphs: prose >= MIN_PROSE && indented >= prose * INDENTED_SHARE && unindentedShort > 0,
  };
}

/** The layout of a page with nothing to tell: paragraph lines, as the seeds are. */
export const PARAGRAPH_LAYOUT: PageLayout = { elementLines: false, indentedParagraphs: false };
