import { escapeControls, stripControls } from '../text/control-chars.ts';

/**
 * Entries records as the site shows them, with control characters left out of
 * every text: the one door through which entries reach HTML, feeds and
 * sitemaps, so no template needs to think of them (XML 1.0 forbids most C0
 * controls; in HTML they are parse errors and show as boxes or not at all).
 * Entries keep them, and so does the data export, which reads the file itself.
 * File names are written with `\xNN` instead, as the CLI prints them, so the
 * report names the file that is really there. Cleans in place.
 */
export function forSite<T>(records: T): T {
  return clean(records, '') as T;
}

function clean(value: unknown, key: string): unknown {
  if (typeof value === 'string') return key === 'file' ? escapeControls(value) : stripControls(value);
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) value[i] = clean(value[i], key);
    return value;
  }
  if (value !== null && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    for (const k of Object.keys(o)) o[k] = clean(o[k], k);
  }
  return value;
}
