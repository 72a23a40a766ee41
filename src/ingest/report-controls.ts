import { controlName, isControl } from '../text/control-chars.ts';
import type { Line } from './lines.ts';
import type { MessageSink } from './messages.ts';

// One message per line, not per character: a run of NULs or an ESC colour code
// is one fault, and the site's report lists messages by line. A page full of them
// (a converter that put VT at every line end) gets a message for each of its
// first lines and one that counts the rest, so the report stays readable.
const LINES_SHOWN = 20;
const CHARS_SHOWN = 5;

const HINT = 'A scraper or converter left them: delete them from the file if they mean nothing. The site leaves them out of its pages and feeds; the data export keeps them, escaped (\\u0000).';

/** Reports each control character of a page (see `isControl`) by line and column; the text keeps them. */
export function reportControls(lines: readonly Line[], sink: MessageSink): void {
  let shown = 0;
  let more = 0;
  let firstMore = 0;
  for (const line of lines) {
    const found: { column: number; c: number }[] = [];
    for (let i = 0; i < line.raw.length; i++) {
      const c = line.raw.charCodeAt(i);
      if (isControl(c)) found.push({ column: i + 1, c });
    }
    if (found.length === 0) continue;
    if (shown === LINES_SHOWN) {
      if (more++ === 0) firstMore = line.no;
      continue;
    }
    shown++;
    const listed = found.slice(0, CHARS_SHOWN).map((f) => `${controlName(f.c)} at column ${f.column}`);
    const rest = found.length > CHARS_SHOWN ? ` and ${found.length - CHARS_SHOWN} more` : '';
    const what = found.length === 1 ? 'control character' : `${found.length} control characters`;
    sink.report('warning', 'control-char', { line: line.no, column: found[0]!.column }, `${what} in the text: ${listed.join(', ')}${rest}`, HINT);
  }
  if (more > 0) {
    sink.report('warning', 'control-char', { line: firstMore }, `control characters on ${more} more ${more === 1 ? 'line' : 'lines'}, from line ${firstMore} on (only the first ${LINES_SHOWN} lines are named one by one)`, HINT);
  }
}
