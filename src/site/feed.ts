import type { Entry } from '../schema/entry.ts';
import { formatDate, headedLead, pageLabel } from './format.ts';
import { xmlText } from './xml.ts';

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
  titleOf: (e: Entry) => string;
}

// Papers print calendar dates in China time; a fixed offset keeps the feed stable between builds.
const stamp = (date: string | null) => `${date ?? '1970-01-01'}T00:00:00+08:00`;

/** An Atom 1.0 document for `entries` (already in newest-first order). */
export function atomFeed(meta: FeedMeta, entries: Entry[]): string {
  const updated = stamp(entries.find((e) => e.date)?.date ?? null);
  const items = entries.map((e) => {
    const url = meta.articleUrl(e.id);
    const where = [e.paper, e.date && formatDate(e.date), e.page !== null ? pageLabel(e.page) : null].filter(Boolean).join(' ');
    const authors = [...new Set(e.authors.map((a) => a.name))].map((n) => `<author><name>${xmlText(n)}</name></author>`).join('');
    return [
      e.lang === 'zh-CN' ? '<entry>' : `<entry xml:lang="${e.lang}">`,
      `<id>${xmlText(url)}</id>`,
      `<title>${xmlText(meta.titleOf(e))}</title>`,
      `<link rel="alternate" type="text/html" href="${xmlText(url)}"/>`,
      `<updated>${stamp(e.date)}</updated>`,
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
