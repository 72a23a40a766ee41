import { isMarkedSubhead } from './classify.ts';
import { newItem, type Item } from './item.ts';
import type { MessageSink } from './messages.ts';
import { hanLength } from './sentence.ts';

// Han characters from which a heading of two phrases (开展养老服务 为群众解决排水不畅)
// is as long as a headline.
const HEADLINE_LENGTH = 13;

/**
 * Subheads come in series: a feature divided by headings has several, printed
 * alike (four in seed 000, three in seed 001). A plain heading of two phrases
 * and a headline's length that has no other like it in its item (its other
 * subheads, if any, are short) is the title of an item printed without byline
 * under the one above, so the item is split there. Marked subheads (◎, 第一招：)
 * are never titles.
 */
// Two phrases of a headline's length: 开展养老服务 为群众解决排水不畅.
const hasHeadlineShape = (text: string) => /\s/u.test(text) && hanLength(text) >= HEADLINE_LENGTH;

export function splitAtLoneHeadlines(items: Item[], sink: MessageSink): Item[] {
  const out: Item[] = [];
  for (const it of items) {
    out.push(it);
    if (it.kind === 'photo') continue;
    const alike = it.body.flatMap((p, k) => (p.subhead && !isMarkedSubhead(p.text) && hasHeadlineShape(p.text) ? [k] : []));
    if (alike.length !== 1) continue;
    const k = alike[0]!;
    const heading = it.body[k]!;
    // With nothing under it the heading is left where it is: its body may be printed elsewhere.
    if (k === it.body.length - 1) continue;
    const next = newItem('article', it.section);
    next.title = { text: heading.text, lines: heading.lines };
    next.body = it.body.splice(k).slice(1);
    // A jump to another page follows the last paragraph, which is now the new item's.
    [next.on, it.on] = [it.on, null];
    out.push(next);
    sink.report('info', 'lone-headline', { line: heading.lines[0]!.no }, `"${heading.text}" is the only heading inside the item above it; read as the title of an item printed without byline`);
  }
  return out;
}
