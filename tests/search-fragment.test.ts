// Text fragments for search results (src/search/browser/text-fragment.ts).
import { describe, expect, it } from 'vitest';
import { encodeTextDirective, textFragment } from '../src/search/browser/text-fragment.ts';
import type { Passage } from '../src/search/browser/highlight.ts';

/** A passage showing all of `field`, with hits where `hits` occur. */
function passage(field: string, ...hits: string[]): Passage {
  const ranges = hits.map((h): [number, number] => [field.indexOf(h), field.indexOf(h) + h.length]).sort((a, b) => a[0] - b[0]);
  return { field, ranges, start: 0, end: field.length };
}

describe('text fragments', () => {
  it('percent-encodes the directive syntax: `-`, `&` and `,`', () => {
    const encoded = encodeTextDirective('A-1&B,C 丙');
    expect(encoded).toBe('A%2D1%26B%2CC%20%E4%B8%99');
    expect(decodeURIComponent(encoded)).toBe('A-1&B,C 丙');
  });

  it('takes the clause around each hit, from the punctuation before it to the punctuation after it', () => {
    const f = '三月的江城，细雨初歇。昨日上午，全市植树活动在江滨公园拉开帷幕，市民参加。';
    expect(textFragment(passage(f, '江滨公园'))).toBe(`#:~:text=${encodeTextDirective('全市植树活动在江滨公园拉开帷幕')}`);
    expect(textFragment(passage(f, '细雨', '江滨'))).toBe(`#:~:text=${encodeTextDirective('细雨初歇')}&text=${encodeTextDirective('全市植树活动在江滨公园拉开帷幕')}`);
  });

  it('keeps `-` and `&` of the text encoded, and a clause twice only once', () => {
    const f = '编号A-1&B段开放。编号A-1&B段开放。';
    expect(textFragment({ ...passage(f), ranges: [[2, 5], [12, 15]] })).toBe('#:~:text=%E7%BC%96%E5%8F%B7A%2D1%26B%E6%AE%B5%E5%BC%80%E6%94%BE');
  });

  it('gives nothing for a passage without a hit in view, or no passage', () => {
    const f = '甲乙丙丁，戊己庚辛。';
    expect(textFragment({ field: f, ranges: [[5, 7]], start: 0, end: 4 })).toBe('');
    expect(textFragment(passage(f))).toBe('');
    expect(textFragment(null)).toBe('');
  });
});
