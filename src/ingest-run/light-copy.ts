import type { Entry } from '../schema/entry.ts';
import type { ParsedArticle, ParsedPage } from '../ingest/index.ts';

/**
 * A parsed file without what the steps across pages do not read (the text, the
 * items' paragraphs, the messages): a light copy is cast as a whole one, since
 * those steps take whole ones, and read only its ids, paper, date and page, its
 * files, and its items' ids, numbers, continuation markers and (of items with a
 * marker) first and last lines (they write the items' paper and page ids too, which no one reads). An
 * article file keeps its line count, by which joining numbers the lines of the page.
 */
export function lighten<T extends ParsedPage | ParsedArticle>(p: T, keepLineCount: boolean): T {
  const { page, entries } = p;
  const lines = keepLineCount ? new Array<string>(page.lines.length) : [];
  const light = entries.map((e) => {
    // Lines are read only to say where a continuation marker found no partner.
    const range = !e.continuedOn && !e.continuedFrom ? [] : e.source.lines.length > 2 ? [e.source.lines[0]!, e.source.lines.at(-1)!] : e.source.lines;
    const { id, order, page: at, continuedOn, continuedFrom } = e;
    return { id, order, page: at, continuedOn, continuedFrom, source: { lines: range } } as Entry;
  });
  const { id, file, paper, paperId, date, page: at, pageName, encoding, lang } = page;
  const files = page.files.map((f) => ({ ...f, frontMatter: null }));
  const kept = { id, file, paper, paperId, date, page: at, pageName, encoding, lang, files, lines, labels: [], duplicates: [], messages: [], items: [] };
  return { ...p, messages: [], page: kept, entries: light };
}
