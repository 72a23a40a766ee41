import { readLine, type LineMarkup } from '../text/line-markup.ts';
import type { Furniture } from './furniture.ts';

/** One line of a decoded page, with layout markup separated from its text (`text/line-markup.ts`), and what later stages learn of it. */
export interface Line extends LineMarkup {
  /**
   * A piece cut from a line that held a whole item (`run-on-line.ts`): it stands
   * alone as an element line does, and shares its line's number with the others.
   */
  element?: boolean;
  /** A piece cut from a block of paragraphs set on one line (`wide-space-paragraphs.ts`): a head among them is a subhead. */
  inBlock?: boolean;
  /** Furniture found by a stage that sees more than the line (a prefix cut from it, a table of contents). */
  furniture?: Furniture;
}

/** True when the scraper indented the line (a piece cut from a line is not: its column is its place in the line). */
export function isIndented(line: Line): boolean {
  return line.column > 1 && line.element !== true;
}

/** Splits decoded text into lines on LF, CRLF or CR and separates layout markup from text. */
export function splitLines(text: string): Line[] {
  const raws = text.split(/\r\n|\r|\n/);
  // A final line break does not start another line.
  if (raws.length > 1 && raws[raws.length - 1] === '') raws.pop();
  return raws.map((raw, i) => readLine(raw, i + 1));
}
