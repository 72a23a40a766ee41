import type { Author } from '../schema/author.ts';
import type { Entry } from '../schema/entry.ts';
import type { Label, Page } from '../schema/page.ts';
import { detectLang } from '../text/script.ts';
import { readArticleBody } from './article-body.ts';
import { readCitedByline } from './article-byline.ts';
import { splitMarkdownArticle } from './article-markdown.ts';
import { resolveArticleMeta, type MetaSources } from './article-meta.ts';
import type { ArticleParts } from './article-parts.ts';
import { splitTextArticle } from './article-text.ts';
import { readColumnTag } from './column-tag.ts';
import { decodeBytes } from './decode.ts';
import { entryIdFor, pageIdFor } from './ids.ts';
import { splitLines } from './lines.ts';
import { reportControls } from './report-controls.ts';
import { MessageSink } from './messages.ts';
import { parseByline } from './names.ts';
import type { RawPage } from './index.ts';
import { FLAT_PAGES } from './path-layout.ts';
import { reportRejectedPath } from './path-guesses.ts';

/** What ingest made of one article file: a page of that one file with its one entry; `joinArticlePages` puts the files of a page together. */
export interface ParsedArticle {
  page: Page;
  entries: Entry[];
  messages: Message[];
  /** Where paper, date, page and page name were taken from. */
  from: MetaSources;
}

type Message = Page['messages'][number];

/**
 * Parses one article file (a crawler's file per article, plain text or Markdown
 * with front matter) into one entry. Never throws on bad input.
 */
export function parseArticle(raw: RawPage): ParsedArticle {
  const sink = new MessageSink(raw.file);
  const layout = raw.layout;
  const decoded = decodeBytes(raw.bytes, sink);
  const text = decoded.text ?? '';
  const lines = splitLines(text);
  if (decoded.controls > 0) reportControls(lines, sink);
  const parts = layout?.format === 'markdown' ? splitMarkdownArticle(text, lines) : splitTextArticle(lines);
  const fm = parts.frontMatter;
  if (fm?.error) {
    sink.report('warning', 'front-matter', { line: fm.lines[0] }, `front matter could not be read (${fm.error}); the file is read without it`, 'Fix the YAML between the two --- lines.');
  }
  const cited = parts.byline ? readCitedByline(parts.byline.text) : null;
  const path = layout?.path ?? FLAT_PAGES.read(raw.file)!;
  const { meta, from } = resolveArticleMeta({ sidecar: raw.sidecar, path, frontMatter: fm?.data ?? null, cited }, sink);
  reportRejectedPath(raw.file, path, meta, sink);
  const pageId = pageIdFor(raw.file, meta);
  const lang = detectLang(text);
  const { entry, labels } =
    decoded.text === null ? { entry: null, labels: [] } : toEntry(parts, { pageId, meta, lang, file: raw.file }, fm?.data ?? null, sink);
  if (decoded.text !== null && !entry) {
    sink.report('warning', 'empty-page', { line: null }, 'the article file holds no text', 'Check that the crawler saved the article; an empty file makes no entry.');
  }
  const page: Page = {
    id: pageId,
    file: raw.file,
    ...meta,
    encoding: decoded.encoding,
    lang,
    labels,
    duplicates: [],
    lines: lines.map((l) => l.raw),
    files: [{ file: raw.file, firstLine: 1, lineCount: lines.length, encoding: decoded.encoding, frontMatter: fm?.lines ?? null }],
    items: entry ? [entry.id] : [],
    messages: sink.messages,
  };
  return { page, entries: entry ? [entry] : [], messages: sink.messages, from };
}

interface Context {
  pageId: string;
  meta: Pick<Entry, 'paper' | 'paperId' | 'date' | 'page'>;
  lang: Entry['lang'];
  file: string;
}

