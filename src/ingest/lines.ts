import { codeUnitClass } from '../text/code-unit-class.ts';
import type { Furniture } from './furniture.ts';

/** One line of a decoded page, with layout markup separated from its text. */
export interface Line {
  /** 1-based line number in the file. */
  no: number;
  /** The line as decoded, without its line break. */
  raw: string;
  /** The printed text with layout markup (indent, `#`, `■`, trailing breaks) removed; '' for a blank line. */
  text: string;
  /** 1-based column of `text` in `raw`. */
  column: number;
  /** Markdown-ish heading level the scraper marked (`#` = 1), 0 for none. */
  heading: number;
  /** The line started with a `■` bullet (often a byline or credit marker). */
  bullet: boolean;
  /** The line started with a Markdown quote mark `> ` (crawlers' Markdown sets series and byline lines so). */
  quote: boolean;
  /** The whole text was Markdown bold, `**…**` (a subhead in crawlers' Markdown); the asterisks are markup. */
  strong: boolean;
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

// Layout markup only: a Markdown quote mark and heading hashes, the ■ bullet, and
// whitespace (ASCII, ideographic U+3000, no-break, a byte-order mark). Everything
// else is printed text. A quote mark or the hashes count only followed by a
// space or at the end, as crawlers write them, so a `>` or `#` printed as text
// stays text. Read character by character: a regex per line cost more than the
// rest of splitting.
// Markdown's deepest heading: seven hashes are text.
const MAX_HEADING_LEVEL = 6;
const STRONG = /^\*\*(?!\*)((?:(?!\*\*).)+?)\*\*$/u;
const isSpace = codeUnitClass(/[\s\u3000\u00a0]/u);

/** True when the scraper indented the line (a piece cut from a line is not: its column is its place in the line). */
export function isIndented(line: Line): boolean {
  return line.column > 1 && line.element !== true;
}

/** Splits decoded text into lines on LF, CRLF or CR and separates layout markup from text. */
export function splitLines(text: string): Line[] {
  const raws = text.split(/\r\n|\r|\n/);
  // A final line break does not start another line.
  if (raws.length > 1 && raws[raws.length - 1] === '') raws.pop();
  return raws.map((raw, i) => toLine(raw, i + 1));
}

function toLine(raw: string, no: number): Line {
  let start = skipSpaces(raw, 0);
  const quote = raw.charCodeAt(start) === 0x3e && endsMark(raw, start + 1);
  if (quote) start = skipSpaces(raw, start + 1);
  let hashes = 0;
  while (hashes <= MAX_HEADING_LEVEL && raw.charCodeAt(start + hashes) === 0x23) hashes++;
  const heading = hashes >= 1 && hashes <= MAX_HEADING_LEVEL && endsMark(raw, start + hashes) ? hashes : 0;
  if (heading) start = skipSpaces(raw, start + heading);
  const bullet = raw.charCodeAt(start) === 0x25a0;
  if (bullet) start = skipSpaces(raw, start + 1);
  // Trailing whitespace found from the end: a regex anchored at the end is tried from every position.
  let end = raw.length;
  while (end > start && isSpace(raw.charCodeAt(end - 1))) end--;
  const whole = raw.slice(start, end);
  // Only a line that may be bold goes through the regex.
  const strong = whole.charCodeAt(0) === 0x2a ? STRONG.exec(whole) : null;
  const text = strong ? strong[1]!.trim() : whole;
  return {
    no,
    raw,
    text,
    column: start + 1 + (strong ? whole.indexOf(text) : 0),
    heading,
    bullet,
    quote,
    strong: strong !== null,
  };
}

// A mark (`>`, `#`) ends where a space follows it or the line ends.
function endsMark(raw: string, at: number): boolean {
  return at >= raw.length || isSpace(raw.charCodeAt(at));
}

function skipSpaces(raw: string, at: number): number {
  while (at < raw.length && isSpace(raw.charCodeAt(at))) at++;
  return at;
}
