/** Escapes text for XML element content and attribute values. */
export function escapeXml(s: string): string {
  return s.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!);
}

// XML 1.0 forbids most control characters even escaped; raw pages may hold them.
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;

/** Text safe to place in an XML document: forbidden characters dropped, markup escaped. */
export function xmlText(s: string): string {
  return escapeXml(s.replace(FORBIDDEN, ''));
}
