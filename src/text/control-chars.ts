// Control characters are not text: a scraper's or converter's leftovers (NUL
// padding, ESC colour codes, Word's VT line breaks, FF page breaks). Tab, line
// feed and carriage return are layout and stay. One definition, shared by ingest
// (which reports them), the site (which leaves them out of HTML and XML) and the
// CLI (which never prints them raw to a terminal).
const CONTROL_CLASS = '[\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\u007f-\\u009f]';
const ANY = new RegExp(CONTROL_CLASS);
const ALL = new RegExp(CONTROL_CLASS, 'g');

/** True for a C0 control other than tab, line feed and carriage return, for DEL and for a C1 control. */
export function isControl(c: number): boolean {
  return (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) || (c >= 0x7f && c <= 0x9f);
}

/** True when `s` holds a control character (see `isControl`). */
export function hasControls(s: string): boolean {
  return ANY.test(s);
}

/** `s` without its control characters: what the site shows. */
export function stripControls(s: string): string {
  return ANY.test(s) ? s.replace(ALL, '') : s;
}

/** `s` with each control character written as `\xNN`, so a terminal shows it instead of obeying it (an ESC in a file name). */
export function escapeControls(s: string): string {
  return ANY.test(s) ? s.replace(ALL, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`) : s;
}

// JSON.stringify escapes C0 controls itself (\u0000, \b, \f) but writes DEL and
// C1 as they are; a C1 CSI (U+009B) is obeyed by some terminals, so an export
// shown with `cat` would act on it. Inside JSON text they can only stand in strings.
const RAW_IN_JSON = /[\u007f-\u009f]/g;

/** JSON text with DEL and C1 controls written as `\u007f` … `\u009f`, as JSON.stringify already writes C0 controls. */
export function escapeJsonControls(json: string): string {
  return json.replace(RAW_IN_JSON, (c) => `\\u00${c.charCodeAt(0).toString(16)}`);
}

const C0_NAMES = 'NUL SOH STX ETX EOT ENQ ACK BEL BS HT LF VT FF CR SO SI DLE DC1 DC2 DC3 DC4 NAK SYN ETB CAN EM SUB ESC FS GS RS US'.split(' ');

/** A control character for a message: `U+001B (ESC)`; C1 controls by code point alone. */
export function controlName(c: number): string {
  const code = `U+${c.toString(16).toUpperCase().padStart(4, '0')}`;
  const name = c < 0x20 ? C0_NAMES[c] : c === 0x7f ? 'DEL' : null;
  return name ? `${code} (${name})` : code;
}
