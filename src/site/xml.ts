import { stripControls } from '../text/control-chars.ts';

/** Escapes text for XML element content and attribute values. */
function escapeXml(s: string): string {
  return s.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!);
}

// XML 1.0 forbids most control characters even escaped, and these two
// non-characters; the site leaves out the other controls too, as its HTML does.
const NONCHARACTERS = /[\ufffe\uffff]/g;

/** Text safe to place in an XML document: control characters and non-characters dropped, markup escaped. */
export function xmlText(s: string): string {
  return escapeXml(stripControls(s).replace(NONCHARACTERS, ''));
}

/** A time as W3C Datetime in UTC, to the second (`2026-12-03T05:06:07Z`): Atom's and the sitemap protocol's form. */
export function w3cTime(d: Date): string {
  return d.toISOString().replace(/\.\d{3}Z$/, 'Z');
}
