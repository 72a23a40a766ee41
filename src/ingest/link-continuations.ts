import type { Entry } from '../schema/entry.ts';
import type { Message } from '../schema/message.ts';
import type { ParsedPage } from './index.ts';
import { MessageSink } from './messages.ts';

/**
 * Links `下转第N版` / `上接第N版` pieces across the pages of one paper and date,
 * in both directions: a piece marked `continuedOn` page N is matched with the
 * first piece on page N marked `continuedFrom` this page, in reading order.
 * What finds no partner is reported, and left unlinked.
 */
export function linkContinuations(pages: ParsedPage[]): Message[] {
  const messages: Message[] = [];
  const issues = new Map<string, Map<number, Entry[]>>();
  for (const p of pages) {
    const { paperId, date, page } = p.page;
    if (!paperId || !date || page === null) continue;
    const key = `${paperId}\u0000${date}`;
    const byPage = issues.get(key) ?? new Map<number, Entry[]>();
    byPage.set(page, [...(byPage.get(page) ?? []), ...p.entries]);
    issues.set(key, byPage);
  }
  for (const p of pages) {
    const sink = new MessageSink(p.page.file);
    const byPage = p.page.paperId && p.page.date ? issues.get(`${p.page.paperId}\u0000${p.page.date}`) : undefined;
    for (const e of p.entries) {
      const on = e.continuedOn;
      if (!on || on.page === null) continue;
      const partner = byPage?.get(on.page)?.find((c) => c.continuedFrom && c.continuedFrom.page === e.page && c.continuedFrom.id === null);
      const line = e.source.lines.at(-1)![1];
      if (!partner) {
        sink.report('warning', 'jump-unmatched', { line }, `"${on.marker}" points to page ${on.page}, but no piece there says it continues page ${e.page ?? '?'}`, 'Check that the other page is in the input with the same paper and date, and that it carries a 上接 marker.');
        continue;
      }
      on.id = partner.id;
      partner.continuedFrom!.id = e.id;
    }
    for (const e of p.entries) {
      if (e.continuedFrom && e.continuedFrom.id === null) {
        sink.report('warning', 'jump-unmatched', { line: e.source.lines[0]![0] }, `"${e.continuedFrom.marker}" points to page ${e.continuedFrom.page ?? '?'}, but no piece there says it continues here`, 'Check that the other page is in the input with the same paper and date, and that it carries a 下转 marker.');
      }
    }
    messages.push(...sink.messages);
  }
  return messages;
}
