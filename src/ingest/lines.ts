import { codeUnitClass } from '../text/code-unit-class.ts';

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
}

// Layout markup only: Markdown heading hashes, the ■ bullet, and whitespace
// (ASCII, ideographic U+3000, no-break). Everything else is printed text.
const LEAD = /^[\s\u3000\u00a0\ufeff]*(#{1,6}(?=[\s\u3000]|$))?[\s\u3000\u00a0]*(■)?[\s\u3000\u00a0]*/u;
const isSpace = codeUnitClass(/[\s\u3000\u00a0]/u);

/** Splits decoded text into lines on LF, CRLF or CR and separates layout markup from text. */
export function splitLines(text: string): Line[] {
  const raws = text.split(/\r\n|\r|\n/);
  // A final line break does not start another line.
  if (raws.length > 1 && raws[raws.length - 1] === '') raws.pop();
  return raws.map((raw, i) => toLine(raw, i + 1));
}

function toLine(raw: string, no: number): Line {
  const lead = LEAD.exec(raw)!;
  const start = lead[0].length;
  // Trailing whitespace found from the end: a regex anchored at the end is tried from every position.
  let end = raw.length;
  while (end > start && isSpace(raw.charCodeAt(end - 1))) end--;
  const text = raw.slice(start, end);
  return {
    no,
    raw,
    text,
    column: start + 1,
    heading: lead[1] ? lead[1].length : 0,
    bullet: lead[2] !== undefined,
  };
}
