import type { Entry } from '../schema/entry.ts';
import { bareSubtitle } from './labels.ts';

/** One `<meta name content>` pair. */
export interface MetaTag {
  name: string;
  content: string;
}

/** What a reference to an item is made of: an entry, or a search result's record of one (which knows no subtitle). */
export type Citable = Pick<Entry, 'id' | 'paper' | 'date' | 'page'> & { lang: string; subtitle?: string | null; authors: readonly { name: string }[] };

/** Each name an item credits, once, in byline order: the authors a reference lists. */
export function citedAuthors(e: Citable): string[] {
  return [...new Set(e.authors.map((a) => a.name))];
}

/** The title a reference manager stores: the shown title, then the subtitle as the paper prints it (`题名——副题`). */
export function referenceTitle(e: Citable, shownTitle: string): string {
  return e.subtitle ? `${shownTitle}——${bareSubtitle(e.subtitle)}` : shownTitle;
}

/**
 * The tags reference managers read to save an item in one click: Highwire Press
 * `citation_*` (Google Scholar's; Zotero, Mendeley and EndNote read them too) for title,
 * each author, date (`YYYY/MM/DD`), page and language. `citation_journal_title` is left
 * out on purpose: Zotero's Embedded Metadata translator takes it to mean a journal
 * article. The paper is `prism.publicationName` and the type `DC.type` =
 * `newspaperArticle`, which that translator reads (through its RDF translator) as a
 * newspaper article with the paper as its publication. What the page does not tell is left out.
 */
export function citationMeta(e: Entry, shownTitle: string, url: string): MetaTag[] {
  const tags: MetaTag[] = [{ name: 'citation_title', content: referenceTitle(e, shownTitle) }];
  for (const name of citedAuthors(e)) tags.push({ name: 'citation_author', content: name });
  if (e.date) tags.push({ name: 'citation_publication_date', content: e.date.replaceAll('-', '/') });
  if (e.paper) tags.push({ name: 'prism.publicationName', content: e.paper });
  if (e.page !== null) tags.push({ name: 'citation_firstpage', content: String(e.page) });
  tags.push({ name: 'citation_language', content: e.lang }, { name: 'citation_public_url', content: url }, { name: 'DC.type', content: 'newspaperArticle' });
  return tags;
}
