import type { Entry } from '../schema/entry.ts';
import type { Message } from '../schema/message.ts';
import type { Page } from '../schema/page.ts';
import { entryIdFor, freeId, pageIdFor } from '../ingest/ids.ts';
import { MessageSink } from '../ingest/messages.ts';

// Ids are made per file, in worker threads, from what the path says; two inputs
// can say the same (`a.b/` and `a-b/` slugify alike, `02.txt` beside `02.TXT`).
// Here, once every file is parsed and before continuations are linked (they
// point at entry ids), each id is given to one paper or page: the first in file
// order keeps it, a later one gets a suffix made from its own name or path, so
// adding or removing an unrelated file changes no one's id.

/** A parsed file or page: its page record and entries (a `ParsedPage` or a `ParsedArticle`). */
interface Parsed {
  page: Page;
  entries: Entry[];
}

const HINT_PAPER = 'Both papers are kept apart, under these ids. If they are one paper, give both folders the same name; if not, nothing needs doing, or rename one folder so the ids differ.';
const HINT_PAGE = 'Both pages are kept, under these ids. If both are wanted, nothing needs doing; if one is a copy of the other, delete it; if the path says the wrong paper, date or page, rename the folder or file, or give a sidecar.';

/**
 * Gives papers of different names that would share an id (`a.b` and `a-b`) ids
 * of their own, with the ids of their pages and entries; run on the parsed files
 * in file order, before the article files of one page are joined. `nameOf` says
 * what a page's paper id was made from: its paper folder, or the printed name.
 */
export function separatePaperIds(files: Parsed[], nameOf: (page: Page) => string | null): Message[] {
  const messages: Message[] = [];
  const taken = new Set(files.flatMap((f) => (f.page.paperId ? [f.page.paperId] : [])));
  const owners = new Map<string, { name: string; file: string }>();
  const renamed = new Map<string, string>();
  for (const f of files) {
    const id = f.page.paperId;
    if (!id) continue;
    const name = nameOf(f.page) ?? id;
    const owner = owners.get(id);
    if (!owner) {
      owners.set(id, { name, file: f.page.file });
      continue;
    }
    if (owner.name === name) continue;
    const key = `${id}\u0000${name}`;
    let next = renamed.get(key);
    if (!next) {
      next = freeId(id, name, taken);
      renamed.set(key, next);
      const reason = `paper "${name}" and paper "${owner.name}" (${owner.file}) would both have the id ${id}: "${owner.name}" keeps it, "${name}" is ${next}, in its pages' and items' ids too`;
      report(messages, f.page.file, reason, HINT_PAPER);
    }
    renamePaper(f, next);
  }
  return messages;
}

/**
 * Gives every page that would share its id with an earlier one (and so its
 * entries) an id of its own; run on the pages in file order.
 */
export function separatePageIds(pages: Parsed[]): Message[] {
  const messages: Message[] = [];
  const taken = new Set(pages.map((p) => p.page.id));
  const holders = new Map<string, string>();
  for (const p of pages) {
    const id = p.page.id;
    const holder = holders.get(id);
    if (holder === undefined) {
      holders.set(id, p.page.file);
      continue;
    }
    const next = freeId(id, p.page.file, taken);
    renamePage(p, next);
    report(messages, p.page.file, `this file and ${holder} would both be page ${id}: ${holder}, read first, keeps it; this file is ${next}${itemsOf(p.entries)}`, HINT_PAGE);
  }
  return messages;
}

/** Moves a parsed file to paper `paperId`, with its page's id when that was made from the paper's, and its entries'. */
export function renamePaper(f: Parsed, paperId: string): void {
  // A page id is made from the paper's id only when the path (or sidecar) gave paper, date and page.
  const fromPaper = f.page.id === pageIdFor(f.page.file, f.page);
  f.page.paperId = paperId;
  for (const e of f.entries) e.paperId = paperId;
  if (fromPaper) renamePage(f, pageIdFor(f.page.file, f.page));
}

/** Gives a page the id `pageId`, and its entries the ids that follow from it. */
export function renamePage(p: Parsed, pageId: string): void {
  const ids = new Map<string, string>();
  for (const e of p.entries) {
    const id = entryIdFor(pageId, e.order);
    ids.set(e.id, id);
    e.id = id;
    e.pageId = pageId;
  }
  p.page.id = pageId;
  p.page.items = p.page.items.map((id) => ids.get(id) ?? id);
}

// The items' ids, which follow the page's: `(its items p-01 to p-05)`.
function itemsOf(entries: Entry[]): string {
  const [first, last] = [entries[0], entries.at(-1)];
  if (!first || !last) return '';
  return first === last ? ` (its item ${first.id})` : ` (its items ${first.id} to ${last.id})`;
}

function report(messages: Message[], file: string, reason: string, hint: string): void {
  const sink = new MessageSink(file);
  sink.report('warning', 'id-collision', { line: 1 }, reason, hint);
  messages.push(...sink.messages);
}
