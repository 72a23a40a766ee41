import type { Entry } from '../schema/entry.ts';
import type { Message } from '../schema/message.ts';
import { pageLineOf } from '../schema/page-file.ts';
import type { Page } from '../schema/page.ts';
import type { Listed } from '../schema/summary.ts';

// Rules whose messages say the parser put an item's text together on a guess: a
// paragraph joined to a sentence cut before it, a paragraph that ends mid-sentence
// with nothing to continue it, text printed apart from its head and read as its.
const TEXT_DOUBTS = new Set(['column-order', 'cut-paragraph', 'body-elsewhere', 'lead-before-title']);

/** What the parser was unsure of in an item's text: its messages that say so (at page lines), and the page's fragments, which may hold some of it. */
export interface TextDoubts {
  messages: { message: Message; line: number }[];
  fragments: Listed[];
}

/** The doubts to tell a reader of an item; both lists empty when there are none. */
export function textDoubts(e: Entry, page: Pick<Page, 'messages' | 'files'>, pageItems: readonly Listed[]): TextDoubts {
  const inItem = (line: number) => e.source.lines.some(([a, b]) => line >= a && line <= b);
  const messages = page.messages.flatMap((message) => {
    if (!TEXT_DOUBTS.has(message.ruleId) || message.line === null) return [];
    const line = pageLineOf(page, message.file, message.line);
    return inItem(line) ? [{ message, line }] : [];
  });
  // A fragment's text is kept apart because it fitted no item: it may be this one's. Not said on a fragment itself, which says so already.
  const fragments = e.kind === 'fragment' ? [] : pageItems.filter((x) => x.kind === 'fragment');
  return { messages, fragments };
}
