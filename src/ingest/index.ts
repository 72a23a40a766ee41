import type { Entry } from '../schema/entry.ts';
import type { Message } from '../schema/message.ts';
import type { Page } from '../schema/page.ts';
import { detectLang } from '../text/script.ts';
import { decodeBytes } from './decode.ts';
import { entryIdFor, pageIdFor } from './ids.ts';
import { splitLines } from './lines.ts';
import { MessageSink } from './messages.ts';
import { readPageMeta, type Sidecar } from './page-meta.ts';

export { linkContinuations } from './link-continuations.ts';
export type { Sidecar } from './page-meta.ts';

/** One raw page as read from disk: its path relative to the input folder, its bytes, and its sidecar if any. */
export interface RawPage {
  file: string;
  bytes: Uint8Array;
  sidecar: Sidecar | null;
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
  const meta = readPageMeta(raw.file, raw.sidecar);
  const pageId = pageIdFor(raw.file, meta);
  const decoded = decodeBytes(raw.bytes, sink);
  const lines = decoded.text === null ? [] : splitLines(decoded.text);
  const lang = detectLang(decoded.text ?? '');

  // Placeholder assembly until classify/assemble land: the whole page is one fragment.
  const body = lines.filter((l) => l.text !== '');
  const entries: Entry[] = body.length === 0 ? [] : [
    {
      id: entryIdFor(pageId, 1),
      kind: 'fragment',
      pageId,
      order: 1,
      title: null,
      subtitle: null,
      authors: [],
      dateline: null,
      paragraphs: body.map((l) => l.text),
      subheads: [],
      caption: null,
      credit: null,
      bylines: [],
      section: null,
      continuedFrom: null,
      continuedOn: null,
      ...meta,
      lang,
      source: { file: raw.file, lines: [[body[0]!.no, body.at(-1)!.no]] },
    },
  ];
  delete (entries[0] as Partial<Record<string, unknown>> | undefined)?.pageName;

  const page: Page = {
    id: pageId,
    file: raw.file,
    ...meta,
    encoding: decoded.encoding,
    lang,
    labels: [],
    lines: lines.map((l) => l.raw),
    items: entries.map((e) => e.id),
    messages: sink.messages,
  };
  return { page, entries, messages: sink.messages };
}
