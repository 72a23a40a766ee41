import type { Page } from '../schema/page.ts';
import type { ParsedArticle } from './article.ts';
import { entryIdFor, pageIdFor } from './ids.ts';
import type { ParsedPage } from './index.ts';

/**
 * Puts the article files of one printed page (same paper, date and page) together
 * as one page, in file order: its `lines` are the files' lines one after another,
 * `files` says where each starts, and its entries are the files' entries in that
 * order, their line ranges moved to the page's numbering. Messages keep the
 * file's own line numbers, as they name the file. An article file whose paper,
 * date or page is unknown is a page of its own.
 */
export function joinArticlePages(articles: ParsedArticle[]): ParsedPage[] {
  const groups = Map.groupBy(articles, (a) => (a.page.paperId && a.page.date && a.page.page !== null ? a.page.id : `file:${a.page.file}`));
  return [...groups.values()].map(joinOne);
}

function joinOne(group: ParsedArticle[]): ParsedPage {
  const first = group[0]!.page;
  const id = pageIdFor(first.file, first);
  const page: Page = { ...first, id, lines: [], files: [], items: [], messages: [], encoding: first.encoding, labels: [], duplicates: [] };
  const entries: ParsedPage['entries'] = [];
  for (const a of group) {
    const offset = page.lines.length;
    const shift = (n: number) => n + offset;
    page.lines.push(...a.page.lines);
    const range = (r: [number, number]): [number, number] => [shift(r[0]), shift(r[1])];
    for (const f of a.page.files) page.files.push({ ...f, firstLine: shift(f.firstLine), frontMatter: f.frontMatter && range(f.frontMatter) });
    page.labels.push(...a.page.labels.map((l) => ({ ...l, line: shift(l.line) })));
    page.duplicates.push(...a.page.duplicates.map((d) => ({ lines: range(d.lines), of: range(d.of) })));
    page.messages.push(...a.page.messages);
    // A page with a file that could not be read says so, as a page file would.
    if (a.page.encoding === null) page.encoding = null;
    for (const e of a.entries) {
      const order = entries.length + 1;
      entries.push({ ...e, id: entryIdFor(id, order), pageId: id, order, source: { file: e.source.file, lines: e.source.lines.map(range) } });
    }
  }
  page.items = entries.map((e) => e.id);
  return { page, entries, messages: page.messages };
}
