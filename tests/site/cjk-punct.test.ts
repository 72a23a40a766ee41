import { describe, expect, it } from 'vitest';
import { punctRuns } from '../../src/site/cjk-punct.ts';

const marked = (text: string) => punctRuns(text).map((r) => (r.asciiPunct ? `[${r.text}]` : r.text)).join('');

describe('punctRuns', () => {
  it('marks ASCII punctuation standing next to Chinese text, and keeps every character', () => {
    expect(marked('近来,市政府推出举措(包括减税):旨在提振信心;见附件。')).toBe('近来[,]市政府推出举措[(]包括减税[):]旨在提振信心[;]见附件。');
    expect(marked('据悉, 本次会议')).toBe('据悉[,] 本次会议');
    expect(marked('“好!”他说')).toBe('“好[!]”他说');
    const text = '近来,市政府(一)';
    expect(punctRuns(text).map((r) => r.text).join('')).toBe(text);
  });

  it('leaves Latin text and URLs alone', () => {
    expect(marked('网址是 https://example.org/a,b 欢迎')).toBe('网址是 https://example.org/a,b 欢迎');
    expect(marked('GDP, CPI and PPI')).toBe('GDP, CPI and PPI');
    expect(punctRuns('')).toEqual([]);
  });
});
