// Guesses ingest cannot make are said, not made silently: a date folder that is
// no day of the calendar, a page number out of range; and a fragment's message
// names its lines in page order.
import { describe, expect, it } from 'vitest';
import { parsePage } from '../src/ingest/index.ts';

const parse = (file: string, text: string) => parsePage({ file, bytes: new TextEncoder().encode(text), sidecar: null });

describe('fragment messages', () => {
  it('name the lines in page order when the reading order puts a later line first', () => {
    // The 下转 marker printed above the text it closes: the fragment reads line 3, then its marker on line 1.
    const r = parse('p/2024-05-06/01.txt', '（下转第2版）\n\n一段没有标题的正文，说了一些事情。\n');
    expect(r.entries.map((e) => [e.kind, e.source.lines])).toEqual([['fragment', [[3, 3], [1, 1]]]]);
    expect(r.messages.filter((m) => m.ruleId === 'fragment').map((m) => [m.line, m.reason])).toEqual([[1, 'lines 1 and 3 could not be placed in an item; kept as a fragment of the page']]);
  });

  it('name a single line as one', () => {
    const r = parse('p/2024-05-06/01.txt', '一段没有标题的正文，说了一些事情。\n\n（上接第1版）\n');
    expect(r.messages.filter((m) => m.ruleId === 'fragment').map((m) => m.reason)).toEqual(['line 1 could not be placed in an item; kept as a fragment of the page']);
  });
});