function toEntry(parts: ArticleParts, ctx: Context, fm: Record<string, unknown> | null, sink: MessageSink): { entry: Entry | null; labels: Label[] } {
  const body = readArticleBody(parts.body);
  const head = [parts.kicker, parts.title, parts.subtitle, parts.series, parts.byline].filter((b) => b !== null);
  const all = [...head, ...parts.body].flatMap((b) => b.lines.map((l) => l.no));
  if (all.length === 0) return { entry: null, labels: [] };
  const cited = parts.byline ? readCitedByline(parts.byline.text) : null;
  // The e-paper's citation after the byline and a box's label are furniture: page labels the entry keeps a copy of.
  const labels: Label[] = [
    ...(cited && parts.byline ? [{ text: cited.citation, line: parts.byline.lines[0]!.no, kind: 'furniture' as const }] : []),
    ...body.boxes.map((b) => ({ text: b.text, line: b.lines[0]!.no, kind: 'furniture' as const })),
  ].sort((a, b) => a.line - b.line);
  const authors = unique([...(cited?.authors ?? []), ...body.authors]);
  const fmAuthor = typeof fm?.author === 'string' && fm.author.trim() !== '' ? fm.author.trim() : null;
  if (fmAuthor) {
    const named = parseByline(fmAuthor) ?? [];
    const same = named.map((a) => a.name).join() === (cited?.authors ?? []).map((a) => a.name).join();
    // The front matter names the byline's authors; where the printed byline names none, it is all there is.
    if (!cited?.authors.length && named.length > 0) authors.unshift(...named.filter((a) => !authors.some((b) => b.name === a.name)));
    else if (!same) sink.report('info', 'meta-disagree', { line: parts.byline?.lines[0]!.no ?? null }, `authors: the byline line names ${cited?.names || 'nobody'}, front matter \`author\` says ${fmAuthor}; used the byline's`, null);
  }
  const fmTitle = typeof fm?.title === 'string' ? fm.title : null;
  // The crawler's file name and front matter squeeze a title's double spaces: spaces do not count.
  if (fmTitle && unspaced(fmTitle) !== unspaced(parts.title?.text ?? '')) {
    const reason = parts.title ? `front matter \`title\` "${fmTitle}" differs from the printed title "${parts.title.text}"; used the printed one` : `the file prints no title (no # heading); front matter \`title\` "${fmTitle}" is metadata, not printed text, and is not used`;
    sink.report('info', 'meta-disagree', { line: parts.title?.lines[0]!.no ?? null }, reason, parts.title ? null : 'Add the title as a # heading if the page prints one.');
  }
  const order = 1;
  const entry: Entry = {
    id: entryIdFor(ctx.pageId, order),
    kind: body.photo ? 'photo' : 'article',
    pageId: ctx.pageId,
    order,
    kicker: parts.kicker?.text ?? null,
    title: parts.title?.text ?? null,
    subtitle: parts.subtitle?.text ?? null,
    authors,
    dateline: body.dateline?.text ?? null,
    datelineParts: body.dateline?.parts ?? null,
    paragraphs: body.paragraphs.map((p) => p.text),
    subheads: body.paragraphs.flatMap((p, i) => (p.subhead ? [i] : [])),
    caption: body.caption,
    credit: body.credit,
    bylines: [...(cited?.names ? [cited.names] : []), ...body.trailing],
    column: columnOf(parts),
    authorNote: body.authorNote,
    furniture: labels.map((l) => l.text),
    section: null,
    continuedFrom: body.from && { page: body.from.page, marker: body.from.marker, id: null },
    continuedOn: body.on && { page: body.on.page, marker: body.on.marker, id: null },
    ...ctx.meta,
    lang: ctx.lang,
    // Every line of an article file with text is its one entry's.
    source: { file: ctx.file, lines: [[Math.min(...all), Math.max(...all)]] },
  };
  return { entry, labels };
}

// A series line names the column (`系列：中国道路中国梦·青春为中国式现代化挺膺担当③`,
// the series without its label); else a tag in the title's brackets (`（今日谈）`).
function columnOf(parts: ArticleParts): Entry['column'] {
  if (parts.series) return { name: parts.series.text.replace(/^系列[：:]\s*/u, '') || parts.series.text, line: parts.series.text };
  const tag = parts.title ? readColumnTag(parts.title.text) : null;
  return tag ? { name: tag, line: null } : null;
}

/** Authors once each by name: the byline, the front matter and the credits often name the same person. */
function unique(authors: Author[]): Author[] {
  const seen = new Set<string>();
  return authors.filter((a) => !seen.has(a.name) && !!seen.add(a.name));
}

const unspaced = (s: string) => s.replace(/[\s\u3000]+/gu, '');
