import type { Listed } from '../schema/summary.ts';
import { headedLead } from './format.ts';
import { formatDate, pageLabel } from '../text/labels.ts';
import { w3cTime, xmlText } from './xml.ts';

/** What the feed needs besides its entries: names and absolute URLs. */
export interface FeedMeta {
  title: string;
  subtitle: string;
  /** Absolute URL of the home page. */
  home: string;
  /** Absolute URL of the feed itself. */
  self: string;
  /** Turns an entry id into the absolute URL of its article page. */
  articleUrl: (id: string) => string;
  /** The title the site shows for an entry. */
  titleOf: (e: Listed) => string;
  /** When the archive last changed, as `feedUpdated` tells: the feed's `updated`, and an undated entry's. */
  updated: string;
}

// Papers print calendar dates in China time; a fixed offset keeps the feed stable between builds.
const stamp = (date: string) => `${date}T00:00:00+08:00`;

/**
 * The feed's `updated`: the newest print date in the archive (a reader sees the feed
 * change when a newer page comes in, and not at every build). An archive with no
 * dated page has no such date; then `written`, when its entries were written.
 */
export function feedUpdated(dates: Iterable<string | null>, written: Date): string {
  let newest: string | null = null;
  for (const d of dates) if (d !== null && (newest === null || d > newest)) newest = d;
  return newest ? stamp(newest) : w3cTime(written);
}

/** Who wrote an item, as an unsigned item is cited: its paper; `佚名` (author unknown) when the paper is unknown too. */
const UNKNOWN_AUTHOR = '佚名';

/**
 * The names of an entry's `<author>`s. RFC 4287 (4.1.1) wants an author on every entry
 * of a feed that has none of its own, and the archive wrote none of the items: a
 * bylined item has its people; one signed by nobody in particular (本报评论员) its
 * byline as printed; an unsigned one its paper, as an unsigned newspaper piece is cited.
 * @internal Exported for tests/site/feed.test.ts.
 */
export function feedAuthors(e: Listed): string[] {
  const names = [...new Set(e.authors.map((a) => a.name))];
  if (names.length) return names;
  if (e.bylines.length) return [e.bylines.join(' ')];
  return [e.paper ?? UNKNOWN_AUTHOR];
}

/**
 * An Atom 1.0 document for `entries` (already in newest-first order; full entries, as the summary runs to 200 characters). Atom wants an
 * `updated` on every entry: a dated item's is its print date; an undated item has
 * none, and gets the feed's, the time the archive is known to hold it by.
 */
export function atomFeed(meta: FeedMeta, entries: readonly Listed[]): string {
  const updated = meta.updated;
  const items = entries.map((e) => {
    const url = meta.articleUrl(e.id);
    const where = [e.paper, e.date && formatDate(e.date), e.page !== null ? pageLabel(e.page) : null].filter(Boolean).join(' ');
    const authors = feedAuthors(e).map((n) => `<author><name>${xmlText(n)}</name></author>`).join('');
    return [
      e.lang === 'zh-CN' ? '<entry>' : `<entry xml:lang="${e.lang}">`,
      `<id>${xmlText(url)}</id>`,
      `<title>${xmlText(meta.titleOf(e))}</title>`,
      `<link rel="alternate" type="text/html" href="${xmlText(url)}"/>`,
      `<updated>${e.date ? stamp(e.date) : updated}</updated>`,
      authors,
      `<summary>${xmlText([where, headedLead(e, 200)].filter(Boolean).join('　'))}</summary>`,
      '</entry>',
    ].join('');
  });
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="zh-CN">',
    `<title>${xmlText(meta.title)}</title>`,
    `<subtitle>${xmlText(meta.subtitle)}</subtitle>`,
    `<id>${xmlText(meta.home)}</id>`,
    `<link rel="alternate" type="text/html" href="${xmlText(meta.home)}"/>`,
    `<link rel="self" type="application/atom+xml" href="${xmlText(meta.self)}"/>`,
    `<updated>${updated}</updated>`,
    ...items,
    '</feed>',
    '',
  ].join('\n');
}
