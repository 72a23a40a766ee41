/**
 * FNV-1a 32-bit hash of a string's UTF-16 code units, as 8 hex digits: a short,
 * stable tag for text that is not URL-safe (ids made from Chinese names, reporters'
 * URL slugs). Ids are made with it, so its output must never change.
 */
export function shortHash(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}
