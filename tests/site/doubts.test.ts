import { describe, expect, it } from 'vitest';
import { textDoubts } from '../../src/site/doubts.ts';
import type { Message } from '../../src/schema/message.ts';
import { loadFixture } from './fixture.ts';

const { entries, pages } = loadFixture();
const page = pages.find((p) => p.id === 'jiangcheng-20240301-01')!;
const items = entries.filter((e) => e.pageId === page.id);
const article = items.find((e) => e.id === 'jiangcheng-20240301-01-01')!;
const message = (ruleId: string, line: number): Message => ({ file: page.file, line, column: 1, severity: 'info', ruleId, reason: 'r', hint: null });

describe('textDoubts', () => {
  it('takes the messages on the item’s lines that say its text was put together on a guess', () => {
    const [from, to] = article.source.lines[0]!;
    const withDoubts = { ...page, messages: [message('column-order', from + 2), message('cut-paragraph', to), message('label', from + 1), message('column-order', to + 5)] };
    expect(textDoubts(article, withDoubts, items).messages.map((m) => [m.message.ruleId, m.line])).toEqual([
      ['column-order', from + 2],
      ['cut-paragraph', to],
    ]);
  });

  it('names the page’s fragments, which may hold some of the item’s text, except on a fragment', () => {
    const fragments = items.filter((e) => e.kind === 'fragment');
    expect(fragments.length).toBeGreaterThan(0);
    expect(textDoubts(article, page, items).fragments).toEqual(fragments);
    expect(textDoubts(fragments[0]!, page, items).fragments).toEqual([]);
    const clean = items.filter((e) => e.kind !== 'fragment');
    expect(textDoubts(article, { ...page, messages: [] }, clean)).toEqual({ messages: [], fragments: [] });
  });
});
