// A raw line's layout markup (indent, Markdown quote and heading marks, the ■ bullet,
// bold asterisks, trailing spaces) told apart from its printed text. Ingest reads every
// line so; the site's ingest report finds a line's printed text so, for the anchors of
// the corrections it offers (a corrections file names lines by that text).
import { codeUnitClass } from './code-unit-class.ts';

/** One line of a decoded page, with layout markup separated from its text. */
export interface LineMarkup {
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

/** Line `no`, as decoded (`raw`, without its line break), with its layout markup told from its text. */
export function readLine(raw: string, no: number): LineMarkup {
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
