import type { Item } from './item.ts';

/**
 * A headline with nothing printed under it (no subtitle, byline, dateline,
 * body or photo) is not an article: the scraper lost its text (a photo
 * package's captions), or it is a site's line that looked like a headline.
 * It is kept as a fragment of the page, reported with the others, so no item
 * shows a title over nothing.
 */
export function keepBareHeadsAsFragments(items: Item[]): Item[] {
  for (const it of items) {
    if (it.kind === 'article' && it.title && !it.subtitle && it.bylines.length === 0 && !it.dateline && it.body.length === 0 && !it.caption && !it.credit && !it.from && !it.on && it.authors.length === 0) {
      it.kind = 'fragment';
    }
  }
  return items;
}
