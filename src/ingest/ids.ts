import { shortHash } from '../text/short-hash.ts';

// Longest id part. Ids are folder names in dist/ (article/<entry-id>/), and a
// file system takes at most 255 bytes a name: the longest id made from a part
// (a page id of a paper renamed on a collision, `-yyyymmdd-nn`, a collision
// suffix and an item number) stays under 100 bytes.
const MAX_SLUG = 60;

/**
 * A URL-safe id part: ASCII names are lowercased and hyphenated; names in other
 * scripts (a paper folder called 江城日报) get a stable hash so ids stay ASCII,
 * and so do names too long for a path, after the first letters of their ASCII form.
 */
export function slugify(s: string): string {
  const ascii = s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  const lossless = /^[\x20-\x7e]*$/.test(s) && ascii.length > 0 && ascii.length <= MAX_SLUG;
  if (lossless) return ascii;
  const head = ascii.slice(0, MAX_SLUG - 9).replace(/-+$/, '');
  return `${head ? head + '-' : 'x'}${shortHash(s)}`;
}

/** Id of a page: paper, date and page number when known, else the file path, which is unique within an input. */
export function pageIdFor(file: string, meta: { paperId: string | null; date: string | null; page: number | null }): string {
  if (meta.paperId && meta.date && meta.page !== null) {
    return `${meta.paperId}-${meta.date.replaceAll('-', '')}-${String(meta.page).padStart(2, '0')}`;
  }
  return slugify(file.replace(/\.txt$/i, ''));
}

/** Id of the n-th item (from 1) of a page. */
export function entryIdFor(pageId: string, order: number): string {
  return `${pageId}-${String(order).padStart(2, '0')}`;
}

/** `id` with a suffix hashed from `key` (a name, a path, a line's text) that is not in `taken`; taken from then on. */
export function freeId(id: string, key: string, taken: Set<string>): string {
  for (let k = 0; ; k++) {
    const next = `${id}-${shortHash(k === 0 ? key : `${key}\u0000${k}`)}`;
    if (!taken.has(next)) {
      taken.add(next);
      return next;
    }
  }
}
