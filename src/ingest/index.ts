import type { Entry } from '../schema/entry.ts';
import type { Message } from '../schema/message.ts';
import type { Page } from '../schema/page.ts';
import { detectLang } from '../text/script.ts';
import { assembleItems } from './assemble.ts';
import { decodeBytes } from './decode.ts';
import { pageIdFor } from './ids.ts';
import { markLetterHeadings } from './letter-headings.ts';
import { splitWideSpaceParagraphs } from './wide-space-paragraphs.ts';
import { splitLines } from './lines.ts';
import { PageText } from './page-text.ts';
import { reportControls } from './report-controls.ts';
import { splitAtLoneHeadlines } from './lone-headlines.ts';
import { describeLines, MessageSink } from './messages.ts';
import { pagePathMeta, readPageMeta, type Sidecar } from './page-meta.ts';
import { reportRejectedPath } from './path-guesses.ts';
import type { FileLayout } from './path-layout.ts';
import { parseArticle, type ParsedArticle } from './article.ts';
import { repairReadingOrder } from './reading-order.ts';
import { toEntries } from './to-entries.ts';
import { groupUnits } from './units.ts';
import { hasContent } from './item.ts';
import { mergePackages } from './packages.ts';
import { withPrintedMeta } from './printed-meta.ts';
import { readLayout } from './page-layout.ts';
import { splitRunOnLines } from './run-on-line.ts';
import { keepBareHeadsAsFragments } from './bare-heads.ts';
import { markContents } from './contents.ts';
import { markSiteChrome } from './site-chrome.ts';
import { markFrontMatter } from './front-matter-lines.ts';
import { fileFurniture } from './file-furniture.ts';

export { linkContinuations } from './link-continuations.ts';
export type { ParsedArticle } from './article.ts';
export { joinArticlePages } from './article-pages.ts';

/** One raw page as read from disk: its path relative to the input folder, its bytes, and its sidecar if any. */
export interface RawPage {
  file: string;
  bytes: Uint8Array;
  sidecar: Sidecar | null;
  /** How the file's folder is laid out (one page or one article per file) and what its path says; page files by default. */
  layout?: FileLayout | null;
}

/** What ingest made of one page: the page record, its entries in reading order, and its messages. */
export interface ParsedPage {
  page: Page;
  entries: Entry[];
  messages: Message[];
}

/** Parses one raw page into entries and messages. Never throws on bad input. */
export function parsePage(raw: RawPage): ParsedPage {
  const sink = new MessageSink(raw.file);
  const path = raw.layout?.path ?? pagePathMeta(raw.file);
  const meta = readPageMeta(raw.file, raw.sidecar, path);
  const pageId = pageIdFor(raw.file, meta);
  const decoded = decodeBytes(raw.bytes, sink);
  const lines = decoded.text === null ? [] : splitLines(decoded.text);
  if (decoded.controls > 0) reportControls(lines, sink);
  const lang = detectLang(decoded.text ?? '');

  const runOn = splitRunOnLines(markSiteChrome(markContents(markFrontMatter(lines))));
  // The layout is the page's as printed: a block of paragraphs cut into lines says nothing of it.
  const layout = readLayout(runOn);
  const { units, duplicates } = groupUnits(splitWideSpaceParagraphs(runOn), layout);
  const pageText = new PageText(lines.map((l) => l.text).join('\n'));
  const assembled = assembleItems(markLetterHeadings(units), pageText, sink, layout);
  const labels = assembled.labels;
  const split = splitAtLoneHeadlines(mergePackages(assembled.items, sink), sink);
  // Element lines come from the e-paper's own text, in its order: there are no
  // column breaks to repair, and the repairs would only mistake its subheads and
  // short paragraphs for cut ones.
  const ordered = layout.elementLines ? split.filter(hasContent) : repairReadingOrder(split, pageText, sink);
  const isBlank = (no: number) => lines[no - 1]?.text === '';
  // What the page says of its paper, date and page fills in what the path does not (the id stays the path's).
  const printed = withPrintedMeta(meta, units, sink);
  reportRejectedPath(raw.file, path, printed, sink);
  const entries = toEntries(keepBareHeadsAsFragments(ordered), { file: raw.file, pageId, meta: printed, lang, isBlank });
  fileFurniture(entries, labels);

  for (const e of entries.filter((x) => x.kind === 'fragment')) {
    // Ranges are in reading order, which may put a later line first (a 下转 marker
    // printed above the text it closes): the message names them in page order.
    const first = Math.min(...e.source.lines.map((r) => r[0]));
    sink.report('warning', 'fragment', { line: first }, `${describeLines(e.source.lines)} could not be placed in an item; kept as a fragment of the page`, 'If they belong to an item, a title or byline may be missing from the scraped page.');
  }
  for (const d of duplicates) {
    sink.report('info', 'duplicate-block', { line: d.lines[0] }, `${describeLines([d.lines])} ${d.lines[0] === d.lines[1] ? 'repeats' : 'repeat'} ${describeLines([d.of])}; kept once`);
  }
  if (decoded.text !== null && entries.length === 0 && labels.length === 0) {
    sink.report('warning', 'empty-page', { line: null }, 'the page holds no text', 'Check that the scraper saved the page; an empty file makes no entries.');
  }

  const page: Page = {
    id: pageId,
    file: raw.file,
    ...printed,
    encoding: decoded.encoding,
    lang,
    labels,
    duplicates,
    lines: lines.map((l) => l.raw),
    files: [],
    items: entries.map((e) => e.id),
    messages: sink.messages,
  };
  return { page, entries, messages: sink.messages };
}

/** Parses one input file as its layout says: a page file into its page, an article file into its one entry. */
export function parseFile(raw: RawPage): ParsedPage | ParsedArticle {
  return raw.layout?.unit === 'article' ? parseArticle(raw) : parsePage(raw);
}
