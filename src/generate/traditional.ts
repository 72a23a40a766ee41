import * as OpenCC from 'opencc-js';
import type { Item } from './items.ts';

let convert: ((s: string) => string) | null = null;

/** Simplified to Traditional (Taiwan standard), phrase-aware: some scraped pages are printed in Traditional. */
export function toTraditional(s: string): string {
  convert ??= OpenCC.Converter({ from: 'cn', to: 'tw' });
  return convert(s);
}

/** An item with all its printed text in Traditional characters; author roles stay the schema's (Simplified) values. */
export function itemToTraditional(item: Item): Item {
  const t = (s: string | null) => (s === null ? null : toTraditional(s));
  const byline = (b: Item['byline']) =>
    b && { lines: b.lines.map(toTraditional), authors: b.authors.map((a) => ({ ...a, name: toTraditional(a.name) })) };
  return {
    ...item,
    title: t(item.title),
    subtitle: t(item.subtitle),
    byline: byline(item.byline),
    dateline: t(item.dateline),
    datelineAuthors: item.datelineAuthors.map((a) => ({ ...a, name: toTraditional(a.name) })),
    paragraphs: item.paragraphs.map(toTraditional),
    caption: t(item.caption),
    credit: byline(item.credit),
    section: t(item.section),
  };
}
